/**
 * Where a missing clause goes, and how it is written there, the way a drafter would do it:
 *
 * 1. Target: the article that already deals with the topic: the one holding the most evidence of
 *    other requirements under the same advisory heading; else one whose title names the topic
 *    ("Incident Response", "Backup"); else a security, data protection or services article.
 *    Definitions, recitals, the signature block and schedules are never targets.
 * 2. Otherwise a new "Security" article, numbered after the article before it, goes before the
 *    signature block ("IN WITNESS WHEREOF", "Signed for and on behalf of"), before the schedules,
 *    or at the end.
 * 3. The clause follows its neighbours: heading level, numbering ("12.3" → "12.4", "(c)" → "(d)",
 *    list markers), a bold run-in title if they have one, the document's party names, its line
 *    endings, and a blank line between blocks.
 *
 * Several clauses planned together are numbered one after another, and a clause whose text is
 * already in the document is skipped, so inserting twice never duplicates.
 */
import type { AnalysisResult } from './analyze';
import { containsClause, renderTemplate, type TextEdit } from './edits';
import { headingTitle, unclosedBlockStart, type ClauseUnit, type Section } from './parse';
import { dominantEol } from './text';
import type { AdvisoryHeading, Requirement, Span } from './types';

export interface PlacedClause {
  requirement: Requirement;
  /** Offset in the original document where the clause's text goes. */
  offset: number;
  /** Human description, e.g. "under 7. Information Security" or "in a new section before the signature block". */
  where: string;
  /** The label written before the clause ("7.12", "(d)"), if any. */
  label?: string;
}

export interface InsertionPlan {
  /** Pure insertions, at most one per offset, sorted by offset. */
  edits: TextEdit[];
  placed: PlacedClause[];
  /** Requirements not inserted, with the reason (e.g. the clause is already in the document). */
  skipped: { requirement: Requirement; reason: string }[];
}

/** Topic words per advisory heading, matched against article titles. */
const TOPIC_WORDS: Record<AdvisoryHeading, RegExp> = {
  'initial-compromise': /\b(vulnerabilit|hardening|phishing|threat)/i,
  'monitoring-logging': /\b(monitoring|logging|logs?)\b/i,
  mfa: /\b(authentication|access control|MFA)\b/i,
  segregation: /\b(segregation|segmentation|network)/i,
  'least-privilege': /\b(privilege|access control|access rights)/i,
  'deprecate-accounts': /\b(accounts?|access|exit|termination assistance)\b/i,
  updates: /\b(patch|updates?|vulnerabilit)/i,
  backup: /\b(backups?|back-up|business continuity|disaster recovery|resilience)\b/i,
  'incident-response': /\b(incidents?|breach|response)\b/i,
  'supply-chain': /\b(subcontract|supply chain|suppliers?|third[- ]part)/i,
  transparency: /\b(responsibilit|roles?)\b/i,
  'account-authentication': /\b(accounts?|authentication|access control)\b/i,
};

/** Fallback article titles, best first (the brief's "security, data protection, services"). */
const GENERIC_TOPICS: RegExp[] = [/\b(security|cyber)/i, /\b(data protection|data security|privacy)\b/i, /\bservices\b/i];

