/**
 * Drafts in negotiation: square brackets mark what is not yet agreed. "[Customer: … ] [Supplier:
 * …]" are each side's wording, "[shall] [may, if it thinks fit,]" are open alternatives,
 * "[provided that …]" is wording one side wants added, "[Agreed:]" marks settled text and
 * "[Note to draft: …]" is a comment between the lawyers, not a term.
 *
 * The rule chosen, as a lawyer reads a draft in circulation: a duty binds no more than the weakest
 * reading still on the table. Each open alternative, and each optional bracket taken in or left
 * out, is read on its own; the weakest reading decides, and its reason says so. Notes to draft and
 * "[Agreed:]" markers are blanked, so they are never evidence and never cut a clause. Values to
 * fill in ("[●]", "[five (5)]", "[1 December 2026]") are left to the placeholder rule.
 */
import { bundledLexicon } from './catalog/lexicon-file';
import type { Classification } from './classify';
import type { Lexicon } from './lexicon';
import type { Span } from './types';

interface Bracket extends Span {
  /** The content, between the brackets. */
  inner: Span;
  kind: 'note' | 'agreed' | 'words' | 'value';
  /** "Customer: " in "[Customer: …]": the side that proposes it. */
  label?: Span;
}

/**
 * Bracket words (lexicon `brackets`, reading-words.ts): "[Note to draft: …]", "[NTD: …]" is a note,
 * "[Agreed:]" settled text; "Customer: ", "Supplier's position: " label a side's wording; an
 * optional bracket that opens with a condition ("[provided that …]", "[where …]") proposes to
 * qualify the duty, as does one inside a side's alternative ("…, subject to the Customer approving
 * each window"); digits, fillers and a single word ("[three]", "[TBC]") are values to fill in.
 */
type BracketLabels = Lexicon['brackets'];

/** The brackets of a sentence's source text, outermost only (a "[●]" inside "[within [●] hours]" belongs to it). */
export function bracketsOf(source: string, labels: BracketLabels = bundledLexicon().brackets): Bracket[] {
  const out: Bracket[] = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '[') {
      if (depth++ === 0) open = i;
    } else if (c === ']' && depth > 0 && --depth === 0) {
      // Markdown links ("[text](url)", "[text][ref]") are not negotiation text.
      if (source[i + 1] === '(' || source[i + 1] === '[') continue;
      const inner = { start: open + 1, end: i };
      const content = source.slice(inner.start, inner.end);
      const side = labels.side.exec(content);
      const kind = labels.note.test(content) ? 'note' : labels.agreed.test(content) ? 'agreed' : !side && labels.value.test(content) ? 'value' : 'words';
      out.push({ start: open, end: i + 1, inner, kind, ...(side && kind === 'words' ? { label: { start: inner.start, end: inner.start + side[0].length } } : {}) });
    }
  }
  return out;
}

const blank = (text: string, spans: readonly Span[]): string => {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
};

export interface OpenReading {
  /** The masked sentence with notes to draft and "[Agreed:]" blanked. */
  text: string;
  /** The readings to try: spans to blank for each (the other alternatives, a left-out option), and how to name it. */
  variants: { blank: Span[]; label: string; condition?: Span }[];
  /** Notes to draft and "[Agreed:]" markers. */
  settled: Span[];
}

const MAX_VARIANTS = 16;

/** Firm to weak, as match.ts ranks statuses (kept here: match.ts imports this file). */
const STATUS_ORDER: Record<Classification['status'], number> = { present: 0, 'below-threshold': 1, weak: 2, 'wrong-party': 3, negated: 4 };

/**
 * The open readings of a sentence: `masked` is its masked text, `source` the same span of the
 * document (brackets still in it). Undefined when nothing in it is open.
 */
