/**
 * Build step (esbuild.mjs): loads the bundled clause pack once and prints, as JSON, the table of
 * its parsed and validated YAML values that catalog/validate.ts reads instead of parsing again.
 */
import { bundledLexicon } from '../server/src/engine/catalog/lexicon-file';
import { defaultPackDir, loadCatalog } from '../server/src/engine/catalog/load';
import { recordValidated } from '../server/src/engine/catalog/validate';

const table = new Map<string, string>();
recordValidated(table);
const catalog = loadCatalog([defaultPackDir()]);
bundledLexicon();
recordValidated(undefined);
if (catalog.problems.length) throw new Error(`the bundled pack has problems: ${catalog.problems.map((p) => p.message).join('; ')}`);
process.stdout.write(JSON.stringify(Object.fromEntries(table)));
