/**
 * Settings come from user JSON and can hold anything. Property: normalizeSettings never throws,
 * always returns well-typed settings, keeps every valid value, and names every bad one in a
 * message (and only the bad ones), using the default instead.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { selectDocument } from '../../server/src/host/selection';
import { DEFAULT_SETTINGS, globProblem, normalizeSettings, type Settings } from '../../server/src/host/settings';
import { params } from './config';

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** A value that is valid for `key`. */
const validValue: Record<keyof Settings, fc.Arbitrary<unknown>> = {
  enable: fc.boolean(),
  packs: fc.array(fc.string()),
  perspective: fc.constantFrom('customer', 'provider'),
  severity: fc.dictionary(fc.string(), fc.constantFrom('error', 'warning', 'info', 'off')),
  include: fc.array(fc.string().filter((g) => globProblem(g) === undefined)),
  exclude: fc.array(fc.string().filter((g) => globProblem(g) === undefined)),
  run: fc.constantFrom('onType', 'onSave'),
  debounceMs: fc.double({ min: 0, max: 1e6, noNaN: true }),
  maxFileSizeKB: fc.double({ min: 0, max: 1e7, noNaN: true }),
  contracts: fc.array(fc.record({ main: fc.string(), parts: fc.array(fc.string()) })),
  partLinks: fc.boolean(),
  maxCheckMs: fc.double({ min: 0, max: 1e7, noNaN: true }),
};

function assertWellTyped(s: Settings): void {
  assert.equal(typeof s.enable, 'boolean');
  assert.equal(typeof s.partLinks, 'boolean');
  assert.ok(Array.isArray(s.contracts) && s.contracts.every((c) => typeof c.main === 'string' && c.parts.every((p) => typeof p === 'string')));
  for (const key of ['packs', 'include', 'exclude'] as const) assert.ok(Array.isArray(s[key]) && s[key].every((x) => typeof x === 'string'), key);
  assert.ok(s.perspective === 'customer' || s.perspective === 'provider');
  assert.ok(s.run === 'onType' || s.run === 'onSave');
  for (const key of ['debounceMs', 'maxFileSizeKB', 'maxCheckMs'] as const) assert.ok(Number.isFinite(s[key]) && s[key] >= 0, key);
  assert.ok(Object.values(s.severity).every((v) => ['error', 'warning', 'info', 'off'].includes(v)));
}

describe('settings properties', () => {
  it('never throws and always yields well-typed settings, whatever the JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...KEYS, 'other'), fc.anything())), (raw) => {
        const { settings, problems } = normalizeSettings(raw);
        assertWellTyped(settings);
        assert.ok(problems.every((p) => typeof p === 'string' && p.startsWith('clauselint')));
      }),
      params(500),
    );
  });

  it('keeps valid values and reports exactly the bad keys, each by name', () => {
    // Undefined means "not set" (the default, no message), so it is left out.
    const entry = fc.constantFrom(...KEYS).chain((key) => fc.tuple(fc.constant(key), fc.oneof(validValue[key], fc.anything().filter((v) => v !== undefined))));
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: ([k]) => k }), (entries) => {
        const raw: Record<string, unknown> = Object.fromEntries(entries);
        const { settings, problems } = normalizeSettings(raw);
        for (const [key] of entries) {
          const value = raw[key];
          const alone = normalizeSettings({ [key]: value });
          const named = problems.filter((p) => p.startsWith(`clauselint.${key}`));
          assert.equal(named.length, alone.problems.length, `${key}: reported the same alone and with other keys`);
          // Entries, not objects: a kept severity map is a plain object whatever the input's prototype.
          // Likewise the kept contract declarations are plain objects (compared as JSON).
          const entries = (v: unknown): unknown => (v && typeof v === 'object' && !Array.isArray(v) ? Object.entries(v) : Array.isArray(v) ? JSON.parse(JSON.stringify(v)) : v);
          if (alone.problems.length === 0) assert.deepEqual(entries(settings[key]), entries(value), `${key}: a valid value is kept`);
          else if (key !== 'severity') assert.deepEqual(settings[key], DEFAULT_SETTINGS[key], `${key}: a bad value falls back to the default`);
        }
      }),
      params(300),
    );
    for (const key of KEYS) {
      fc.assert(fc.property(validValue[key], (v) => assert.deepEqual(normalizeSettings({ [key]: v }).problems, [], `${key}: ${JSON.stringify(v)}`)), params(50));
    }
  });

  it('accepts only globs that match a long path in linear time (settings may come from an untrusted workspace)', () => {
    const piece = fc.constantFrom('*', '*', '*', 'a', 'a', '/', '?', '**', '.', '+(', '*(', '@(', '!(', ')', '|', '{', ',', '}', '[a-z]', '\\');
    const glob = fc.oneof(
      fc.array(piece, { minLength: 1, maxLength: 24 }).map((p) => p.join('')),
      // The known exponential shapes: many wildcards between literals, repetition inside repetition.
      fc.tuple(fc.integer({ min: 1, max: 8 }), fc.constantFrom('a', '?', '.', '[a-z]')).map(([k, lit]) => `${`*${lit}`.repeat(k)}*b`),
      fc.tuple(fc.integer({ min: 1, max: 4 }), fc.constantFrom('+', '*', '@')).map(([k, op]) => `${`${op}(*a)`.repeat(k)}b`),
    );
    const paths = ['a'.repeat(250), `${'a/'.repeat(60)}b.md`, `${'a.'.repeat(120)}md`, 'contracts/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-draft.md'];
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), (globs) => {
        const { settings } = normalizeSettings({ include: globs, exclude: globs });
        for (const path of paths) {
          const started = performance.now();
          selectDocument(path, settings, false);
          const elapsed = performance.now() - started;
          // A hang detector, not a speed target: exponential matching takes minutes here.
          assert.ok(elapsed < 2_000, `${JSON.stringify(globs)} took ${Math.round(elapsed)} ms on ${path.slice(0, 30)}…`);
        }
      }),
      params(150),
    );
    assert.match(normalizeSettings({ exclude: ['*a*a*a*a*a*b'] }).problems[0]!, /^clauselint\.exclude: "\*a\*a\*a\*a\*a\*b" has more than 3 "\*"/);
    assert.deepEqual(normalizeSettings({ exclude: ['**/node_modules/**', 'drafts/*-v*.md'] }).problems, []);
    // Found by this property: parentheses and "+" were regex syntax to picomatch.
    const parens = normalizeSettings({ include: ['*(*/**)+(,*(', 'Contract (v2)*.md'] }).settings;
    assert.equal(selectDocument(`${'a/'.repeat(60)}b.md`, parens, false), 'auto');
    assert.equal(selectDocument('Contract (v2) final.md', parens, false), 'force');
  });
});
