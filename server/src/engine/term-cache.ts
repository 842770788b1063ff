/**
 * Term sets' data kept across runs. A short CLI run spends about a tenth of its CPU turning the
 * catalog's term lists into patterns (terms.ts termSetData); that work depends only on the lists
 * and on the engine's code, so a host (host/term-cache-file.ts) may hand the data of an earlier
 * run of the same engine build to this one. The data is strings, numbers and booleans, checked
 * entry by entry on the way in: a cache never holds code, and anything malformed is ignored whole.
 *
 * Keyed by the term list itself (its JSON), so a cache is right for any pack, bundled or not.
 */
import type { PatternData, TermSetData } from './terms';

/** Off until a host asks for it: a language server runs for days and would keep every list. */
let recording = false;
/** Data from an earlier run, by term-list key. */
let loaded = new Map<string, TermSetData>();
/** The term lists this run built or took from `loaded`, in first-use order. */
const used = new Map<string, TermSetData>();
/** How many of `used` were built in this run (not in `loaded`). */
let built = 0;
/** Reads an earlier run's data when the first term set is asked for: a run that needs none (--help) never reads it. */
let pendingLoad: (() => void) | undefined;

/** The data for a term list from an earlier run, or built by `build` (and remembered for the next). */
export function termSetDataFor(key: string, build: () => TermSetData): TermSetData {
  if (!recording) return build();
  if (pendingLoad) {
    const load = pendingLoad;
    pendingLoad = undefined;
    load();
  }
  const known = used.get(key) ?? loaded.get(key);
  if (known) {
    used.set(key, known);
    return known;
  }
  const data = build();
  used.set(key, data);
  built++;
  return data;
}

/**
 * Keep the term sets this process builds, for termCacheEntries (a short run: the CLI). `load`, if
 * given, is called once, before the first term set is looked up (it may adoptTermCache).
 */
export function recordTermSets(load?: () => void): void {
  recording = true;
  pendingLoad = load;
}

/**
 * Adopt the term sets of an earlier run (`sets`: key → data, as termCacheEntries gave them).
 * False, and nothing adopted, when any entry is not well formed.
 */
export function adoptTermCache(sets: unknown): boolean {
  if (!isRecord(sets)) return false;
  const next = new Map<string, TermSetData>();
  for (const [key, data] of Object.entries(sets)) {
    if (!isTermSetData(data)) return false;
    next.set(key, data);
  }
  loaded = next;
  return true;
}

/**
 * What to keep for the next run, or undefined when the earlier run's data already held (nearly)
 * everything: a document's own names make a few sets of their own every run, not worth a write.
 * At most `limit` sets: the earlier run's and this run's, or this run's alone when both are more.
 */
export function termCacheEntries(options: { limit: number; minNew: number; rewrite: boolean }): Record<string, TermSetData> | undefined {
  if (!options.rewrite && built < options.minNew) return undefined;
  const out: Record<string, TermSetData> = {};
  const keep = used.size + loaded.size <= options.limit ? [...loaded, ...used] : [...used].slice(0, options.limit);
  for (const [key, data] of keep) out[key] = data;
  return out;
}

/** Forget what was adopted and built (tests). */
export function resetTermCache(): void {
  recording = false;
  pendingLoad = undefined;
  loaded = new Map();
  used.clear();
  built = 0;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);

function isPatternData(x: unknown): x is PatternData {
  return (
    Array.isArray(x) &&
    x.length === 8 &&
    isString(x[0]) &&
    typeof x[1] === 'boolean' &&
    Number.isInteger(x[2]) &&
    isString(x[3]) &&
    isString(x[4]) &&
    isStrings(x[5]) &&
    isString(x[6]) &&
    isStrings(x[7])
  );
}

function isTermSetData(x: unknown): x is TermSetData {
  if (!isRecord(x) || !Array.isArray(x['modes']) || !(x['anchors'] === null || isStrings(x['anchors']))) return false;
  return x['modes'].every((mode: unknown) => Array.isArray(mode) && mode.length > 0 && mode.every(isPatternData));
}
