/** Where the bundled pack lives (own module, so the lexicon reader can find it without a cycle). */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const BUNDLED_PACK = path.join('clauses', 'aa22-131a');

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The bundled AA22-131A pack. The esbuild bundles live in dist/, so `../clauses/aa22-131a` is
 * tried first; from source (tsx) we walk up until a folder holds clauses/aa22-131a/pack.yaml.
 */
export function defaultPackDir(): string {
  const beside = path.resolve(__dirname, '..', BUNDLED_PACK);
  if (isFile(path.join(beside, 'pack.yaml'))) return beside;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, BUNDLED_PACK);
    if (isFile(path.join(candidate, 'pack.yaml'))) return candidate;
    if (path.dirname(dir) === dir) return beside; // not found: loadCatalog will report it
  }
}
