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
import { unclosedBlockStart, type ClauseUnit, type Section } from './parse';
import { dominantEol } from './text';
import type { AdvisoryHeading, Requirement } from './types';

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
  const plan: InsertionPlan = { edits: [], placed: [], skipped: [] };
  const groups = new Map<number, Requirement[]>(); // target article index, or -1 for a new section
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
  for (const [target, reqs] of [...groups].sort((a, b) => (a[0] === -1 ? 1 : b[0] === -1 ? -1 : a[0] - b[0]))) {
    const { offset, text, placed } = target === -1 ? layout.newSection(reqs) : layout.intoArticle(target, reqs);
    add(offset, text);
    plan.placed.push(...placed);
  }
  const eol = dominantEol(result.doc.text);
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

/** Width of leading white space in columns (a tab advances to the next multiple of 4). */
function columns(space: string): number {
  let col = 0;
  for (const c of space) col = c === '\t' ? col + 4 - (col % 4) : col + 1;
  return col;
}

class Layout {
  private readonly text: string;
  private readonly eol: string;
  private readonly sections: Section[];
  /** Depth of the top-level articles (e.g. 2 under a "#" title). */
  private readonly articleDepth: number;
  /** Where the contract body ends: the signature block, the schedules, or the end of the text. */
  private readonly bodyEnd: number;
  private readonly bodyEndWhat: string;

  constructor(private readonly result: AnalysisResult) {
    this.text = result.doc.text;
    this.eol = dominantEol(this.text);
    this.sections = result.doc.sections;
    this.articleDepth = articleDepthOf(this.sections.filter((x) => x.kind !== 'title'));
    const { offset, what } = this.findBodyEnd();
    this.bodyEnd = offset;
    this.bodyEndWhat = what;
  }

