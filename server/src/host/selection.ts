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
    // No extglobs ("+(…)", "*(…)") and no regex groups: nested repetition backtracks without bound.
    m = globs.length ? picomatch(globs.map(literalGroups), { dot: true, noextglob: true }) : () => false;
    matcherCache.set(key, m);
  }
  return m;
}

/**
 * picomatch passes "(…)", "|" and "+" through to the regular expression, so "(*a*)+" would
 * repeat a repetition. Here they are plain characters, as in file names ("Contract (v2).md").
 */
function literalGroups(glob: string): string {
  return glob.replace(/\\.|[()|+]/g, (m) => (m.length === 2 ? m : `\\${m}`));
}

/** `relativePath` uses forward slashes, relative to the workspace folder (or absolute). */
export function selectDocument(relativePath: string, settings: Settings, optedIn: boolean): Selection {
  if (optedIn) return 'force';
  const path = relativePath.replace(/\\/g, '/');
  if (matcher(settings.exclude)(path)) return 'skip';
  if (matcher(settings.include)(path)) return 'force';
  return 'auto';
}