export function openReadings(masked: string, source: string, offset = 0, words: BracketLabels = bundledLexicon().brackets): OpenReading | undefined {
  if (!source.includes('[')) return undefined;
  // Brackets are found in the whole unit (a sentence's span may start after its "["), then taken relative to the sentence.
  const brackets = bracketsOf(source, words)
    .filter((b) => b.end > offset && b.start < offset + masked.length)
    .map((b) => shift(b, offset, masked.length));
  source = source.slice(offset, offset + masked.length).padEnd(masked.length);
  const settled = brackets.filter((b) => b.kind === 'note' || b.kind === 'agreed');
  const text = settled.length ? blank(masked, settled) : masked;
  // Alternatives: wording brackets next to each other (only space between); a lone one is optional.
  const sets: Bracket[][] = [];
  let prev: Bracket | undefined;
  for (const b of brackets) {
    if (b.kind === 'note' || b.kind === 'agreed') {
      prev = undefined;
      continue;
    }
    // "[Customer: …] [Supplier: …]" or "[shall] [may]": a side's wording and an unattributed option are not alternatives of each other.
    if (prev && !prev.label === !b.label && /^\s*(?:or\s+)?$/i.test(source.slice(prev.end, b.start))) sets[sets.length - 1]!.push(b);
    else sets.push([b]);
    prev = b;
  }
  const open = sets.filter((set) => set.some((b) => b.kind === 'words'));
  if (!open.length) return settled.length ? { text, variants: [], settled } : undefined;
  const labels = open.flatMap((set) => set.flatMap((b) => (b.label ? [b.label] : [])));
  // Each set's choices: one alternative kept, the others blanked; a lone bracket taken in or left out.
  const choices = open.map((set) =>
    set.length > 1
      ? set.map((keep) => {
          // A condition only this side's wording proposes makes its reading conditional.
          const inner = (b: Bracket): string => source.slice(b.label?.end ?? b.inner.start, b.inner.end);
          const conditional = words.conditionInside.test(inner(keep)) && !set.every((b) => words.conditionInside.test(inner(b)));
          return { blank: set.filter((b) => b !== keep).map(spanOf), label: squashed(source, keep), ...(conditional ? { condition: spanOf(keep) } : {}) };
        })
      : [
          { blank: [], label: squashed(source, set[0]!), ...(words.condition.test(source.slice(set[0]!.inner.start, set[0]!.inner.end)) ? { condition: spanOf(set[0]!) } : {}) },
          { blank: [spanOf(set[0]!)], label: `without ${squashed(source, set[0]!)}` },
        ],
  );
  let variants: { blank: Span[]; label: string; condition?: Span }[] = [{ blank: [], label: '' }];
  for (const options of choices) {
    const next = variants.flatMap((v) => options.map((o: { blank: Span[]; label: string; condition?: Span }) => ({ blank: [...v.blank, ...o.blank], label: [v.label, o.label].filter(Boolean).join(' + '), ...((o.condition ?? v.condition) ? { condition: o.condition ?? v.condition } : {}) })));
    if (next.length > MAX_VARIANTS) break;
    variants = next;
  }
  return { text: labels.length ? blank(text, labels) : text, variants, settled };
}

function shift(b: Bracket, offset: number, length: number): Bracket {
  const clip = (n: number): number => Math.max(0, Math.min(length, n - offset));
  return { ...b, start: clip(b.start), end: clip(b.end), inner: { start: clip(b.inner.start), end: clip(b.inner.end) }, ...(b.label ? { label: { start: clip(b.label.start), end: clip(b.label.end) } } : {}) };
}

function spanOf(b: Bracket): Span {
  return { start: b.start, end: b.end };
}

function squashed(source: string, b: Bracket): string {
  const t = source.slice(b.start, b.end).replace(/\s+/g, ' ');
  return t.length > 50 ? `${t.slice(0, 47)}…]` : t;
}

/**
 * The reading of a sentence whose source may hold negotiation brackets: its weakest open reading.
 * `conceptAt` finds the concept again among the words a reading keeps (undefined: it keeps none);
 * `classify` reads one text of the sentence's length.
 */