/** Articles that never receive a clause. */
const NOT_A_TARGET = /^(definitions?|interpretation|definitions and interpretation|background|recitals?|preamble|parties|table of contents|contents)\b/i;
const SCHEDULE_HEADING = /^\s*(?:#{1,6}\s*)?(?:[*_]{1,2})?\s*(schedule|annex|appendix|exhibit|attachment)\b/i;
const SIGNATURE_LINE = /^\s*(?:[*_]{1,2})?\s*(in witness whereof|as witness|signed\s+(?:for|by|on behalf)|executed\s+(?:as|by|on behalf)|agreed and accepted|signatures?\s*:)/i;

const NEW_SECTION_TITLE = 'Security';

/** Plan where and how each requirement's template clause is inserted into the analysed document. */
export function planInsertions(result: AnalysisResult, requirements: readonly Requirement[]): InsertionPlan {
  const layout = new Layout(result);
  const eol = dominantEol(result.doc.text);
  const plan: InsertionPlan = { edits: [], placed: [], skipped: [] };
  const groups = new Map<Article | undefined, Requirement[]>(); // undefined: a new section
  const seen = new Set<string>();
  for (const req of requirements) {
    if (seen.has(req.id)) continue;
    seen.add(req.id);
    if (containsClause(result.doc.text, renderTemplate(req, result.parties))) {
      plan.skipped.push({ requirement: req, reason: 'the template clause is already in the document' });
      continue;
    }
    const target = layout.targetFor(req);
    groups.set(target, [...(groups.get(target) ?? []), req]);
  }
  const byOffset = new Map<number, string>();
  const add = (offset: number, text: string): void => {
    byOffset.set(offset, (byOffset.get(offset) ?? '') + text);
  };
  // Existing articles first, so that at a shared offset their clauses come before a new section.
  const ordered = [...groups].sort((a, b) => (a[0] === undefined ? 1 : b[0] === undefined ? -1 : a[0].start - b[0].start));
  for (const [target, reqs] of ordered) {
    const { offset, text, placed } = target === undefined ? layout.newSection(reqs) : layout.intoArticle(target, reqs);
    add(offset, text);
    plan.placed.push(...placed);
  }
  plan.edits = [...byOffset]
    .sort((a, b) => a[0] - b[0])
    .map(([offset, newText]) => ({ start: offset, end: offset, newText: newText + gapBefore(result.doc.text, offset, eol) }));
  return plan;
}

/**
 * The line breaks an inserted block needs so that what follows `offset` stays its own block:
 * without a blank line, a next line "Title" + "===" (a setext heading) would take the inserted
 * paragraph into its heading, and a plain line would continue the paragraph.
 */
function gapBefore(text: string, offset: number, eol: string): string {
  let breaks = 0;
  for (let i = offset; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) breaks++;
    else if (!/\s/.test(c)) return breaks >= 2 ? '' : eol.repeat(2 - breaks);
  }
  return ''; // nothing follows
}

// ---- labels -------------------------------------------------------------------------------------

type LabelKind = 'dotted' | 'number' | 'letter' | 'roman';

interface Label {
  kind: LabelKind;
  value: string;
  /** Text around the value as written: "(" + ")", "" + ".", "**" + "**". */
  open: string;
  close: string;
  upper: boolean;
}

const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

