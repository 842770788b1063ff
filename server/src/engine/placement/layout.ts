/**
 * The document's layout as a drafter sees it (articles, the body's end, the wrap width) and the
 * text of clauses inserted into it, styled and numbered like their neighbours.
 */
import type { AnalysisResult } from '../analyze';
import { renderTemplate } from '../edits';
import { termSet } from '../terms';
import { headingTitle, unclosedBlockStart, type ClauseUnit, type ParsedDocument, type Section } from '../parse';
import { docParts, PartMemo } from '../doc-parts';
import { dominantEol } from '../text';
import type { Requirement } from '../types';
import type { PlacedClause } from './types';
import { firstLabelValue, labelKind, nextLabelValue, type Label } from './labels';
import { columns, wrap, wrapWidthOf } from './reflow';
import { labelText, styleOf, type ClauseStyle } from './style';
import { articleDepthOf, asArticle, BOLD_TITLE, GENERIC_TOPICS, NEW_SECTION_TITLE, NOT_A_TARGET, SCHEDULE_HEADING, SIGNATURE_LINE, type Article } from './targets';

const signaturesInParts = new PartMemo<number[]>();
const NO_WORDS = {};

/** Indices of the units, other than headings, that open a signature block, in order (read per part, doc-parts.ts). */
function* signatureUnits(doc: ParsedDocument): Generator<number> {
  for (const part of docParts(doc)) {
    const local = signaturesInParts.of(part, NO_WORDS, ({ doc: own }) => {
      const found: number[] = [];
      own.units.forEach((u, i) => {
        if (u.kind !== 'heading' && SIGNATURE_LINE.test(own.text.slice(u.start, u.end))) found.push(i);
      });
      return found;
    });
    for (const i of local) yield part.unitBase + i;
  }
}

/** A topic's words: a term set, or one of the generic topics' patterns. */
type TopicNames = { test(text: string): boolean };

export class Layout {
  private readonly text: string;
  /** The draft's line ending and wrap width, read when a clause is written (placing one needs neither). */
  private style: { eol: string; wrapWidth: number | undefined } | undefined;
  private readonly sections: Section[];
  private readonly articles: Article[];
  /** Heading depth for a new article (Markdown headings), when the articles are headings. */
  private readonly headingDepth: number;
  /** Where the contract body ends: the signature block, the schedules, or the end of the text. */
  private readonly bodyEnd: number;
  private readonly bodyEndWhat: string;
  /** The articles that may receive a clause, in order (isTarget), once asked. */
  private targets: Article[] | undefined;
  private readonly titled = new Map<TopicNames, Article | undefined>();

  constructor(private readonly result: AnalysisResult) {
    this.text = result.doc.text;
    this.sections = result.doc.sections;
    const headings = this.sections.filter((x) => x.kind !== 'title');
    this.headingDepth = articleDepthOf(headings);
    this.articles = this.findArticles(headings);
    const { offset, what } = this.findBodyEnd();
    this.bodyEnd = offset;
    this.bodyEndWhat = what;
  }

  private get eol(): string {
    this.style ??= { eol: dominantEol(this.text), wrapWidth: wrapWidthOf(this.result) };
    return this.style.eol;
  }

  /** Column at which the draft hard-wraps its prose, or undefined when it keeps a paragraph on one line. */
  private get wrapWidth(): number | undefined {
    this.style ??= { eol: dominantEol(this.text), wrapWidth: wrapWidthOf(this.result) };
    return this.style.wrapWidth;
  }

