/**
 * A disclaimer of a requirement's whole topic. Evidence normally needs every concept group of a
 * requirement (match.ts): "MFA" and a provider-access word for mfa.provider-access. A blanket
 * exclusion names only the topic ("The Provider has no obligation in respect of multi-factor
 * authentication", "Backups do not form part of the Services"), and it excludes the duty in every
 * form, so it is negated evidence for each requirement whose FIRST (topic) group it names.
 *
 * Guards, since the sentence lacks the words that would otherwise tie it to the requirement:
 * - the cue is an express disclaimer of a duty or of scope (the lexicon's decisive negations),
 *   not a liability or warranty disclaimer ("not liable for", "does not warrant");
 * - the topic is the disclaimer's object, right after it ("no obligation in respect of backups",
 *   "does not undertake to provide, maintain or test backups"), or its subject, right before a
 *   scope cue ("Backups are excluded", "MFA does not form part of the Services");
 * - the whole topic, not a part of it: "backups of end-user devices are excluded" or "no
 *   obligation to back up laptops" narrows the duty; it does not remove it;
 * - no loss, damage, liability or indemnity words between cue and topic ("not responsible for any
 *   loss of backups" limits liability, it does not disclaim the duty), and not inside a carve-out
 *   of another clause ("…, save that it has no obligation …");
 * - the sentence, read as usual (classify.ts), is negated and not said by the other party
 *   ("The Customer is not responsible for …" is no disclaimer of the provider's duty);
 * - the requirement's first detect list names a topic: `blanketDisclaimer: false` in its front
 *   matter opts out where it names a time or an act instead (termination, notify);
 * - the requirement's near-misses (`not:`) and exclusions still apply (match.ts).
 */
import { lexiconFor } from './catalog/lexicon-file';
import type { Classification } from './classify';
import type { TopicDisclaimerPatterns } from './denial-words';
import { scopeVerdict } from './scope-verdict';
import { other } from './subjects';
import type { TermHit, TermSet } from './terms';
import type { TextScan } from './text-scan';
import type { Requirement } from './types';

export interface TopicDisclaimer {
  /** The disclaimer's words (offsets relative to the sentence). */
  cue: TermHit;
  /** The topic word it governs. */
  topic: TermHit;
}

/** At most this many words between a disclaimer and the topic it governs (as clause-verbs.ts DISCLAIMER_REACH). */
const REACH = 6;
// The words (cues after their subject, head nouns, liability and undoing words, carve-outs) are the
// lexicon's (`topicDisclaimer`, denial-words.ts); the grammar between them is here.
/** Someone's thing between cue and topic ("the Customer's MFA", "its vendors'"): not the topic as such. */
const POSSESSIVE = /\p{L}['’]s\b|s['’](?=\s)/u;
const CLAUSE_BREAK = /[;:.]|\b(?:which|but|however|whereas)\b/i;

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Could the sentence scanned by `scan` disclaim `topic`? (the cheap check before the sentence is read). */
export function mayDisclaimTopic(req: Requirement, topic: TermSet, scan: TextScan): boolean {
  return req.blanketDisclaimer !== false && topic.mayOccur(scan) && lexiconFor(req).topicDisclaimer.disclaimingWord.test(scan.lower);
}

/** The express disclaimer in `text` whose object or subject is one of `topicHits`, if any. */
export function topicDisclaimer(text: string, scan: TextScan, req: Requirement, topicHits: readonly TermHit[]): TopicDisclaimer | undefined {
  if (req.blanketDisclaimer === false) return undefined;
  const lex = lexiconFor(req);
  const words = lex.topicDisclaimer;
  for (const group of lex.negations) {
    if (!group.decisive) continue;
    for (const cue of group.set.find(text, 0, scan)) {
      if (words.carveOutBefore.test(text.slice(0, cue.start))) continue;
      for (const topic of topicHits) if (governs(text, cue, topic, topicWords(req), words)) return { cue, topic };
    }
  }
  // "Multi-factor authentication: not provided": the whole topic as an item's label, left out of the service.
  for (const topic of topicHits) {
    if (!words.subjectOpening.test(text.slice(0, topic.start)) || !/^\s*(?::|[–—-]\s)/.test(afterOwnWords(text.slice(topic.end), topicWords(req)))) continue;
    const verdict = scopeVerdict(text, topic.start, lex.scope);
    if (verdict?.kind === 'excluded') return { cue: { term: text.slice(verdict.start, verdict.end), start: verdict.start, end: verdict.end, index: 0 }, topic };
  }
  return undefined;
}

function governs(text: string, cue: TermHit, topic: TermHit, own: ReadonlySet<string>, words: TopicDisclaimerPatterns): boolean {
  if (topic.start >= cue.end) {
    const between = text.slice(cue.end, topic.start);
    return wordCount(between) <= REACH && !CLAUSE_BREAK.test(between) && !words.liability.test(between) && !words.undoing.test(between) && !POSSESSIVE.test(between) && words.wholeAfter.test(afterOwnWords(text.slice(topic.end), own));
  }
  return topic.end <= cue.start && words.subjectCue.test(cue.term.trim()) && words.subjectGap.test(afterOwnWords(text.slice(topic.end, cue.start), own)) && words.subjectOpening.test(text.slice(0, topic.start));
}

/** `rest` without the words that continue the topic's own name ("two-factor| authentication", "patch| management"). */
function afterOwnWords(rest: string, own: ReadonlySet<string>): string {
  let out = rest;
  for (let m = /^\s*([\p{L}-]+)/u.exec(out); m && own.has(m[1]!.toLowerCase()); m = /^\s*([\p{L}-]+)/u.exec(out)) out = out.slice(m[0].length);
  return out;
}

const ownWordsCache = new WeakMap<Requirement, ReadonlySet<string>>();

/** The words of the requirement's topic terms: what may continue a topic hit into a longer name of the topic. */
function topicWords(req: Requirement): ReadonlySet<string> {
  let words = ownWordsCache.get(req);
  if (!words) ownWordsCache.set(req, (words = new Set(req.detect[0]!.flatMap((t) => t.toLowerCase().replace(/[*"]/g, '').split(/\s+/)).filter((w) => w.length > 2))));
  return words;
}

/**
 * The sentence read as a topic disclaimer: negated, expressly, with what was assumed in its
 * reason; undefined when the usual reading is not a negation or the other party says it.
 */
export function topicReading(c: Classification, found: TopicDisclaimer, text: string, base: number, req: Requirement): Classification | undefined {
  if (c.unrelated || c.status !== 'negated') return undefined;
  const otherSide = req.party === 'both' ? 'customer' : other(req.party);
  if (c.subject === otherSide) return undefined;
  const { cue, topic } = found;
  return {
    ...c,
    reason: `a disclaimer of the whole topic (${text.slice(topic.start, topic.end)}), read as disclaiming this requirement too: “${cue.term.trim()}”`,
    cue: { text: cue.term, start: base + cue.start, end: base + cue.end },
    express: 'disclaimer',
  };
}
