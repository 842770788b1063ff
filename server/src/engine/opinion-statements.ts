/**
 * A view of what works best is no duty: "We are convinced that the most cost-effective way to
 * build software is to fix flaws early", "The best approach to ransomware is to keep offline
 * backups". "X is to do Y" binds when X is a party or a thing to be done ("The Provider is to back
 * up …", "Backups are to be taken daily", "the means of access is to be a dedicated VPN"); when X is
 * a way, approach, key or aim, the sentence says what would work, and a belief ("we believe that
 * …") says what someone thinks. Read as a statement (weak), not as a binding clause.
 */

/** "the (best|only|most effective) way to … is to", "the key to … is to", "our approach … is to". */
const WAY_IS_TO = /^\s*(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?:[\p{L}'’-]+\s+){0,6}?(?:way|ways|approach|method|means|key|solution|answer|remedy|strategy|aim|goal|objective)\s+(?:(?:to|of|for|in)\s+[^,.;:]{1,80}?\s+)?(?:is|are|was|would\s+be|will\s+be)\s+to\b(?!\s+be\b)/iu;

/** "We are convinced that …", "The parties believe that …": a statement of belief. */
const BELIEF = /^\s*(?:\(?[a-z0-9]{1,4}[.)]\s*)?(?:we|the\s+parties|the\s+authors?|it\s+is\s+our\s+view)\s+(?:(?:are|is|remain)\s+(?:convinced|of\s+the\s+(?:view|opinion))|(?:firmly\s+)?(?:believe|think|feel|consider|hold\s+the\s+view))\s+that\b/iu;

/** A duty stated beside the view ("…, and the Provider shall …") keeps the sentence binding. */
const OWN_DUTY = /\b(?:shall|must|agrees?\s+to|undertakes?\s+to|is\s+required\s+to|are\s+required\s+to)\b/i;

/** Does `text` state a view of what works best rather than a duty? */
export function statesOpinion(text: string): boolean {
  return (BELIEF.test(text) || WAY_IS_TO.test(text)) && !OWN_DUTY.test(text);
}