  private findArticles(headings: Section[]): Article[] {
    const articles: Article[] = [];
    this.sections.forEach((s, i) => {
      if (s.kind !== 'title' && s.depth === this.headingDepth) {
        articles.push({ kind: 'heading', title: s.title, ...(s.number ? { number: s.number } : {}), depth: s.depth, headingSpan: s.headingSpan, start: s.start, end: s.end, section: i });
      }
    });
    if (articles.length) return articles;
    // Drafts converted from word processors set articles as bold title paragraphs.
    const titles: Article[] = [];
    for (const u of this.result.doc.units) {
      if (u.kind !== 'paragraph') continue;
      const m = BOLD_TITLE.exec(this.text.slice(u.start, u.end));
      if (!m) continue;
      const { title, number } = headingTitle(m[2]!.replace(/[.:]\s*$/, '').trim());
      titles.push({ kind: 'title', title, ...(number ? { number } : {}), depth: 7, headingSpan: { start: u.start, end: u.end }, start: u.start, end: this.text.length });
    }
    // Numbered bold titles are articles; unnumbered ones only if no title is numbered.
    const chosen = titles.some((t) => t.number) ? titles.filter((t) => t.number) : titles;
    chosen.forEach((t, i) => {
      const nextHeading = headings.find((h) => h.start > t.start && h.depth <= this.headingDepth);
      t.end = Math.min(chosen[i + 1]?.start ?? this.text.length, nextHeading?.start ?? this.text.length);
    });
    if (chosen.length) return chosen;
    // A schedule on its own: one title over numbered clauses ("3.1", "3.2", …) is itself the
    // article, so an inserted clause continues that numbering instead of opening a new section.
    const only = headings.length === 1 ? headings[0]! : undefined;
    const index = only ? this.sections.indexOf(only) : -1;
    if (only && this.result.doc.units.some((u) => u.section === index && u.kind === 'paragraph' && u.enumerator)) {
      return [{ kind: 'heading', title: only.title, ...(only.number ? { number: only.number } : {}), depth: only.depth, headingSpan: only.headingSpan, start: only.start, end: only.end, section: index, whole: true }];
    }
    return [];
  }

  private findBodyEnd(): { offset: number; what: string } {
    const firstArticle = this.articles[0]?.start ?? 0;
    // A code fence or HTML comment left open at the end would swallow an inserted clause.
    const lastUnitEnd = this.result.doc.units.reduce((end, u) => Math.max(end, u.end), 0);
    const unclosed = unclosedBlockStart(this.text, lastUnitEnd);
    let best = unclosed !== undefined ? { offset: unclosed, what: 'before an unclosed code or HTML block' } : { offset: this.text.length, what: 'at the end' };
    for (const s of this.sections) {
      if (s.start > firstArticle && s.start < best.offset && SCHEDULE_HEADING.test(this.text.slice(s.headingSpan.start, s.headingSpan.end))) {
        best = { offset: this.beforeThematicBreak(s.start), what: 'before the schedules' };
        break;
      }
    }
    // Looked up per unit: a search of the articles for each unit is quadratic on long drafts.
    const titleStarts = new Set(this.articles.filter((a) => a.kind === 'title').map((a) => a.start));
    const units = this.result.doc.units;
    // Without title articles only a signature line can end the body here: the units that hold one.
    for (const i of titleStarts.size ? units.keys() : signatureUnits(this.result.doc)) {
      const u = units[i]!;
      if (u.start <= firstArticle || u.start >= best.offset || u.kind === 'heading') continue;
      const line = this.text.slice(u.start, u.end);
      if (SIGNATURE_LINE.test(line)) {
        best = { offset: u.start, what: 'before the signature block' };
        break;
      }
      if (titleStarts.has(u.start) && SCHEDULE_HEADING.test(line)) {
        best = { offset: this.beforeThematicBreak(u.start), what: 'before the schedules' };
        break;
      }
    }
    return best;
  }

  /** Step back over a "---" line (and blank lines) that separates the body from what follows. */
  private beforeThematicBreak(offset: number): number {
    let p = offset;
    while (p > 0 && /\s/.test(this.text[p - 1]!)) p--;
    const lineStart = this.text.lastIndexOf('\n', p - 1) + 1;
    return /^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$/.test(this.text.slice(lineStart, p)) ? lineStart : offset;
  }

  private isTarget(a: Article): boolean {
    // A schedule heading marks the end of the body, unless the whole document is that schedule.
    return a.start < this.bodyEnd && !NOT_A_TARGET.test(a.title) && (a.whole === true || !SCHEDULE_HEADING.test(this.text.slice(a.headingSpan.start, a.headingSpan.end)));
  }