  private findBodyEnd(): { offset: number; what: string } {
    const firstArticle = this.sections.find((s) => s.depth === this.articleDepth)?.start ?? 0;
    // A code fence or HTML comment left open at the end would swallow an inserted clause.
    const lastUnitEnd = this.result.doc.units.reduce((end, u) => Math.max(end, u.end), 0);
    let best = { offset: unclosedBlockStart(this.text, lastUnitEnd) ?? this.text.length, what: 'at the end' };
    for (const s of this.sections) {
      if (s.start > firstArticle && SCHEDULE_HEADING.test(this.text.slice(s.headingSpan.start, s.headingSpan.end))) {
        if (s.start < best.offset) best = { offset: this.beforeThematicBreak(s.start), what: 'before the schedules' };
        break;
      }
    }
    for (const u of this.result.doc.units) {
      if (u.start <= firstArticle || u.start >= best.offset) continue;
      if (u.kind !== 'heading' && SIGNATURE_LINE.test(this.text.slice(u.start, u.end))) {
        best = { offset: u.start, what: 'before the signature block' };
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

  private isArticle(i: number): boolean {
    const s = this.sections[i]!;
    return s.depth === this.articleDepth && s.start < this.bodyEnd && !NOT_A_TARGET.test(s.title);
  }

  /** The article (top-level section) that holds an offset, or -1. */
  private articleAt(offset: number): number {
    let found = -1;
    this.sections.forEach((s, i) => {
      if (s.depth === this.articleDepth && s.start <= offset && offset < s.end) found = i;
    });
    return found;
  }

  /** The article a requirement's clause belongs in, or -1 for a new section. */
  targetFor(req: Requirement): number {
    const votes = new Map<number, number>();
    for (const f of this.result.findings) {
      if (f.requirement.heading !== req.heading || f.requirement.id === req.id || f.status === 'missing') continue;
      for (const e of f.evidence) {
        const a = this.articleAt(e.start);
        if (a >= 0 && this.isArticle(a) && e.start < this.bodyEnd) votes.set(a, (votes.get(a) ?? 0) + 1);
      }
    }
    const voted = [...votes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (voted) return voted[0];
    for (const re of [TOPIC_WORDS[req.heading], ...GENERIC_TOPICS]) {
      const i = this.sections.findIndex((s, idx) => this.isArticle(idx) && re.test(s.title));
      if (i >= 0) return i;
    }
    return -1;
  }

  /** End of the last content before `limit`, skipping trailing blank space. */
  private contentEndBefore(limit: number, floor: number): number {
    let p = limit;
    while (p > floor && /\s/.test(this.text[p - 1]!)) p--;
    return p;
  }

  private childSections(index: number): number[] {
    return this.sections
      .map((s, i) => (s.parent === index && s.kind !== 'title' ? i : -1))
      .filter((i) => i >= 0 && this.sections[i]!.start < this.bodyEnd);
  }

  /** The Markdown-heading section of a unit: title paragraphs ("**Backups**") do not count. */
  private headingSection(index: number): number {
    let i = index;
    while (i >= 0 && this.sections[i]!.kind === 'title') i = this.sections[i]!.parent;
    return i;
  }

  /**
   * The style of the top-level clauses directly in a section: labelled paragraphs ("7.1",
   * "Section 7.01.") win over list items, which are often sub-clauses ("(a)" under "7.1"); among
   * list items the least indented win. The last clause of that level is the model.
   */
  private clauseStyle(index: number, limit: number): { style: ClauseStyle; last?: ClauseUnit } {
    const units = this.result.doc.units.filter((u) => this.headingSection(u.section) === index && u.kind !== 'heading' && u.kind !== 'table-cell' && u.end <= limit);
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
  intoArticle(index: number, reqs: Requirement[]): { offset: number; text: string; placed: PlacedClause[] } {
    const s = this.sections[index]!;
    const limit = Math.min(s.end, this.bodyEnd);
    const offset = this.contentEndBefore(limit, s.headingSpan.end);
    const where = `under ${this.headingLine(s)}`;
    const children = this.childSections(index);
    const placed: PlacedClause[] = [];
    let text = '';
    if (children.length) {
      const last = this.sections[children[children.length - 1]!]!;
      let number = last.number;
      for (const req of reqs) {
        number = number ? nextLabelValue({ kind: labelKind(number, undefined), value: number, open: '', close: '', upper: /[A-Z]/.test(number) }) : undefined;
        text += this.eol + this.eol + this.headingLike(last, number, req.title) + this.eol + this.eol + this.body(req, '');
        placed.push({ requirement: req, offset, where, ...(number ? { label: number } : {}) });
      }
      return { offset, text, placed };
    }
    const { style, last } = this.clauseStyle(index, limit);
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
    const previousIndex = this.sections.reduce((found, s, i) => (s.depth === this.articleDepth && s.start < offset ? i : found), -1);
    const previous = previousIndex >= 0 ? this.sections[previousIndex] : undefined;
    const number = previous?.number && /^(\d+|[IVXLC]+)$/i.test(previous.number)
      ? nextLabelValue({ kind: /^\d+$/.test(previous.number) ? 'number' : 'roman', value: previous.number, open: '', close: '', upper: /[A-Z]/.test(previous.number) })
      : undefined;
    const heading = previous ? this.headingLike(previous, number, NEW_SECTION_TITLE) : `${'#'.repeat(this.articleDepth)} ${NEW_SECTION_TITLE}`;
    const where = `in a new section “${heading.replace(/^#+\s*/, '')}” ${this.bodyEndWhat}`;
    let text = (offset > 0 ? this.eol + this.eol : '') + heading;
    const placed: PlacedClause[] = [];

    // Clauses follow the previous article's clauses (sub-headings or paragraphs), numbered afresh.
    const children = previousIndex >= 0 ? this.childSections(previousIndex) : [];
    if (children.length) {
      const model = this.sections[children[children.length - 1]!]!;
      let value: string | undefined;
      reqs.forEach((req, i) => {
        if (model.number) value = i === 0 ? firstLabelValue(labelKind(model.number, undefined), /[A-Z]/.test(model.number), number, model.number.split('.').pop()!.length) : nextLabelValue({ kind: labelKind(value!, undefined), value: value!, open: '', close: '', upper: /[A-Z]/.test(value!) });
        text += this.eol + this.eol + this.headingLike(model, value, req.title) + this.eol + this.eol + this.body(req, '');
        placed.push({ requirement: req, offset, where, ...(value ? { label: value } : {}) });
      });
      return { offset, text, placed };
    }
    const model: ClauseStyle = previousIndex >= 0 ? this.clauseStyle(previousIndex, this.bodyEnd).style : { gap: ' ' };
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

  private headingLine(s: Section): string {
    return this.text.slice(s.headingSpan.start, s.headingSpan.end).split(/\r?\n/)[0]!.replace(/^\s*#+\s*/, '').replace(/[*_]/g, '').replace(/\s+#+\s*$/, '').trim();
  }

  /** A heading written like `model` ("## 14. General", or a setext one) with another number and title. */
  private headingLike(model: Section, number: string | undefined, title: string): string {
    const lines = this.text.slice(model.headingSpan.start, model.headingSpan.end).split(/\r?\n/);
    const setext = lines.length > 1 && /^\s*(=+|-+)\s*$/.test(lines[lines.length - 1]!);
    const body = lines[0]!.replace(/^\s*#+\s*/, '').replace(/\s+#+\s*$/, '').trim();
    let line = `${number ? `${number} ` : ''}${title}`;
    if (number !== undefined && model.number) {
      const at = body.indexOf(model.number);
      if (at >= 0) {
        const sep = /^[.:)]?\s*[-–—:.]?\s*/.exec(body.slice(at + model.number.length))![0] || ' ';
        line = `${body.slice(0, at)}${number}${sep}${title}`;
      }
    }
    if (setext) return `${line}${this.eol}${(model.depth === 1 ? '=' : '-').repeat(Math.max(3, line.length))}`;
    return `${'#'.repeat(model.depth)} ${line}`;
  }

  /** The template paragraphs in the document's line ending, continuation lines indented. */
  private body(req: Requirement, indent: string): string {
    const paragraphs = renderTemplate(req, this.result.parties).split(/\n[ \t]*\n/);
    return paragraphs.map((p) => p.split('\n').map((line, i) => (i === 0 ? line : indent + line)).join(this.eol)).join(this.eol + this.eol + indent);
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
    return head + this.body(req, indent);
  }
}