function toRoman(n: number): string {
  const table: [number, string][] = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

function fromRoman(s: string): number {
  const map: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  const t = s.toLowerCase();
  for (let i = 0; i < t.length; i++) {
    const v = map[t[i]!]!;
    const next = map[t[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function nextLetter(s: string): string {
  const lower = s.toLowerCase();
  const chars = lower.split('');
  let i = chars.length - 1;
  while (i >= 0 && chars[i] === 'z') chars[i--] = 'a';
  if (i < 0) chars.unshift('a');
  else chars[i] = String.fromCharCode(chars[i]!.charCodeAt(0) + 1);
  const out = chars.join('');
  return s === s.toUpperCase() ? out.toUpperCase() : out;
}

/** "9" → "10", "01" → "02" (zero padding kept). */
function increment(digits: string): string {
  return String(Number(digits) + 1).padStart(digits.length, '0');
}

/** Label after `label`; `previous` (the one before it) settles "i"/"v"/"x": letters or roman numerals. */
export function nextLabelValue(label: Label): string {
  switch (label.kind) {
    case 'dotted': {
      const parts = label.value.split('.');
      parts[parts.length - 1] = increment(parts[parts.length - 1]!);
      return parts.join('.');
    }
    case 'number':
      return increment(label.value);
    case 'roman': {
      const r = toRoman(fromRoman(label.value) + 1);
      return label.upper ? r.toUpperCase() : r;
    }
    case 'letter':
      return nextLetter(label.value);
  }
}

/** First label of a new run: "15.1" (or "15.01" when the model was "14.06"), "(a)", "(i)", "1". */
function firstLabelValue(kind: LabelKind, upper: boolean, parent?: string, width = 1): string {
  switch (kind) {
    case 'dotted': return `${parent ?? '1'}.${'1'.padStart(width, '0')}`;
    case 'number': return '1';
    case 'roman': return upper ? 'I' : 'i';
    case 'letter': return upper ? 'A' : 'a';
  }
}

function labelKind(value: string, previous: string | undefined): LabelKind {
  if (/^\d+(\.\d+)+$/.test(value)) return 'dotted';
  if (/^\d+$/.test(value)) return 'number';
  const roman = ROMAN.test(value);
  if (roman && value.length > 1) return 'roman';
  if (roman && previous !== undefined) {
    // (h) then (i) is a letter; (iv) then (v) is a numeral.
    return ROMAN.test(previous) && !(previous.length === 1 && nextLetter(previous) === value) ? 'roman' : 'letter';
  }
  if (/^[iI]$/.test(value)) return 'roman';
  return 'letter';
}

// ---- clause style -------------------------------------------------------------------------------

/** How a clause paragraph is written: list marker, label, bold run-in title. */
interface ClauseStyle {
  list?: { indent: string; bullet?: string; number?: number; delimiter: string; gap: string };
  label?: Label;
  /** Text between the label and the clause ("7.1 " → " "). */
  gap: string;
  runIn?: { marker: string; dotInside: boolean; dotOutside: boolean };
}

const WORD_PREFIX = String.raw`(?:(?:Section|Clause|Article|Paragraph)\s+|§\s*)`;
const LABEL_PATTERNS: { re: RegExp; open: string; close: string }[] = [
  // 7.1, 7.1., Section 7.01., **7.1**; a bare "7" only after a word ("Section 7.")
  { re: new RegExp(String.raw`^(\*\*|__)?(${WORD_PREFIX})?(\d+(?:\.\d+)+)(\.?)(\*\*|__)?(\s+)`, 'i'), open: '', close: '' },
  { re: new RegExp(String.raw`^(\*\*|__)?(${WORD_PREFIX})(\d+)(\.?)(\*\*|__)?(\s+)`, 'i'), open: '', close: '' },
  { re: /^(\*\*|__)?()\(([a-z]{1,3}|\d{1,3})\)()(\*\*|__)?(\s+)/i, open: '(', close: ')' },
  { re: /^(\*\*|__)?()([a-z]{1,3})\)()(\*\*|__)?(\s+)/i, open: '', close: ')' },
];

/** Read the style of a clause from the source text of its first line. */
function styleOf(text: string, unit: ClauseUnit, previousLabel?: string): ClauseStyle {
  const lineStart = text.lastIndexOf('\n', unit.start - 1) + 1;
  const prefix = text.slice(lineStart, unit.start);
  const style: ClauseStyle = { gap: ' ' };
  if (unit.kind === 'list-item') {
    const m = /^(\s*)([-*+]|(\d{1,9})([.)]))(\s+)$/.exec(prefix);
    if (m) style.list = { indent: m[1]!, ...(m[3] ? { number: Number(m[3]) } : { bullet: m[2]! }), delimiter: m[4] ?? '', gap: m[5]! };
  }
  let rest = text.slice(unit.start, Math.min(unit.end, unit.start + 300));
  for (const p of LABEL_PATTERNS) {
    const m = p.re.exec(rest);
    if (!m) continue;
    const strong = m[1] && m[1] === m[5] ? m[1] : '';
    const value = m[3]!;
    style.label = {
      kind: labelKind(value, previousLabel),
      value,
      open: strong + (m[2] ?? '') + p.open,
      close: p.close + (m[4] ?? '') + strong,
      upper: value === value.toUpperCase() && /[A-Z]/.test(value),
    };
    style.gap = m[6]!;
    rest = rest.slice(m[0].length);
    break;
  }
  const runIn = /^(\*\*|__)([^*_\n]{1,80}?)(\.?)\1(\.?)\s/.exec(rest);
  if (runIn) style.runIn = { marker: runIn[1]!, dotInside: runIn[3] === '.', dotOutside: runIn[4] === '.' };
  return style;
}

function labelText(label: Label, value: string): string {
  return `${label.open}${value}${label.close}`;
}

// ---- document layout ----------------------------------------------------------------------------

/**
 * A top-level article of the draft: a Markdown heading ("## 7. Information Security"), or, in
 * drafts without article headings, a title paragraph ("**Security**", "**7. Information Security**").
 */
interface Article {
  kind: 'heading' | 'title';
  title: string;
  number?: string;
  depth: number;
  headingSpan: Span;
  start: number;
  end: number;
  /** Index into doc.sections, when the article is one. */
  section?: number;
  /** The document's only heading over its numbered clauses: the document (a schedule, say) is one article. */
  whole?: boolean;
}

/**
 * Heading depth of the top-level articles: under a lone top heading (the title) the next depth
 * down; a lone "#" title with nothing under it means articles would be "##".
 */
function articleDepthOf(sections: readonly Section[]): number {
  if (!sections.length) return 2;
  const depths = sections.map((s) => s.depth);
  const top = Math.min(...depths);
  const deeper = depths.filter((d) => d > top);
  const atTop = depths.length - deeper.length;
  if (atTop === 1 && deeper.length) return Math.min(...deeper);
  if (atTop === 1 && top === 1) return 2;
  return top;
}

/** A paragraph that is only a bold article title: "**7. Information Security**", "__ARTICLE 7 – SECURITY__". */
const BOLD_TITLE = /^[ \t]*(\*\*|__)([^*_\n]{1,100}?)\1[ \t]*$/;

class Layout {
  private readonly text: string;
  private readonly eol: string;
  /** Column at which the draft hard-wraps its prose, or undefined when it keeps a paragraph on one line. */
  private readonly wrapWidth: number | undefined;
  private readonly sections: Section[];
  private readonly articles: Article[];
  /** Heading depth for a new article (Markdown headings), when the articles are headings. */
  private readonly headingDepth: number;
  /** Where the contract body ends: the signature block, the schedules, or the end of the text. */
  private readonly bodyEnd: number;
  private readonly bodyEndWhat: string;

  constructor(private readonly result: AnalysisResult) {
    this.text = result.doc.text;
    this.eol = dominantEol(this.text);
    this.wrapWidth = wrapWidthOf(result);
    this.sections = result.doc.sections;
    const headings = this.sections.filter((x) => x.kind !== 'title');
    this.headingDepth = articleDepthOf(headings);
    this.articles = this.findArticles(headings);
    const { offset, what } = this.findBodyEnd();
    this.bodyEnd = offset;
    this.bodyEndWhat = what;
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
    for (const u of this.result.doc.units) {
      if (u.start <= firstArticle || u.start >= best.offset || u.kind === 'heading') continue;
      const line = this.text.slice(u.start, u.end);
      if (SIGNATURE_LINE.test(line)) {
        best = { offset: u.start, what: 'before the signature block' };
        break;
      }
      if (this.articles.some((a) => a.kind === 'title' && a.start === u.start) && SCHEDULE_HEADING.test(line)) {
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
    for (const re of [TOPIC_WORDS[req.heading], ...GENERIC_TOPICS]) {
      const found = this.articles.find((a) => this.isTarget(a) && re.test(a.title));
      if (found) return found;
    }
    return undefined;
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

/**
 * The template is re-flowed like the draft's own prose: hard-wrapped at the width most of its
 * wrapped paragraph lines reach, or kept on one line when the draft does not hard-wrap.
 */
function wrapWidthOf(result: AnalysisResult): number | undefined {
  const widths: number[] = [];
  for (const unit of result.doc.units) {
    if (unit.kind !== 'paragraph' && unit.kind !== 'list-item') continue;
    const lines = result.doc.text.slice(unit.start, unit.end).split(/\r?\n/);
    // Only lines followed by another line of the same paragraph show where the draft wraps.
    for (let i = 0; i < lines.length - 1; i++) widths.push(lines[i]!.trimEnd().length);
    if (widths.length >= 400) break;
  }
  if (widths.length < 5) return undefined;
  widths.sort((a, b) => a - b);
  const typical = widths[Math.floor(widths.length * 0.9)]!;
  return typical >= 40 && typical <= 200 ? typical : undefined;
}

/** Greedy word wrap; `first` columns of the first line are already taken by a label or marker. */
function wrap(text: string, width: number | undefined, indent: number, first: number): string[] {
  if (width === undefined) return [text];
  const lines: string[] = [];
  let line = '';
  let used = first;
  for (const word of text.split(' ')) {
    if (line && used + 1 + word.length > width) {
      lines.push(line);
      line = word;
      used = indent + word.length;
    } else {
      used += (line ? 1 : 0) + word.length;
      line = line ? `${line} ${word}` : word;
    }
  }
  lines.push(line);
  return lines;
}

/** Width of leading white space in columns (a tab advances to the next multiple of 4). */
function columns(space: string): number {
  let col = 0;
  for (const c of space) col = c === '\t' ? col + 4 - (col % 4) : col + 1;
  return col;
}

function asArticle(s: Section): Article {
  return { kind: 'heading', title: s.title, ...(s.number ? { number: s.number } : {}), depth: s.depth, headingSpan: s.headingSpan, start: s.start, end: s.end };
}
