/**
 * clauselint settings: the same keys in the editor (`clauselint.*`) and in the CLI config file.
 * Bad values never break checking: each is replaced by its default and reported once.
 */
import type { Perspective, Severity } from './engine/types';

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
};

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

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
  if (r.enable !== undefined) {
    if (typeof r.enable === 'boolean') s.enable = r.enable;
    else bad('enable', 'true or false');
  }
  stringList('packs');
  stringList('include');
  stringList('exclude');
  if (r.perspective !== undefined) {
    if (r.perspective === 'customer' || r.perspective === 'provider') s.perspective = r.perspective;
    else bad('perspective', '"customer" or "provider"');
  }
  if (r.run !== undefined) {
    if (r.run === 'onType' || r.run === 'onSave') s.run = r.run;
    else bad('run', '"onType" or "onSave"');
  }
  for (const key of ['debounceMs', 'maxFileSizeKB'] as const) {
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
