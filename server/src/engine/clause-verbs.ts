/**
 * The words of a clause that decide how it binds: the requirement's own concept words, and the
 * modal, responsibility, permissive and negating verbs around them (the lexicon's lists, read once
 * per slice). classify.ts reads a sentence with these.
 */
import { lexiconFor } from './catalog/lexicon-file';
import { CONTRACTED_WILL } from './sentence-kinds';
import { termSheetDuties } from './term-sheet-duty';
import { scanOf, termSet, type TermHit, type TermSet } from './terms';
import type { Lexicon } from './lexicon';
import { RecentAnswers, TextReadings } from './recent-answers';
import type { TextScan } from './text-scan';
import type { Requirement, Span } from './types';

const weakenSets = new WeakMap<Requirement, TermSet>();

/**
 * One compiled set per requirement for all its weaken phrases; hits carry the phrase index. Kept
 * per requirement: classification asks for it several times per sentence, and termSet would key
 * a fresh list by its JSON each time.
 */
export function weakenSet(req: Requirement): TermSet {
  let set = weakenSets.get(req);
  if (!set) weakenSets.set(req, (set = termSet(req.weaken.map((w) => w.phrase))));
  return set;
}

/**
 * The weaken cues in `text` (a clause), less those that a term of their own `unless` list cancels
 * anywhere in `sentence`, the clause's whole sentence (as a near-miss's `unless` does).
 */
export function weakenHits(req: Requirement, text: string, scan: TextScan | undefined, sentence: string): TermHit[] {
  return weakenSet(req)
    .find(text, 0, scan)
    .filter((h) => {
      const unless = req.weaken[h.index]!.unless;
      return !unless?.length || !termSet(unless).test(sentence);
    });
}

const conceptCache = new WeakMap<Requirement, Map<string, Span[]>>();

function conceptsOf(req: Requirement): Map<string, Span[]> {
  let byText = conceptCache.get(req);
  if (!byText) {
    byText = new Map();
    conceptCache.set(req, byText);
  }
  return byText;
}

/** Where the requirement's detect terms (any group) occur in `text`. */
export function conceptSpans(text: string, req: Requirement): Span[] {
  const byText = conceptsOf(req);
  let spans = byText.get(text);
  if (!spans) {
    spans = req.detect.flatMap((g) => termSet(g).find(text));
    if (byText.size > 200) byText.clear();
    byText.set(text, spans);
  }
  return spans;
}

/**
 * Hands conceptSpans the hits matching has just found: `hits[g]` must be what
 * `termSet(req.detect[g]).find(text)` gives, for every group (so the sentence is not searched again).
 */
export function knownConceptSpans(text: string, req: Requirement, hits: readonly Span[][]): void {
  const byText = conceptsOf(req);
  if (byText.has(text)) return;
  if (byText.size > 200) byText.clear();
  byText.set(text, hits.flat());
}

/** Words that add nothing to a phrase they end or start: "not covered" + "by". */
const FUNCTION_WORDS = /^\s*(?:(?:by|of|to|the|a|an|for|in|on|with|from)\b\s*)*$/i;

/**
 * Is the cue `hit` (offsets in `text`) one of the requirement's concept words: inside a concept
 * hit, or covering one plus only function words ("not covered by" for "not covered")? A cue that
 * adds words of its own to a concept ("as soon as practical" around "as soon as") still counts.
 */
export function overlapsConcept(text: string, req: Requirement, hit: Span): boolean {
  return conceptSpans(text, req).some((c) => {
    if (hit.start >= c.end || c.start >= hit.end) return false;
    const outside = `${text.slice(hit.start, Math.max(hit.start, c.start))} ${text.slice(Math.min(hit.end, c.end), hit.end)}`;
    return FUNCTION_WORDS.test(outside);
  });
}


export interface Verb extends TermHit {
  kind: 'binding' | 'permissive' | 'negation' | 'sole' | 'responsibility';
  reason?: string;
  /** A negation that disclaims the duty itself ("is not required to"), not a warranty. */
  decisive?: boolean;
}

