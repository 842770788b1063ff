/**
 * Controlled variants for `npm run eval`: from every labelled positive of the development set,
 * edited copies of the document in which only that area's labelled evidence lines change:
 *
 * - removed: the evidence lines are blanked (line numbers stay)      → expected absent
 * - hedged: "where possible" after the binding verb ("shall, where possible, retain") → weak
 * - disclaimed: the binding verb becomes "shall not be required to" → negated
 * - moved: the provider's defined name becomes the customer's      → negated (wrong party)
 * - reworded: words swapped for the control frameworks' synonyms    → the label itself
 *
 * The edits come from sentence structure (binding verbs, the document's defined party names) and
 * one fixed synonym table, never from a document's wording; a kind that finds nothing to edit in
 * a row's lines is skipped for that row. Pure functions here; eval.ts writes and checks the copies.
 *
 * Clean edits (a rule added after reading the wrong variants; eval.ts prints the counts with and
 * without it). A hedged, disclaimed or moved copy is what its name says only if the edit reached
 * every binding clause in the row's lines. When one is left as it was — a binding form the edit
 * does not rewrite ("is required to insert this clause", "is responsible for", "undertakes
 * to"), or, for moved, a binding verb whose subject is no provider name ("each party
 * will", "Backups shall be taken", an imperative list item) — a lawyer still reads that clause as
 * binding, so the expected label is not the one the kind promises. Such a variant is marked
 * `untouched` (with the words left) and scored apart; it is still generated and listed.
 *
 * The same holds when the sentence that decides the area after the edit (the first evidence of
 * the requirement that decided it) stands in the row's lines on lines the edit left exactly as
 * they were: a present-tense control statement ("Access to all logs is documented in …"), an
 * imperative deliverable ("Provide an incident response plan test report"), a passive with no
 * party or "each party will" carries no verb or name the generator rewrites, so the copy still
 * says what the original said there (`decidedUnedited`, session 13). It applies whether the
 * engine reads that sentence right or wrong: the test is only whether the edit changed it, and
 * eval.ts prints how many of those set apart were right and how many wrong.
 */
import type { Label, LabelRow } from './eval-lib';

export const VARIANT_KINDS = ['removed', 'hedged', 'disclaimed', 'moved', 'reworded'] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

export interface Variant {
  kind: VariantKind;
  row: LabelRow;
  expected: Label;
  text: string;
  /** The binding words the edit left standing in the row's lines (see "Clean edits" above). */
  untouched?: string;
}

/**
 * Binding forms that the hedge and disclaimer edits do not rewrite; also a binding verb followed by
 * a parenthetical ("such Party shall, at its own cost, promptly notify", "shall, at all times, be
 * available", "shall, and shall cause its Affiliates to, …"): BINDING skips a verb before a comma,
 * so the clause still binds after the edit (the hedge's own "shall, where possible," is not one).
 */
const UNEDITED_BINDING = /\b(?:(?:is|are)\s+(?:required|obliged|obligated)\s+to|(?:is|are|shall\s+be|will\s+be)\s+responsible\s+for|undertakes?\s+to|covenants?\s+to)\b|\b(?:shall|will|must),(?!\s+where\s+possible,)/i;

/** A binding verb: "shall", "will", "must", "agrees to" (not already negated). */
const BINDING = /\b(shall|will|must|agrees? to)\b(?!\s+not\b)(?!,)/;

/**
 * Synonym pairs from the control frameworks' wording (NIST SP 800-53/800-171, ISM): a contract
 * that says one says the other. Each applies only as a whole word or phrase, case kept.
 */
export const FRAMEWORK_SYNONYMS: readonly [RegExp, string][] = [
  [/\bmulti-factor authentication\b/gi, 'multifactor authentication'],
  [/\btwo-factor authentication\b/gi, 'multi-factor authentication'],
  [/\bsecurity patches\b/gi, 'security-relevant software updates'],
  [/\bpatches\b/gi, 'security updates'],
  [/\bpatching\b/gi, 'flaw remediation'],
  [/\baudit logs\b/gi, 'audit records'],
  [/\bsecurity logs\b/gi, 'audit records'],
  [/\bbackups\b/gi, 'system backups'],
  [/\bdisaster recovery plan\b/gi, 'contingency plan'],
  [/\bbusiness continuity plan\b/gi, 'contingency plan'],
  [/\bsecurity breach(es)?\b/gi, 'security incident$1'],
  [/\bsegregat(e|ed|ion)\b/gi, 'separat$1'],
  [/\bsubcontractors\b/gi, 'sub-contractors'],
  [/\bleast privilege\b/gi, 'principle of least privilege'],
  [/\bsecurity incidents?\b/gi, 'cyber security incident'],
];

/** 0-based indexes of the row's evidence lines that exist in the document. */
function evidenceLines(row: LabelRow, lineCount: number): number[] {
  const out = new Set<number>();
  for (const r of row.lines) for (let n = r.from; n <= r.to; n++) if (n >= 1 && n <= lineCount) out.add(n - 1);
  return [...out].sort((a, b) => a - b);
}

/** Applies `edit` to the evidence lines; undefined when it changed none of them. */
function editLines(text: string, row: LabelRow, edit: (line: string) => string): string | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  let changed = false;
  for (const i of evidenceLines(row, lines.length)) {
    const next = edit(lines[i]!);
    if (next !== lines[i]) {
      lines[i] = next;
      changed = true;
    }
  }
  return changed ? lines.join(eol) : undefined;
}

function hedge(line: string): string {
  return line.replace(new RegExp(BINDING.source, 'g'), (verb: string) => (/^agrees? to$/i.test(verb) ? verb.replace(/ to$/, ', where possible, to') : `${verb}, where possible,`));
}