  /** The article that holds an offset. */
  private articleAt(offset: number): Article | undefined {
    return this.articles.find((a) => a.start <= offset && offset < a.end);
  }

  /** The article a requirement's clause belongs in, or undefined for a new one. */
  targetFor(req: Requirement): Article | undefined {
    const votes = new Map<Article, number>();
    for (const f of this.result.findings) {
      if (f.requirement.heading !== req.heading || f.requirement.id === req.id || f.status === 'missing') continue;
      for (const e of f.evidence) {
        const a = this.articleAt(e.start);
        if (a && this.isTarget(a) && e.start < this.bodyEnd) votes.set(a, (votes.get(a) ?? 0) + 1);
      }
    }
    const voted = [...votes].sort((x, y) => y[1] - x[1] || x[0].start - y[0].start)[0];
    if (voted) return voted[0];
    const topics = this.result.headings.find((h) => h.id === req.heading)?.topics;
    const own = topics?.length ? termSet(topics) : undefined;
    for (const names of [...(own ? [own] : []), ...GENERIC_TOPICS]) {
      const found = this.firstTitled(names);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The first target article whose title `names` reads, worked out once per set of names: every
   * missing requirement asks, and the generic topics (and a heading's topics) are the same sets
   * for all of them, which on a draft of thousands of headings was a tenth of a CLI run.
   */
  private firstTitled(names: TopicNames): Article | undefined {
    if (!this.titled.has(names)) {
      this.targets ??= this.articles.filter((a) => this.isTarget(a));
      this.titled.set(names, this.targets.find((a) => names.test(a.title)));
    }
    return this.titled.get(names);
  }

  /** End of the last content before `limit`, skipping trailing blank space. */
  private contentEndBefore(limit: number, floor: number): number {
    let p = limit;
    while (p > floor && /\s/.test(this.text[p - 1]!)) p--;
    return p;
  }

  /** Sub-article headings ("### 7.3 Least privilege") of a heading article. */
  private childSections(article: Article): Section[] {
    if (article.section === undefined) return [];
    return this.sections.filter((s) => s.parent === article.section && s.kind !== 'title' && s.start < this.bodyEnd);
  }

  /**
   * The style of the top-level clauses in an article: labelled paragraphs ("7.1", "Section 7.01.")
   * win over list items, which are often sub-clauses ("(a)" under "7.1"); among list items the
   * least indented win. The last clause of that level is the model.
   */
  private clauseStyle(article: Article, limit: number): { style: ClauseStyle; last?: ClauseUnit } {
    const units = this.result.doc.units.filter(
      (u) => u.start >= article.headingSpan.end && u.end <= limit && u.kind !== 'heading' && u.kind !== 'table-cell',
    );
    const last = units[units.length - 1];
    const styles: ClauseStyle[] = [];
    let previous: string | undefined;
    for (const unit of units) {
      const style = styleOf(this.text, unit, previous);
      if (style.label) previous = style.label.value;
      styles.push(style);
    }
    const paragraphs = styles.filter((st) => !st.list && st.label);
    const items = styles.filter((st) => st.list);
    const level = paragraphs.length
      ? paragraphs.filter((st) => st.label!.kind === paragraphs[0]!.label!.kind)
      : items.filter((st) => st.list!.indent.length === Math.min(...items.map((x) => x.list!.indent.length)));
    const model = level[level.length - 1];
    if (model) {
      // A run-in title is a house style: follow most clauses even if the last one lacks it.
      const runIn = model.runIn ?? (level.filter((st) => st.runIn).length * 2 > level.length ? level.find((st) => st.runIn)!.runIn : undefined);
      return { style: { ...model, ...(runIn ? { runIn } : {}) }, ...(last ? { last } : {}) };
    }
    const runIn = styles.find((st) => st.runIn)?.runIn;
    return { style: { gap: ' ', ...(runIn ? { runIn } : {}) }, ...(last ? { last } : {}) };
  }

  /** Insert clauses at the end of an existing article, numbered after its last clause. */
  intoArticle(article: Article, reqs: Requirement[]): { offset: number; text: string; placed: PlacedClause[] } {
    const limit = Math.min(article.end, this.bodyEnd);
    const offset = this.contentEndBefore(limit, article.headingSpan.end);
    const where = `under ${this.headingLine(article)}`;
    const children = this.childSections(article);
    const placed: PlacedClause[] = [];
    let text = '';
    if (children.length) {
      const last = children[children.length - 1]!;
      let number = last.number;
      for (const req of reqs) {
        number = number ? nextLabelValue({ kind: labelKind(number, undefined), value: number, open: '', close: '', upper: /[A-Z]/.test(number) }) : undefined;
        text += this.eol + this.eol + this.headingLike(asArticle(last), number, req.title) + this.eol + this.eol + this.body(req, '', 0);
        placed.push({ requirement: req, offset, where, ...(number ? { label: number } : {}) });
      }
      return { offset, text, placed };
    }
    const { style, last } = this.clauseStyle(article, limit);
    const continuesList = !!style.list && !!last && last.kind === 'list-item' && last.end >= offset - 1;
    let label = style.label;
    let listNumber = style.list?.number;
    for (const req of reqs) {
      let value: string | undefined;
      if (label) {
        value = nextLabelValue(label);
        label = { ...label, value };
      }
      if (listNumber !== undefined) listNumber++;
      const sep = continuesList ? this.eol : this.eol + this.eol;
      text += sep + this.clause(req, style, value, listNumber, continuesList);
      placed.push({ requirement: req, offset, where, ...(value ? { label: value } : {}) });
    }
    return { offset, text, placed };
  }

  /** A new "Security" article before the signature block or schedules (or at the end). */
  newSection(reqs: Requirement[]): { offset: number; text: string; placed: PlacedClause[] } {
    const offset = this.contentEndBefore(this.bodyEnd, 0);
    const previous = [...this.articles].reverse().find((a) => a.start < offset);
    const number = previous?.number
      ? nextLabelValue({ kind: labelKind(previous.number, undefined), value: previous.number, open: '', close: '', upper: /[A-Z]/.test(previous.number) })
      : undefined;
    const heading = previous ? this.headingLike(previous, number, NEW_SECTION_TITLE) : `${'#'.repeat(this.headingDepth)} ${NEW_SECTION_TITLE}`;
    const where = `in a new section “${heading.split(/\r?\n/)[0]!.replace(/^#+\s*/, '').replace(/[*_]/g, '')}” ${this.bodyEndWhat}`;
    let text = (offset > 0 ? this.eol + this.eol : '') + heading;
    const placed: PlacedClause[] = [];

    // Clauses follow the previous article's clauses (sub-headings or paragraphs), numbered afresh.
    const children = previous ? this.childSections(previous) : [];
    if (children.length) {
      const model = children[children.length - 1]!;
      let value: string | undefined;
      reqs.forEach((req, i) => {
        if (model.number) {
          value = i === 0
            ? firstLabelValue(labelKind(model.number, undefined), /[A-Z]/.test(model.number), number, model.number.split('.').pop()!.length)
            : nextLabelValue({ kind: labelKind(value!, undefined), value: value!, open: '', close: '', upper: /[A-Z]/.test(value!) });
        }
        text += this.eol + this.eol + this.headingLike(asArticle(model), value, req.title) + this.eol + this.eol + this.body(req, '', 0);
        placed.push({ requirement: req, offset, where, ...(value ? { label: value } : {}) });
      });
      return { offset, text, placed };
    }
    const model: ClauseStyle = previous ? this.clauseStyle(previous, Math.min(previous.end, this.bodyEnd)).style : { gap: ' ' };
    let label: Label | undefined = model.label;
    let listNumber = model.list?.number !== undefined ? 0 : undefined;
    reqs.forEach((req, i) => {
      let value: string | undefined;
      if (label) {
        value = i === 0 ? firstLabelValue(label.kind, label.upper, number, label.value.split('.').pop()!.length) : nextLabelValue(label);
        label = { ...label, value };
      }
      if (listNumber !== undefined) listNumber++;
      const sep = model.list && i > 0 ? this.eol : this.eol + this.eol;
      text += sep + this.clause(req, model, value, listNumber, model.list !== undefined && i > 0);
      placed.push({ requirement: req, offset, where, ...(value ? { label: value } : {}) });
    });
    return { offset, text, placed };
  }

  private headingLine(a: Article): string {
    return this.text.slice(a.headingSpan.start, a.headingSpan.end).split(/\r?\n/)[0]!.replace(/^\s*#+\s*/, '').replace(/[*_]/g, '').replace(/\s+#+\s*$/, '').trim();
  }

  /**
   * A heading written like `model` with another number and title: "## 14. General" →
   * "## 15. Security", "**VII. Security**" → "**VIII. Backups**", setext underlines resized.
   */
  private headingLike(model: Article, number: string | undefined, title: string): string {
    const lines = this.text.slice(model.headingSpan.start, model.headingSpan.end).split(/\r?\n/);
    const first = lines[0]!.trimEnd();
    const setext = model.kind !== 'title' && lines.length > 1 && /^\s*(=+|-+)\s*$/.test(lines[lines.length - 1]!);
    const numberAt = model.number ? first.search(new RegExp(`(?<![\\p{L}\\p{N}])${model.number.replace(/\./g, '\\.')}(?![\\p{L}\\p{N}])`, 'u')) : -1;
    const titleAt = first.indexOf(model.title, numberAt >= 0 ? numberAt + model.number!.length : 0);
    let line: string;
    if (titleAt >= 0 && (numberAt >= 0 || number === undefined)) {
      let head = first.slice(0, titleAt);
      if (numberAt >= 0 && number !== undefined) head = head.slice(0, numberAt) + number + head.slice(numberAt + model.number!.length);
      line = head + title + first.slice(titleAt + model.title.length);
    } else {
      const plain = `${number ? `${number}. ` : ''}${title}`;
      line = model.kind === 'title' ? `**${plain}**` : `${'#'.repeat(model.depth)} ${plain}`;
    }
    if (setext) return `${line}${this.eol}${(model.depth === 1 ? '=' : '-').repeat(Math.max(3, line.length))}`;
    return line;
  }

  /** The template paragraphs in the document's line ending, continuation lines indented. */
  private body(req: Requirement, indent: string, firstLineUsed: number): string {
    const paragraphs = renderTemplate(req, this.result.parties).split(/\n[ \t]*\n/);
    return paragraphs
      .map((p, i) => wrap(p.replace(/\s*\n\s*/g, ' ').trim(), this.wrapWidth, indent.length, i === 0 ? firstLineUsed : indent.length).map((line, j) => (j === 0 ? line : indent + line)).join(this.eol))
      .join(this.eol + this.eol + indent);
  }

  /** `continuesList`: the clause goes right after an item of the list it joins. */
  private clause(req: Requirement, style: ClauseStyle, label: string | undefined, listNumber: number | undefined, continuesList = false): string {
    let head = '';
    let indent = '';
    if (style.list) {
      const marker = style.list.bullet ?? `${listNumber ?? 1}${style.list.delimiter}`;
      // A nested item's indentation (4+ columns) would make a list that starts here a code block.
      const listIndent = continuesList || columns(style.list.indent) < 4 ? style.list.indent : '';
      head = `${listIndent}${marker}${style.list.gap}`;
      indent = ' '.repeat(head.length);
    }
    if (style.label && label !== undefined) head += labelText(style.label, label) + style.gap;
    if (style.runIn) {
      const m = style.runIn.marker;
      const title = req.title.replace(/[.\s]+$/, '');
      head += `${m}${title}${style.runIn.dotInside ? '.' : ''}${m}${style.runIn.dotOutside ? '.' : ''} `;
    }
    return head + this.body(req, indent, head.length);
  }
}
