/**
 * YAML parsing and JSON Schema validation of clause files, with every problem located at the
 * line and column of the offending key or value.
 *
 * Clause packs are data, never code: the YAML is read with the core schema (custom tags are
 * rejected, aliases are capped) and Ajv compiles only our own bundled schemas, once.
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import lexiconSchema from '../../../../clauses/schema/lexicon.schema.json';
import packSchema from '../../../../clauses/schema/pack.schema.json';
import requirementSchema from '../../../../clauses/schema/requirement.schema.json';
import type { LoadProblem } from '../types';
import type { LineIndex } from './source';

export type SchemaKind = 'requirement' | 'pack' | 'lexicon';

let validators: Record<SchemaKind, ValidateFunction> | undefined;

function validator(kind: SchemaKind): ValidateFunction {
  if (!validators) {
    // verbose: errors carry their parent schema, which lists the allowed keys for messages.
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
    validators = { requirement: ajv.compile(requirementSchema), pack: ajv.compile(packSchema), lexicon: ajv.compile(lexiconSchema) };
  }
  return validators[kind];
}

/**
 * Values of the bundled pack's files, already parsed and validated at build time (esbuild.mjs
 * defines __VALIDATED_YAML__), keyed by a hash of the schema kind and the exact YAML text. A
 * process that reads only unchanged bundled files then needs neither the YAML parser nor Ajv's
 * schema compilation (about half a second of every CLI run and worker start). An edited file
 * hashes differently and is parsed and checked as usual; run from sources there is no table.
 */
declare const __VALIDATED_YAML__: Record<string, string> | undefined;
let prevalidated: ReadonlyMap<string, string> = new Map(typeof __VALIDATED_YAML__ === 'undefined' ? [] : Object.entries(__VALIDATED_YAML__));
let recorder: Map<string, string> | undefined;

function validatedKey(kind: SchemaKind, yaml: string): string {
  return createHash('sha256').update(kind).update('\0').update(yaml).digest('base64');
}

/** From now on, add every value that validates without problems (and survives JSON) to `into`: the build's table. */
export function recordValidated(into: Map<string, string> | undefined): void {
  recorder = into;
}

/** Replaces the table of prevalidated values (tests; the build bakes it in). */
export function usePrevalidated(table: ReadonlyMap<string, string>): void {
  prevalidated = table;
}

export interface Position {
  line: number;
  column: number;
}

/** Finds the position of a value (or its key) by a path of keys and indexes. */
export type Locate = (path: readonly (string | number)[], atKey?: boolean) => Position;

export interface ParsedYaml {
  /** The plain data, when the YAML parsed and validated without problems. */
  value?: unknown;
  problems: LoadProblem[];
  locate: Locate;
}

/**
 * Parses `yaml` (found at `base` in the file indexed by `index`) and validates it against the
 * schema of `kind`. `value` is set only when there were no problems.
 */