/** At most this many words between a disclaimer and the requirement's words: it is their verb. */
const DISCLAIMER_REACH = 6;

/**
 * Does the disclaimer `cue` bear on the concept at `at`? Its object follows it ("is not required
 * to segregate", "does not include backups"); a passive one follows its subject ("backups are
 * excluded", "MFA is out of scope"). "…fixing the flaws, and does not include the costs of …"
 * disclaims nothing about fixing.
 */
export function disclaims(text: string, cue: Span & { term: string }, at: number): boolean {
  const passive = /(?:excluded|included|scope)$/i.test(cue.term.trim());
  return (passive ? at < cue.start : at >= cue.end) && near(text, cue, at);
}

/** Are `a` and `b` (offsets in `text`) within DISCLAIMER_REACH words of each other? */
function near(text: string, a: Span, at: number): boolean {
  const between = at >= a.end ? text.slice(a.end, at) : text.slice(at, a.start);
  return (between.match(/[\p{L}\p{N}]+/gu) ?? []).length <= DISCLAIMER_REACH;
}

/**
 * Is `at` inside a purpose clause ("… backed up so that they can be restored", "in order that the
 * Customer may recover")? Its modal states the intended result, not how the duty binds.
 */
function inPurposeClause(text: string, at: number): boolean {
  return /\b(?:so\s+that|in\s+order\s+that)\b[^;:]*$/i.test(text.slice(Math.max(0, at - 160), at));
}

/**
 * "by 15 May 2027", "on May 3, 2027", "May 2027": the month, not the modal. Only the capitalised
 * word with a day number before it, or a day number or year after it; "May the Provider …?" and
 * "may 2 engineers attend" keep their modal.
 */
function monthInDate(text: string, v: Span): boolean {
  if (text.slice(v.start, v.end) !== 'May') return false;
  return /\b\d{1,2}(?:st|nd|rd|th)?\s+$/.test(text.slice(Math.max(0, v.start - 8), v.start)) || /^\s+(?:\d{1,2}(?:st|nd|rd|th)?\b|\d{4}\b)/.test(text.slice(v.end, v.end + 8));
}

/**
 * Modal and responsibility verbs in `text[from, to)`, in order. A global weakening cue (permissive,
 * sole responsibility, negation) that lies within one of the requirement's own concept words is
 * that concept, not a cue: "lists the security services that are out of scope" describes scope.
 */
export function verbsIn(text: string, from: number, to: number, req: Requirement): Verb[] {
  return recentVerbs.get(req, text, from, to);
}

/** Classification reads a clause's verbs several times (its region, the head of a coordination, carve-outs). */
const recentVerbs = new RecentAnswers<Requirement, Verb[]>((text, from, to, req) => findVerbs(text, from, to, req));

function findVerbs(text: string, from: number, to: number, req: Requirement): Verb[] {
  const lexicon = lexiconFor(req);
  const found = lexiconVerbs.get(lexicon, lexicon, text, from, to);
  // A cue inside the requirement's own words is that concept; the rest of the reading is the lexicon's.
  const cue = (v: Verb): boolean => !overlapsConcept(text, req, v);
  const verbs: Verb[] = [
    ...found.duties,
    ...found.permissive.filter(cue),
    ...found.sole.filter(cue),
    ...found.negations.filter((v) => cue(v) && !excludesOther(text, v, to, req)),
  ];
  if (req.weaken.length) {
    const slice = text.slice(from, to);
    const shift = shiftBy(from);
    for (const hit of weakenHits(req, slice, scanOf(slice), text)) {
      const cue = req.weaken[hit.index]!;
      if (cue.status === 'negated') verbs.push(shift('negation', cue.reason, true)(hit));
    }
  }
  verbs.push(...found.contracted);
  // Longer phrases win where they overlap ("is not required to" over "is required to").
  verbs.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Verb[] = [];
  for (const v of verbs) {
    const last = kept[kept.length - 1];
    if (last && v.start < last.end) {
      if (v.end - v.start > last.end - last.start) kept[kept.length - 1] = v;
      continue;
    }
    kept.push(v);
  }
  // "does not keep a plan or undertake to notify": "does not" reaches a verb joined by "or".
  return kept
    .filter((v, i) => !(v.kind === 'negation' && inRelativeClause(text, from, v, kept.slice(0, i))))
    .map((v) => (v.kind === 'binding' && NEGATED_BEFORE_OR.test(text.slice(from, v.start)) ? { ...v, kind: 'negation' as const, reason: `the negation before “or” reaches “${v.term}”`, decisive: true } : v));
}

