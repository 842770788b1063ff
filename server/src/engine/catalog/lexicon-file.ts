/**
 * Reads a pack's lexicon.yaml (schema-checked like every pack file) and tells the engine which
 * compiled lexicon a requirement is read with: its pack's (added to the bundled one), else the
 * bundled pack's.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileLexicon, mergeLexicons, type Lexicon, type LexiconData } from '../lexicon';
import type { LoadProblem, Requirement } from '../types';
import { defaultPackDir } from './paths';
import { LineIndex, normalizeText } from './source';
import { parseAndValidate } from './validate';

/** Parses and validates lexicon YAML; `data` only when there were no problems. */
export function parseLexicon(text: string, file: string): { data?: LexiconData; problems: LoadProblem[] } {
  const normalized = normalizeText(text);
  const parsed = parseAndValidate('lexicon', normalized, 0, new LineIndex(normalized), file);
  if (!parsed.value) return { problems: parsed.problems };
  return { data: parsed.value as LexiconData, problems: [] };
}

let bundled: Lexicon | undefined;

/** The bundled pack's lexicon, compiled once. A broken bundled lexicon is a packaging error: it throws. */
export function bundledLexicon(): Lexicon {
  if (bundled) return bundled;
  const bundledFile = path.join(defaultPackDir(), 'lexicon.yaml');
  const { data, problems } = parseLexicon(fs.readFileSync(bundledFile, 'utf8'), bundledFile);
  if (!data) throw new Error(`clauselint: the bundled lexicon is invalid: ${problems.map((p) => `${path.basename(p.file)}:${p.line ?? 0} ${p.message}`).join('; ')}`);
  bundled = compileLexicon(data);
  return bundled;
}

const byRequirement = new WeakMap<Requirement, Lexicon>();

/** A pack's lexicon data, added to the bundled one and compiled. */
export function packLexicon(data: LexiconData): Lexicon {
  return compileLexicon(mergeLexicons(bundledLexicon().data, data));
}

export function attachLexicon(req: Requirement, lexicon: Lexicon): void {
  byRequirement.set(req, lexicon);
}

/** The lexicon `req` is read with (a copy of a requirement is read with the bundled one). */
export function lexiconFor(req: Requirement): Lexicon {
  return byRequirement.get(req) ?? bundledLexicon();
}
