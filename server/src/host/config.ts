/**
 * The CLI's configuration file, `.clauselint.json`: the editor's `clauselint.*` settings with the
 * same keys (`packs`, `perspective`, `severity`, `include`, `exclude`, …), normalized by
 * settings.ts so the editor and the command line read them identically.
 *
 * Each file uses the nearest `.clauselint.json` found by walking up from its folder; the folder
 * that holds it is the file's workspace root (globs are relative to it, workspace packs live in its
 * `.clauselint/packs/`). Unlike the editor, the CLI treats a bad value as an error: a CI gate that
 * quietly fell back to defaults would pass drafts it should fail.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isFile } from '../engine';
// The schema VS Code uses for .clauselint.json (package.json jsonValidation): one definition of valid.
import configSchema from '../../../schemas/clauselint.schema.json';
import { DEFAULT_SETTINGS } from './settings';

export const CONFIG_FILE_NAME = '.clauselint.json';

/** Keys accepted in a config file: every editor setting, plus `$schema` for editor completion. */
const KNOWN_KEYS = new Set<string>([...Object.keys(DEFAULT_SETTINGS), '$schema']);
const EDITOR_PREFIX = 'clauselint.';

export interface ConfigFile {
  file: string;
  /** The raw settings object (keys without the `clauselint.` prefix), for normalizeSettings. */
  raw: Record<string, unknown>;
}

export type ConfigLoad = { ok: true; config: ConfigFile } | { ok: false; errors: string[] };

/** Reads and checks one config file. Never throws; every problem names the file. */
export function loadConfigFile(file: string): ConfigLoad {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`${file}: cannot read the configuration file: ${(error as Error).message}`] };
  }
  text = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return { ok: false, errors: [`${file}${jsonErrorLocation(text, message)}: not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, errors: [`${file}: expected a JSON object such as {"perspective": "customer"}`] };
  }
  const raw: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const [key, value] of Object.entries(parsed)) {
    // Settings copied from .vscode/settings.json keep their prefix; accept both spellings.
    const bare = key.startsWith(EDITOR_PREFIX) ? key.slice(EDITOR_PREFIX.length) : key;
    if (!KNOWN_KEYS.has(bare)) {
      errors.push(`${file}: unknown setting "${key}"; known settings: ${[...KNOWN_KEYS].filter((k) => k !== '$schema').join(', ')}`);
    } else if (bare in raw) {
      errors.push(`${file}: "${bare}" is set twice (with and without the "clauselint." prefix)`);
    } else if (bare !== '$schema') {
      raw[bare] = value;
    }
  }
  if (errors.length) return { ok: false, errors };
  const validate = configValidator();
  if (!validate(parsed)) return { ok: false, errors: (validate.errors ?? []).map((e) => `${file}: ${schemaMessage(e)}`) };
  return { ok: true, config: { file, raw } };
}

let validator: ValidateFunction | undefined;

function configValidator(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addKeyword('enumDescriptions'); // VS Code's annotation in the shared schema
    validator = ajv.compile(configSchema);
  }
  return validator;
}

/** `"perspective" must be one of: customer, provider`, from one Ajv error. */
function schemaMessage(e: ErrorObject): string {
  const where = e.instancePath ? `"${e.instancePath.slice(1).replace(/\//g, '.').replace(/~1/g, '/').replace(/~0/g, '~')}"` : 'the file';
  if (e.keyword === 'enum') return `${where} must be one of: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  return `${where} ${e.message ?? 'is not valid'}`;
}

/** ":3:5" (line, column) for a JSON.parse error that names a position, else "". */
function jsonErrorLocation(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return '';
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `:${line}:${column}`;
}

/** Finds the nearest config file above a folder, caching every folder it visits. */
export class ConfigFinder {
  private readonly nearest = new Map<string, string | undefined>();

  find(folder: string): string | undefined {
    const visited: string[] = [];
    let found: string | undefined;
    for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
      if (this.nearest.has(dir)) {
        found = this.nearest.get(dir);
        break;
      }
      visited.push(dir);
      const candidate = path.join(dir, CONFIG_FILE_NAME);
      if (isFile(candidate)) {
        found = candidate;
        break;
      }
      if (path.dirname(dir) === dir) break;
    }
    for (const dir of visited) this.nearest.set(dir, found);
    return found;
  }
}