export function readNegotiated(masked: string, source: string, offset: number, base: number, conceptAt: (keep: (at: number) => boolean) => number | undefined, classify: (text: string, conceptAt: number) => Classification, labels: BracketLabels = bundledLexicon().brackets): Classification {
  const open = openReadings(masked, source, offset, labels);
  if (!open) return classify(masked, conceptAt(() => true)!);
  const outside = (spans: readonly Span[]) => (at: number): boolean => !spans.some((s) => at >= s.start && at < s.end);
  const read = (text: string, blanked: readonly Span[]): Classification | undefined => {
    const at = conceptAt(outside([...open.settled, ...blanked]));
    return at === undefined ? undefined : classify(text, at);
  };
  if (!open.variants.length) return read(open.text, []) ?? { status: 'weak', reason: 'a note to draft, not a term of the agreement', unrelated: true };
  let weakest: { c: Classification; label: string } | undefined;
  let differ = false;
  for (const v of open.variants) {
    // A reading that no longer names the concept leaves the duty out.
    let c = read(blank(open.text, v.blank), v.blank) ?? { status: 'weak' as const, reason: 'this alternative leaves the duty out' };
    // A condition still proposed in brackets makes the duty conditional, whatever the hedge lexicon says of its words.
    if (v.condition && c.status === 'present') c = { ...c, status: 'weak', reason: 'the draft still proposes a condition on the duty', cue: { text: source.slice(offset + v.condition.start, offset + v.condition.end), start: base + v.condition.start, end: base + v.condition.end } };
    if (c.unrelated) continue;
    if (weakest && STATUS_ORDER[c.status] !== STATUS_ORDER[weakest.c.status]) differ = true;
    if (!weakest || STATUS_ORDER[c.status] > STATUS_ORDER[weakest.c.status]) weakest = { c, label: v.label };
  }
  if (!weakest) return read(open.text, []) ?? { status: 'weak', reason: 'a note to draft, not a term of the agreement', unrelated: true };
  if (!differ) return weakest.c;
  return { ...weakest.c, reason: `${weakest.c.reason}; read as the weakest reading still open in the draft (${weakest.label}): an alternative not yet agreed binds no more than its weakest form` };
}

/**
 * Per sentence of a unit, the open set of alternatives one of whose members holds the whole
 * sentence ("[Customer: The Supplier shall ….] [Supplier: The Supplier shall use reasonable
 * endeavours …]"), as "set:member"; undefined when no sentence is so held.
 */
export function sentenceAlternatives(source: string, base: number, sentences: readonly Span[], labels: BracketLabels = bundledLexicon().brackets): (string | undefined)[] | undefined {
  if (!source.includes('[')) return undefined;
  const brackets = bracketsOf(source, labels).filter((b) => b.kind === 'words');
  const out: (string | undefined)[] = sentences.map(() => undefined);
  let any = false;
  for (let i = 0, set = 0; i < brackets.length; i++) {
    // Members of one set follow each other with only space between them.
    if (i > 0 && !/^\s*(?:or\s+)?$/i.test(source.slice(brackets[i - 1]!.end, brackets[i]!.start))) set++;
    const next = brackets[i + 1];
    const prev = brackets[i - 1];
    const inSet = (next && /^\s*(?:or\s+)?$/i.test(source.slice(brackets[i]!.end, next.start))) || (prev && /^\s*(?:or\s+)?$/i.test(source.slice(prev.end, brackets[i]!.start)));
    if (!inSet) continue;
    sentences.forEach((s, k) => {
      if (s.start - base >= brackets[i]!.start && s.end - base <= brackets[i]!.end) {
        out[k] = `${set}:${i}`;
        any = true;
      }
    });
  }
  return any ? out : undefined;
}

/**
 * The evidence of sentences held by open alternatives, each capped at the weakest member of its
 * set; a member that is no evidence leaves the duty out (weak). `found` holds the unit's evidence.
 */
export function capOpenAlternatives<E extends { start: number; status: string; reason: string }>(found: E[], sentences: readonly Span[], members: readonly (string | undefined)[]): void {
  const sets = new Map<string, { members: Set<string>; weakest: number; label: string }>();
  members.forEach((m) => {
    if (!m) return;
    const [set] = m.split(':');
    const entry = sets.get(set!) ?? { members: new Set<string>(), weakest: -1, label: '' };
    entry.members.add(m);
    sets.set(set!, entry);
  });
  const memberOf = (e: E): string | undefined => members[sentences.findIndex((s) => s.start === e.start)];
  for (const [set, entry] of sets) {
    const inSet = found.filter((e) => memberOf(e)?.startsWith(`${set}:`));
    if (!inSet.length) continue;
    const covered = new Set(inSet.map((e) => memberOf(e)!));
    const rank = (s: string): number => STATUS_ORDER[s as Classification['status']] ?? 2;
    const weakest = inSet.reduce((w, e) => (rank(e.status) > rank(w.status) ? e : w));
    const status = covered.size < entry.members.size && rank(weakest.status) < STATUS_ORDER.weak ? 'weak' : weakest.status;
    for (const e of inSet) {
      if (rank(e.status) >= rank(status)) continue;
      e.status = status;
      e.reason = `${e.reason}; but this is one side's wording in an open alternative, and the other side's is weaker: not yet agreed, it binds no more than the weaker form`;
    }
  }
}