const shiftBy = (from: number) => (kind: Verb['kind'], reason?: string, decisive?: boolean) => (h: TermHit): Verb => ({ ...h, start: h.start + from, end: h.end + from, kind, ...(reason ? { reason } : {}), ...(decisive ? { decisive } : {}) });

/**
 * The lexicon's verbs in `text[from, to)`, before the requirement's own words filter the cues: the
 * same for every requirement read with the lexicon, so found once per slice.
 */
const lexiconVerbs = new TextReadings<Lexicon, Lexicon, { duties: Verb[]; permissive: Verb[]; sole: Verb[]; negations: Verb[]; contracted: Verb[] }>((text, from, to, lexicon) => {
  const { binding, responsibility, permissive, sole, negations } = lexicon;
  const slice = text.slice(from, to);
  const scan = scanOf(slice); // one anchor scan for all the sets below, shared with the other requirements
  const shift = shiftBy(from);
  const contracted: Verb[] = [];
  CONTRACTED_WILL.lastIndex = 0;
  for (let m = CONTRACTED_WILL.exec(slice); m; m = CONTRACTED_WILL.exec(slice)) {
    contracted.push({ term: m[0], start: from + m.index, end: from + m.index + m[0].length, index: 0, kind: 'binding' });
  }
  return {
    duties: [
      ...binding.find(slice, 0, scan).map(shift('binding')),
      ...termSheetDuties(text, from, to, lexicon).map((h): Verb => ({ ...h, kind: 'binding' })),
      ...responsibility.find(slice, 0, scan).map(shift('responsibility')),
    ],
    permissive: permissive.find(slice, 0, scan).map(shift('permissive')).filter((v) => !inPurposeClause(text, v.start) && !monthInDate(text, v)),
    sole: sole.find(slice, 0, scan).map(shift('sole')),
    negations: negations.flatMap((n) => n.set.find(slice, 0, scan).map(shift('negation', n.reason, n.decisive))),
    contracted,
  };
});

/**
 * "The Provider shall remove access for personnel who do not provide support": a negation right
 * after "who" or a restrictive "that", once the clause has its own duty, says which people or things
 * the duty covers; it disclaims nothing. A non-restrictive ", which does not include …" is left a
 * disclaimer, as is a negation before any duty ("Services that are not included are charged").
 */
const RELATIVE_BEFORE = /(?<!,)\s(?:who|that)\s+(?:(?:is|are|was|were|do|does|did|has|have|will|shall|would|can|could|may|might)\s+)?$/i;

function inRelativeClause(text: string, from: number, negation: Verb, before: Verb[]): boolean {
  return RELATIVE_BEFORE.test(text.slice(from, negation.start)) && before.some((b) => b.kind === 'binding' || b.kind === 'responsibility');
}

/**
 * "The security services do not include penetration testing": the subject says what it leaves
 * out. An active "does not include" (or "excludes") negates only a topic word (first detect list)
 * named after it, or the items of the list it introduces ("The Services do not include:").
 */
const ACTIVE_EXCLUSION_WORDS = String.raw`(?:(?:does|do|will|shall)\s+not\s+include|excludes)`;
const ACTIVE_EXCLUSION = new RegExp(`^${ACTIVE_EXCLUSION_WORDS}$`, 'i');

