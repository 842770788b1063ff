/**
 * Plain-language terms write their negations and subjects contracted: "we don't back up", "backups
 * aren't included", "you're responsible for", "it isn't part of our service". The lexicon lists
 * the full forms once; each phrase also reads as its contracted forms, so one list still feeds
 * detection and the quick fixes. Both apostrophes (' and ’) are read.
 */

/** Full forms and their contractions, inside a phrase. */
const PAIRS: [RegExp, string][] = [
  [/\bis not\b/i, "isn't"],
  [/\bare not\b/i, "aren't"],
  [/\bdoes not\b/i, "doesn't"],
  [/\bdo not\b/i, "don't"],
  [/\bwill not\b/i, "won't"],
  [/\bcannot\b|\bcan not\b/i, "can't"],
  [/\bwould not\b/i, "wouldn't"],
  [/\bshould not\b/i, "shouldn't"],
  [/\bhas not\b/i, "hasn't"],
  [/\bhave not\b/i, "haven't"],
  [/\bneed not\b/i, "needn't"],
];

/**
 * A phrase that opens with "not" after a verb it leaves out ("not responsible for", "not included",
 * "not be required to"): that verb contracted with it.
 */
function openingNot(phrase: string): string[] {
  const rest = /^not\s+(.*)$/i.exec(phrase)?.[1];
  if (!rest) return [];
  return /^be\b/i.test(rest) ? [`won't ${rest}`] : [`isn't ${rest}`, `aren't ${rest}`];
}

/** A phrase that opens with "are" or "will" after its subject: the pronoun subjects, contracted. */
function contractedSubject(phrase: string): string[] {
  const are = /^are\s+(.*)$/i.exec(phrase)?.[1];
  if (are) return [`you're ${are}`, `we're ${are}`, `they're ${are}`];
  const will = /^will\s+(?!not\b)(.*)$/i.exec(phrase)?.[1];
  if (will) return [`we'll ${will}`, `you'll ${will}`, `it'll ${will}`];
  return [];
}

/**
 * What every pattern above needs: a "not" (also in "cannot") or an opening "are" or "will". Most of
 * the lexicon's thousands of phrases have neither, and a CLI run loads them all: one test instead
 * of thirteen each.
 */
const MAY_CONTRACT = /not\b|^(?:are|will)\s/i;

/** The contracted forms of `phrase` (none when it has nothing to contract), with both apostrophes. */
export function contractedForms(phrase: string): string[] {
  return MAY_CONTRACT.test(phrase) ? everyContractedForm(phrase) : [];
}

/** contractedForms without the quick test (exported for the test that the quick test loses nothing). */
export function everyContractedForm(phrase: string): string[] {
  const out = new Set<string>();
  for (const [full, short] of PAIRS) if (full.test(phrase)) out.add(phrase.replace(full, short));
  for (const p of [...openingNot(phrase), ...contractedSubject(phrase)]) out.add(p);
  return [...out].flatMap((p) => [p, p.replace(/'/g, '’')]);
}

/** `phrases` followed by every contracted form of each (slot phrases included). */
export function withContractions(phrases: readonly string[]): string[] {
  const out = [...phrases];
  const seen = new Set(phrases.map((p) => p.toLowerCase()));
  for (const p of phrases) {
    for (const c of contractedForms(p)) {
      if (!seen.has(c.toLowerCase())) {
        seen.add(c.toLowerCase());
        out.push(c);
      }
    }
  }
  return out;
}