export function parseAndValidate(
  kind: SchemaKind,
  yaml: string,
  base: number,
  index: LineIndex,
  file: string,
): ParsedYaml {
  const at = (offset: number): Position => index.position(base + Math.max(0, Math.min(offset, yaml.length)));
  const key = prevalidated.size || recorder ? validatedKey(kind, yaml) : '';
  const known = prevalidated.get(key);
  if (known !== undefined) {
    // Later checks (terms, placeholders) may still need positions: parse then.
    let parsedDoc: Document | undefined;
    const locateLazily: Locate = (path, atKey = false) => at(locateOffset((parsedDoc ??= parseYaml(yaml)), path, atKey));
    return { value: JSON.parse(known) as unknown, problems: [], locate: locateLazily };
  }
  const doc = parseYaml(yaml);
  const locate: Locate = (path, atKey = false) => at(locateOffset(doc, path, atKey));
  const problems: LoadProblem[] = [];

  for (const e of [...doc.errors, ...doc.warnings]) {
    const excerpt = e.code === 'DUPLICATE_KEY' ? keyAt(yaml, e.pos[0]) : yaml.slice(e.pos[0], e.pos[1]);
    // YAML notices an unclosed quote or bracket only where the input ends, so say where to look.
    const atEnd = e.pos[0] >= yaml.trimEnd().length ? ' (look above for an unclosed quote or bracket)' : '';
    problems.push({ file, ...at(e.pos[0]), message: yamlMessage(e.code, e.message, excerpt) + atEnd });
  }
  if (problems.length) return { problems, locate };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    const message = (err as Error).message;
    // A file whose aliases expand without bound (a "billion laughs") is refused whole, and says so.
    const said = /alias/i.test(message)
      ? `YAML: too many alias references (*name): a clause pack file may expand at most ${MAX_ALIASES}; write the values out. The file was not loaded.`
      : `YAML: ${message}`;
    return { problems: [{ file, line: at(0).line, message: said }], locate };
  }

  const validate = validator(kind);
  if (!validate(value)) {
    for (const e of validate.errors ?? []) {
      const { path, atKey, message } = describeError(e, value, kind);
      problems.push({ file, ...locate(path, atKey), message });
    }
    return { problems: dedupe(problems).sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)), locate };
  }
  if (recorder) {
    const json = JSON.stringify(value);
    if (isDeepStrictEqual(JSON.parse(json), value)) recorder.set(key, json);
  }
  return { value, problems, locate };
}

/** Aliases a pack file may expand: enough for hand-written reuse, too few for an exponential blow-up. */
const MAX_ALIASES = 20;

function parseYaml(yaml: string): Document {
  return parseDocument(yaml, { prettyErrors: false, uniqueKeys: true, schema: 'core', merge: false });
}

function yamlMessage(code: string, message: string, excerpt: string): string {
  if (code === 'DUPLICATE_KEY') return `YAML: the key "${excerpt}" appears twice`;
  if (code === 'TAG_RESOLVE_FAILED') return `YAML: tags such as "${excerpt}" are not allowed in clause files`;
  return `YAML syntax error: ${message}`;
}

/** The key text starting at `offset` ("id" in "id: x"); YAML reports only its first character. */
function keyAt(yaml: string, offset: number): string {
  const line = yaml.slice(offset, yaml.indexOf('\n', offset) === -1 ? undefined : yaml.indexOf('\n', offset));
  const colon = line.indexOf(':');
  return (colon === -1 ? line : line.slice(0, colon)).trim();
}

function locateOffset(doc: Document, path: readonly (string | number)[], atKey: boolean): number {
  let node: unknown = doc.contents;
  let best = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyStart = rangeStart(pair.key) ?? best;
      if (last && atKey) return keyStart;
      // An empty value ("title:") has no useful range of its own: point at the key.
      const value = pair.value;
      const empty = value === null || (isScalar(value) && value.value === null);
      best = empty ? keyStart : (rangeStart(value) ?? keyStart);
      node = value;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) break;
      best = rangeStart(item) ?? best;
      node = item;
    } else break;
  }
  return best;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : undefined;
}

function dedupe(problems: LoadProblem[]): LoadProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- Ajv error → plain message -------------------------------------------------------------

interface Described {
  path: (string | number)[];
  atKey: boolean;
  message: string;
}

