/**
 * Finding the files of a contract set: the parts a main document names (front matter, links,
 * `contracts` in the settings), resolved against the main document's folder, read through a reader
 * the caller gives (the editor's open documents first, else the disk). Parts may name parts of
 * their own. A part that is missing, outside the workspace folder, or that would close a cycle is
 * not read; each becomes a warning on the main document, at the reference that named it.
 */
import * as path from 'node:path';
import { declaredParts, parseDocument, type ParsedDocument, type PartSource } from '../engine';
import type { Settings } from './settings';

/** The text of a file, or undefined when it cannot be read. */
export type FileReader = (file: string) => string | undefined;

export interface SetPart {
  /** Absolute path. */
  file: string;
  text: string;
  doc: ParsedDocument;
  source: PartSource;
}

export interface SetProblem {
  /** Offsets in the main document where the part was named (0–0 for a settings entry). */
  start: number;
  end: number;
  message: string;
}

export interface ResolvedSet {
  parts: SetPart[];
  problems: SetProblem[];
  /** A part was named in front matter or settings: the main document declares itself a contract. */
  declared: boolean;
  /** Every file named as a part, read or not (absolute), so the editor can watch them. */
  named: string[];
}

const MAX_PARTS = 50;

function inside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Parts named for `mainFile` by the settings' `contracts` entries (paths relative to `root`). */
function configuredParts(mainFile: string, settings: Settings, root: string | undefined): string[] {
  const base = root ?? path.dirname(mainFile);
  return settings.contracts.filter((c) => path.resolve(base, c.main) === mainFile).flatMap((c) => c.parts.map((p) => path.resolve(base, p)));
}

/**
 * The parts of the contract whose main document is `mainFile`. `root` is the workspace folder:
 * parts outside it are refused (a draft must not make the checker read arbitrary files).
 */
export function resolveContractSet(mainFile: string, mainDoc: ParsedDocument, settings: Settings, root: string | undefined, read: FileReader): ResolvedSet {
  const result: ResolvedSet = { parts: [], problems: [], declared: false, named: [] };
  const display = (file: string): string => path.relative(root ?? path.dirname(mainFile), file).split(path.sep).join('/') || file;
  const seen = new Set<string>([mainFile]);
  // Problems in a part's own references are shown on the main document, at the part's reference.
  const visit = (file: string, doc: ParsedDocument, chain: string[], at: { start: number; end: number } | undefined): void => {
    const refs: { target: string; source: PartSource; start: number; end: number }[] = declaredParts(doc, { links: settings.partLinks }).map((r) => ({
      ...r,
      target: path.resolve(path.dirname(file), r.target),
    }));
    if (file === mainFile) refs.push(...configuredParts(mainFile, settings, root).map((target) => ({ target, source: 'config' as const, start: 0, end: 0 })));
    for (const ref of refs) {
      const where = at ?? { start: ref.start, end: ref.end };
      if (ref.source !== 'link' && file === mainFile) result.declared = true;
      if (!result.named.includes(ref.target)) result.named.push(ref.target);
      if (chain.includes(ref.target)) {
        const cycle = [...chain.slice(chain.indexOf(ref.target)), ref.target].map(display).join(' → ');
        result.problems.push({ ...where, message: `clauselint: contract parts form a cycle (${cycle}); ${display(ref.target)} is not read again.` });
        continue;
      }
      if (seen.has(ref.target)) continue; // named twice (e.g. a link and the front matter)
      if (root && !inside(root, ref.target)) {
        result.problems.push({ ...where, message: `clauselint: the part ${ref.target} is outside the workspace folder; it was not read.` });
        continue;
      }
      if (result.parts.length >= MAX_PARTS) {
        result.problems.push({ ...where, message: `clauselint: a contract set is limited to ${MAX_PARTS} parts; ${display(ref.target)} was not read.` });
        continue;
      }
      seen.add(ref.target);
      const text = read(ref.target);
      if (text === undefined) {
        result.problems.push({ ...where, message: `clauselint: the part ${display(ref.target)} (named in ${sourceWords(ref.source)}) was not found or cannot be read; the contract is checked without it.` });
        continue;
      }
      const partDoc = parseDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      result.parts.push({ file: ref.target, text: partDoc.text, doc: partDoc, source: ref.source });
      visit(ref.target, partDoc, [...chain, ref.target], where);
    }
  };
  visit(mainFile, mainDoc, [mainFile], undefined);
  return result;
}

function sourceWords(source: PartSource): string {
  return source === 'front-matter' ? 'the front matter' : source === 'config' ? 'the contracts setting' : 'a link';
}