function excludesOther(text: string, v: Span, to: number, req: Requirement): boolean {
  if (!ACTIVE_EXCLUSION.test(text.slice(v.start, v.end))) return false;
  if (definesEvent(text, v, lexiconFor(req))) return true;
  // "The Services do not include:" before a list: its object is the list items.
  if (/^\s*[:—–-]*\s*$/.test(text.slice(v.end, to))) return false;
  return !termSet(req.detect[0] ?? []).find(text).some((c) => c.start >= v.end && c.start < to);
}

/**
 * "Security Incidents do not include unsuccessful log-in attempts, pings or port scans": the
 * requirement's words at `conceptAt` are only what a defined event leaves out, so the sentence is a
 * definition and no evidence at all.
 */
export function narrowsDefinedEvent(text: string, conceptAt: number, req: Requirement): boolean {
  const lexicon = lexiconFor(req);
  const { denied, exclusions } = eventNarrowings.get(lexicon, lexicon, text);
  return denied || exclusions.some((at) => at < conceptAt);
}

const ACTIVE_EXCLUSION_ANYWHERE = new RegExp(String.raw`\b${ACTIVE_EXCLUSION_WORDS}\b`, 'gi');

/**
 * Whether a sentence says what a defined event is not, and where an active exclusion narrows a
 * defined event in it: the text and the lexicon decide, so every requirement shares the answer.
 */
const eventNarrowings = new TextReadings<Lexicon, Lexicon, { denied: boolean; exclusions: number[] }>((text, _from, _to, lexicon) => {
  const exclusions: number[] = [];
  ACTIVE_EXCLUSION_ANYWHERE.lastIndex = 0;
  for (let m = ACTIVE_EXCLUSION_ANYWHERE.exec(text); m; m = ACTIVE_EXCLUSION_ANYWHERE.exec(text)) {
    if (definesEvent(text, { start: m.index, end: m.index + m[0].length }, lexicon)) exclusions.push(m.index);
  }
  return { denied: deniesDefinedEvent(text, lexicon), exclusions };
});

/**
 * "Security Incidents do not include unsuccessful log-in attempts": the subject is an event the
 * contract defines (lexicon `definedEvents`), so the exclusion narrows the definition (what must be
 * reported) and leaves every duty as it was.
 */
function definesEvent(text: string, v: Span, lexicon: Lexicon): boolean {
  const subject = text.slice(Math.max(0, v.start - 60), v.start).replace(/[\s"'“”‘’*_)]+$/u, '');
  return lexicon.definedEvents.find(subject).some((h) => h.end === subject.length);
}

/** "… is not a cyber incident": what comes before a defined event the sentence ends on. */
const IS_NOT_A = /\b(?:is|are)\s+not\s+(?:an?\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** A duty of its own after the definition's condition: "… unless it is reported, in which case the Provider shall …". */
const OWN_DUTY = /\b(?:shall|must|will|agrees?|undertakes?)\b|;/i;

/**
 * "A trouble ticket for an equipment fault is not a Security Incident.": it says what a defined
 * event is not, so it defines too; also with the definition's condition or reach after it ("… are
 * not Security Incidents unless the security operations centre declares them to be", "… for the
 * purposes of this Clause"), which names who classifies, not who must act.
 */
function deniesDefinedEvent(text: string, lexicon: Lexicon): boolean {
  const trimmed = text.replace(/[\s.;"'”’*_]+$/u, '');
  return lexicon.definedEvents.find(trimmed).some((h) => {
    if (!IS_NOT_A.test(trimmed.slice(0, h.start).replace(/["'“‘*_]+$/u, ''))) return false;
    const rest = trimmed.slice(h.end).replace(/^["'”’*_]+/u, '').trimStart();
    return rest === '' || (lexicon.definedEventTail.test(rest) && !OWN_DUTY.test(rest));
  });
}

/** "does not X … or " right before a verb (no other clause break): the negation governs both. */
const NEGATED_BEFORE_OR = /\b(?:(?:does|do|did)\s+not|doesn['’]t|don['’]t|didn['’]t)\s+[^;:.,]{1,80}\bor\s+$/i;
