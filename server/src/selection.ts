/**
 * Which documents get checked (shared by the server and the CLI):
 * explicit opt-in (command or named on the command line) > exclude globs > include globs >
 * front matter / contract shape (decided by the engine).
 */
import picomatch from 'picomatch';
import type { Settings } from './settings';

export type Selection = 'force' | 'skip' | 'auto';

const matcherCache = new Map<string, (path: string) => boolean>();

function matcher(globs: string[]): (path: string) => boolean {
  const key = globs.join('\u0000');
  let m = matcherCache.get(key);
  if (!m) {
    // No extglobs ("+(…)", "*(…)"): nested repetition in them backtracks without bound.
    m = globs.length ? picomatch(globs, { dot: true, noextglob: true }) : () => false;
    matcherCache.set(key, m);
  }
  return m;
}

/** `relativePath` uses forward slashes, relative to the workspace folder (or absolute). */
export function selectDocument(relativePath: string, settings: Settings, optedIn: boolean): Selection {
  if (optedIn) return 'force';
  const path = relativePath.replace(/\\/g, '/');
  if (matcher(settings.exclude)(path)) return 'skip';
  if (matcher(settings.include)(path)) return 'force';
  return 'auto';
}
