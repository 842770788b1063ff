/**
 * A view of what works best is no duty: "We are convinced that the most cost-effective way to
 * build software is to fix flaws early", "The best approach to ransomware is to keep offline
 * backups". "X is to do Y" binds when X is a party or a thing to be done ("The Provider is to back
 * up …", "Backups are to be taken daily", "the means of access is to be a dedicated VPN"); when X is
 * a way, approach, key or aim, the sentence says what would work, and a belief ("we believe that
 * …") says what someone thinks. Read as a statement (weak), not as a binding clause.
 */

// "the (best|only|most effective) way to … is to", "the key to … is to", "our approach … is to";
// "We are convinced that …", "The parties believe that …": a statement of belief. A duty stated
// beside the view ("…, and the Provider shall …") keeps the sentence binding. The words are the
// lexicon's (`opinionStatements`, no-duty-words.ts).
import type { OpinionStatementPatterns } from './no-duty-words';

/** Does `text` state a view of what works best rather than a duty? */
export function statesOpinion(text: string, words: OpinionStatementPatterns): boolean {
  return (words.belief.test(text) || words.wayIsTo.test(text)) && !words.ownDuty.test(text);
}
