/** The lexicon a whole catalog reads party words with: the first requirement's pack's, else the bundled one. */
import { bundledLexicon, lexiconFor } from './catalog/lexicon-file';
import type { Lexicon } from './lexicon';
import type { Catalog } from './types';

export function catalogLexicon(catalog: Catalog): Lexicon {
  const first = catalog.requirements[0];
  return first ? lexiconFor(first) : bundledLexicon();
}
