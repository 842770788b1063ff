/**
 * Plain-language drafting writes the lexicon's negations contracted: "We don't commit to …",
 * "Backups aren't included", "isn't part of our service", "won't be required to". Each cue phrase
 * with a negated auxiliary also matches its contracted spelling (straight and curly apostrophe),
 * so the lexicon lists each phrase once.
 */
const CONTRACTED: readonly [RegExp, string][] = [
  [/\bdoes not\b/gi, 'doesn’t'],
  [/\bdo not\b/gi, 'don’t'],
  [/\bis not\b/gi, 'isn’t'],
  [/\bare not\b/gi, 'aren’t'],
  [/\bwill not\b/gi, 'won’t'],
  [/\bshall not\b/gi, 'shan’t'],
  [/\bcannot\b/gi, 'can’t'],
  [/\bhas not\b/gi, 'hasn’t'],
  [/\bhave not\b/gi, 'haven’t'],
  [/\bwould not\b/gi, 'wouldn’t'],
];

/** `phrases` plus the contracted spelling of each that has a negated auxiliary, with both apostrophes. */
export function withContractions(phrases: readonly string[]): string[] {
  const out = [...phrases];
  for (const phrase of phrases) {
    let contracted = phrase;
    for (const [full, short] of CONTRACTED) contracted = contracted.replace(full, short);
    // "not part of the services", "not included": the auxiliary is left out of the phrase, but the
    // contraction carries it ("isn't part of", "aren't included").
    const bare = /^not\s+(.+)$/i.exec(phrase);
    const variants = bare ? [`isn’t ${bare[1]}`, `aren’t ${bare[1]}`] : contracted === phrase ? [] : [contracted];
    for (const v of variants) out.push(v, v.replace(/’/g, "'"));
  }
  return [...new Set(out)];
}