function describeError(e: ErrorObject, root: unknown, kind: SchemaKind): Described {
  const path: (string | number)[] = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const name = displayPath(path);
  const where = name ? `${name}: ` : '';
  const got = valueAt(root, path);
  const params = e.params as Record<string, unknown>;

  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = closest(key, allowed);
      const hint = guess ? ` Did you mean "${guess}"?` : ` Allowed keys: ${allowed.join(', ')}.`;
      return { path: [...path, key], atKey: true, message: `${displayPath([...path, key])}: unknown key.${hint}` };
    }
    case 'required': {
      const key = String(params.missingProperty);
      const owner = name ? ` in ${name}` : '';
      return { path, atKey: false, message: `missing required key "${key}"${owner}` };
    }
    case 'enum':
      return {
        path,
        atKey: false,
        message: `${where}must be one of ${(params.allowedValues as unknown[]).join(', ')} (got ${show(got)})`,
      };
    case 'const':
      return { path, atKey: false, message: `${where}must be "${String(params.allowedValue)}" (got ${show(got)})` };
    case 'type':
      return { path, atKey: false, message: typeMessage(where, String(params.type), got, kind, path.length === 0) };
    case 'minItems':
      return { path, atKey: false, message: `${where}${params.limit === 1 ? 'must not be empty' : `needs at least ${params.limit} entries`}` };
    case 'maxItems':
      return { path, atKey: false, message: `${where}has too many entries (at most ${params.limit})` };
    case 'minLength':
      return { path, atKey: false, message: `${where}must not be empty` };
    case 'maxLength':
      return { path, atKey: false, message: `${where}is too long (at most ${params.limit} characters)` };
    case 'pattern':
      return { path, atKey: false, message: `${where}${patternMessage(path, kind)} (got ${show(got)})` };
    case 'uniqueItems':
      return { path, atKey: false, message: `${where}lists the same value twice (entries ${Number(params.j) + 1} and ${Number(params.i) + 1})` };
    case 'exclusiveMinimum':
      return { path, atKey: false, message: `${where}must be greater than ${params.limit} (got ${show(got)})` };
    case 'maximum':
      return { path, atKey: false, message: `${where}must be at most ${params.limit} (got ${show(got)})` };
    default:
      return { path, atKey: false, message: `${where}${e.message ?? 'is invalid'}` };
  }
}

/** "detect[0][2]", "citation.verified". */
function displayPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a set of fields';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}..."` : s;
}

function typeMessage(where: string, type: string, got: unknown, kind: SchemaKind, isRoot: boolean): string {
  if (isRoot) {
    return kind === 'pack'
      ? 'pack.yaml must contain YAML fields ("key: value" lines)'
      : kind === 'lexicon'
        ? 'the lexicon must contain YAML fields ("key: value" lines)'
        : 'the front matter must contain YAML fields ("key: value" lines) between the two "---" lines';
  }
  const expected: Record<string, string> = {
    string: 'text',
    array: 'a list, e.g. [a, b] or one "- item" per line',
    object: 'a set of "key: value" fields',
    boolean: 'true or false',
    number: 'a number',
  };
  const hint = type === 'string' && (typeof got === 'number' || typeof got === 'boolean') ? ' (put it in quotes)' : '';
  return `${where}must be ${expected[type] ?? type} (got ${show(got)})${hint}`;
}

function patternMessage(path: readonly (string | number)[], kind: SchemaKind): string {
  const key = path[path.length - 1];
  if (key === 'id' && kind === 'requirement') return 'must be lower-case words joined by dots, e.g. "mfa.provider-access"';
  if (key === 'id') return 'must be lower-case letters, digits and hyphens, e.g. "my-pack"';
  if (key === 'url') return 'must be a web address starting with https://';
  if (path[0] === 'requirements') return 'must be the name of a .md file';
  if (path[0] === 'controls') return CONTROL_ID_HINTS[String(path[1])] ?? 'has an invalid format';
  return 'has an invalid format';
}

/** What a control id of each framework looks like (see `controls` in requirement.schema.json). */
const CONTROL_ID_HINTS: Record<string, string> = {
  'nist-800-53r5': 'must be a NIST SP 800-53 control id such as "AC-6" or "IA-2(1)"',
  'nist-800-171r2': 'must be a NIST SP 800-171 Rev. 2 id such as "3.5.3"',
  'nist-800-171r3': 'must be a NIST SP 800-171 Rev. 3 id such as "03.05.03"',
  ism: 'must be an ISM control id such as "ISM-1173"',
};

/** Suggests the allowed key closest to a misspelt one (edit distance ≤ 2). */
function closest(key: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