function disclaim(line: string): string {
  return line.replace(new RegExp(BINDING.source, 'g'), 'shall not be required to');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Puts the duty on the customer: a provider-side party name (from the engine's party reading:
 * defined names and the usual role words) right before a binding verb becomes the customer's
 * name ("The Contractor shall" → "The Customer shall", "We will" → "You will").
 */
function moveTo(providerNames: readonly string[], customer: string): (line: string) => string {
  const names = [...providerNames].sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (!names.length) return (line) => line;
  const subject = new RegExp(`(?<![\\p{L}\\p{N}])(${names.join('|')})(?=\\s+(?:shall|will|must|agrees? to)\\b(?!\\s+not\\b))`, 'gu');
  return (line) =>
    line.replace(subject, (name: string) => (/^we$/i.test(name) ? keepCase(name, 'you') : customer));
}

function reword(line: string): string {
  let out = line;
  for (const [from, to] of FRAMEWORK_SYNONYMS) out = out.replace(from, (m: string, ...groups: unknown[]) => keepCase(m, to.replace('$1', typeof groups[0] === 'string' ? groups[0] : '')));
  return out;
}

function keepCase(original: string, replacement: string): string {
  return /^[A-Z]/.test(original) ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

export interface VariantParties {
  customer: string;
  names: readonly { term: string; role: string }[];
}

/** The variants of one labelled positive; `parties` is the engine's reading of the document's parties. */
export function variantsOf(text: string, row: LabelRow, parties: VariantParties): Variant[] {
  if (row.label === 'absent' || row.lines.length === 0) return [];
  const out: Variant[] = [];
  const providerNames = parties.names.filter((n) => n.role === 'provider').map((n) => n.term);
  const add = (kind: VariantKind, expected: Label, edited: string | undefined): void => {
    if (edited === undefined) return;
    const untouched = kind === 'hedged' || kind === 'disclaimed' ? leftBinding(edited, row) : kind === 'moved' ? leftUnmoved(edited, row, parties.customer) : undefined;
    out.push({ kind, row, expected, text: edited, ...(untouched ? { untouched } : {}) });
  };
  add('removed', 'absent', editLines(text, row, () => ''));
  if (row.label !== 'negated') {
    add('hedged', 'weak', editLines(text, row, hedge));
    add('disclaimed', 'negated', editLines(text, row, disclaim));
    add('moved', 'negated', editLines(text, row, moveTo(providerNames, parties.customer)));
  }
  add('reworded', row.label, editLines(text, row, reword));
  return out;
}

/** A binding form the hedge or disclaimer edit left in the row's lines, if any. */
function leftBinding(edited: string, row: LabelRow): string | undefined {
  const lines = edited.split(/\r?\n/);
  for (const i of evidenceLines(row, lines.length)) {
    const m = UNEDITED_BINDING.exec(lines[i]!);
    if (m) return m[0];
  }
  return undefined;
}

/** A binding verb in the row's lines, after the move, whose subject is not the customer's name. */
function leftUnmoved(edited: string, row: LabelRow, customer: string): string | undefined {
  const lines = edited.split(/\r?\n/);
  const verb = new RegExp(BINDING.source, 'g');
  for (const i of evidenceLines(row, lines.length)) {
    const line = lines[i]!;
    for (const m of line.matchAll(verb)) {
      const before = line.slice(Math.max(0, m.index! - customer.length - 2), m.index).trimEnd();
      if (!before.endsWith(customer) && !/\byou$/i.test(before)) return `${line.slice(Math.max(0, m.index! - 30), m.index).trimStart()}${m[0]}`;
    }
  }
  return undefined;
}

export interface KindScore {
  right: number;
  total: number;
  /** Of the variants whose original document the engine already labels right. */
  rightWhereBaseRight: number;
  totalWhereBaseRight: number;
}

export function scoreVariants(results: { variant: Variant; predicted: Label; baseRight: boolean }[]): Record<VariantKind, KindScore> {
  const scores = Object.fromEntries(VARIANT_KINDS.map((k) => [k, { right: 0, total: 0, rightWhereBaseRight: 0, totalWhereBaseRight: 0 }])) as Record<VariantKind, KindScore>;
  for (const { variant, predicted, baseRight } of results) {
    const s = scores[variant.kind];
    const right = predicted === variant.expected;
    s.total++;
    if (right) s.right++;
    if (baseRight) {
      s.totalWhereBaseRight++;
      if (right) s.rightWhereBaseRight++;
    }
  }
  return scores;
}

/** Where a finding's deciding evidence stands (the CLI's JSON: 1-based lines). */
export interface DecidingEvidence {
  line: number;
  endLine: number;
  text: string;
}

/**
 * The second clean-edit rule (header): a hedged, disclaimed or moved copy whose deciding sentence
 * lies in the row's lines, on lines the edit did not change. Returns its words, else undefined.
 */
export function decidedUnedited(original: string, variant: Variant, decisive: DecidingEvidence | undefined): string | undefined {
  if (!decisive || (variant.kind !== 'hedged' && variant.kind !== 'disclaimed' && variant.kind !== 'moved')) return undefined;
  const before = original.split(/\r?\n/);
  const after = variant.text.split(/\r?\n/);
  const rows = evidenceLines(variant.row, before.length).map((i) => i + 1);
  const last = Math.max(decisive.line, decisive.endLine);
  for (let n = decisive.line; n <= last; n++) {
    if (!rows.includes(n) || before[n - 1] !== after[n - 1]) return undefined;
  }
  return decisive.text.replace(/\s+/g, ' ').slice(0, 40);
}
