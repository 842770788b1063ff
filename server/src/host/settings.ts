/**
 * clauselint settings: the same keys in the editor (`clauselint.*`) and in the CLI config file.
 * Bad values never break checking: each is replaced by its default and reported once.
 */
import type { Perspective, Severity } from '../engine';

export interface Settings {
  enable: boolean;
  packs: string[];
  perspective: Perspective;
  severity: Record<string, Severity | 'off'>;
  include: string[];
  exclude: string[];
  run: 'onType' | 'onSave';
  debounceMs: number;
  maxFileSizeKB: number;
  /** Contract sets: a main document and its parts, paths relative to the workspace folder. */
  contracts: ContractDeclaration[];
  /** Read links in a main document whose text names a schedule, exhibit, annex, appendix or addendum as its parts. */
  partLinks: boolean;
  /** Milliseconds of CPU time reading and matching a document may take before it is reported as too complex (0: no limit). */
  maxCheckMs: number;
}

export interface ContractDeclaration {
  main: string;
  parts: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  packs: ['aa22-131a'],
  perspective: 'customer',
  severity: {},
  include: [],
  exclude: ['**/node_modules/**'],
  run: 'onType',
  debounceMs: 300,
  maxFileSizeKB: 4096,
  contracts: [],
  partLinks: true,
  maxCheckMs: 10000,
};

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

/** More "*" than this in one path segment lets a glob take minutes to match one path. */
const MAX_STARS_PER_SEGMENT = 3;
const MAX_BRACES = 8;

/**
 * Why a glob is refused, if it is. Globs become regular expressions, and settings may come from a
 * workspace the user does not trust: "*a*a*a*a*a*b" backtracks exponentially on a long file name.
 */
export function globProblem(glob: string): string | undefined {
  if (glob.length > 1000) return 'is longer than 1000 characters';
  // Each "{a,b}" doubles the alternatives a failing match may try.
  if ((glob.match(/\{/g) ?? []).length > MAX_BRACES) return `has more than ${MAX_BRACES} "{…}" groups, which can make matching take minutes`;
  const crowded = glob.split('/').some((segment) => segment !== '**' && (segment.match(/\*/g) ?? []).length > MAX_STARS_PER_SEGMENT);
  return crowded ? `has more than ${MAX_STARS_PER_SEGMENT} "*" in one path segment, which can make matching take minutes` : undefined;
}

/** Merge raw settings over the defaults; returns the clean settings and a message per bad value. */
export function normalizeSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const s: Settings = { ...DEFAULT_SETTINGS, severity: {} };
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings: s, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: s, problems: ['clauselint settings must be an object; using the defaults'] };
  }
  const r = raw as Record<string, unknown>;
  const bad = (key: string, expected: string): void => {
    problems.push(`clauselint.${key}: expected ${expected}, got ${JSON.stringify(r[key])}; using the default`);
  };
  const stringList = (key: 'packs' | 'include' | 'exclude'): void => {
    const v = r[key];
    if (v === undefined) return;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) s[key] = v as string[];
    else bad(key, 'a list of strings');
  };
  const globList = (key: 'include' | 'exclude'): void => {
    stringList(key);
    s[key] = s[key].filter((glob) => {
      const why = globProblem(glob);
      if (why) problems.push(`clauselint.${key}: ${JSON.stringify(glob.slice(0, 80))} ${why}; it is ignored`);
      return !why;
    });
  };
  for (const key of ['enable', 'partLinks'] as const) {
    if (r[key] === undefined) continue;
    if (typeof r[key] === 'boolean') s[key] = r[key];
    else bad(key, 'true or false');
  }
  if (r.contracts !== undefined) {
    const isDeclaration = (c: unknown): c is ContractDeclaration =>
      typeof c === 'object' && c !== null && typeof (c as ContractDeclaration).main === 'string' &&
      Array.isArray((c as ContractDeclaration).parts) && (c as ContractDeclaration).parts.every((p) => typeof p === 'string');
    if (Array.isArray(r.contracts) && r.contracts.every(isDeclaration)) s.contracts = r.contracts.map((c) => ({ main: c.main, parts: [...c.parts] }));
    else bad('contracts', 'a list of {"main": "msa.md", "parts": ["schedule-3.md", …]}');
  }
  stringList('packs');
  globList('include');
  globList('exclude');
  if (r.perspective !== undefined) {
    if (r.perspective === 'customer' || r.perspective === 'provider') s.perspective = r.perspective;
    else bad('perspective', '"customer" or "provider"');
  }
  if (r.run !== undefined) {
    if (r.run === 'onType' || r.run === 'onSave') s.run = r.run;
    else bad('run', '"onType" or "onSave"');
  }
  for (const key of ['debounceMs', 'maxFileSizeKB', 'maxCheckMs'] as const) {
    const v = r[key];
    if (v === undefined) continue;
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) s[key] = v;
    else bad(key, 'a non-negative number');
  }
  if (r.severity !== undefined) {
    if (typeof r.severity === 'object' && r.severity !== null && !Array.isArray(r.severity)) {
      for (const [id, level] of Object.entries(r.severity)) {
        if (typeof level === 'string' && SEVERITIES.has(level)) s.severity[id] = level as Severity | 'off';
        else problems.push(`clauselint.severity.${id}: expected error, warning, info or off, got ${JSON.stringify(level)}; ignored`);
      }
    } else bad('severity', 'an object mapping requirement ids to error, warning, info or off');
  }
  return { settings: s, problems };
}
