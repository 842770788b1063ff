/**
 * Loads clause packs (a folder with pack.yaml and one Markdown file per requirement) into a
 * Catalog. Never throws on bad input: a broken file is reported with file, line and a plain
 * message and skipped, and the rest of the catalog keeps working.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isFile } from '../files';
import type { Catalog, LoadProblem, PackManifest, Perspective, Requirement } from '../types';
import type { Lexicon } from '../lexicon';
import { attachLexicon, packLexicon, parseLexicon } from './lexicon-file';
import { LineIndex, normalizeText, splitFrontMatter } from './source';
import { checkPlaceholders, checkTerms, termProblem } from './terms-check';
import { parseAndValidate, type Locate, type Position } from './validate';

export { BUNDLED_PACK, defaultPackDir } from './paths';
/** Clause files are small; anything bigger is a mistake (or an attack) and is not parsed. */
const MAX_FILE_BYTES = 256 * 1024;
const DEFAULT_PERSPECTIVES: readonly Perspective[] = ['customer', 'provider'];

// ---- single files -----------------------------------------------------------------------------

interface ParsedRequirement {
  requirement?: Requirement;
  problems: LoadProblem[];
  /** Where the id is (for a duplicate id): positions cost a YAML parse that prevalidated files skip. */
  idPosition?: () => Position;
}

/** Parses one requirement file: YAML front matter between `---` lines, then the template. */
export function parseRequirementFile(
  text: string,
  file: string,
  packId: string,
): { requirement?: Requirement; problems: LoadProblem[] } {
  const { requirement, problems } = parseRequirement(text, file, packId);
  return requirement ? { requirement, problems } : { problems };
}

function parseRequirement(text: string, file: string, packId: string): ParsedRequirement {
  const normalized = normalizeText(text);
  const index = new LineIndex(normalized);
  const split = splitFrontMatter(normalized);
  if (!split.ok) return { problems: [{ file, line: split.line, column: 1, message: split.message }] };

  const { yaml, yamlOffset, body, bodyOffset } = split.split;
  const parsed = parseAndValidate('requirement', yaml, yamlOffset, index, file);
  if (!parsed.value) return { problems: parsed.problems };

  const fields = parsed.value as FrontMatter;
  const problems = [...checkTerms(fields, file, parsed.locate), ...checkPlaceholdersIn(fields, body, bodyOffset, index, file, parsed.locate)];
  const template = body.trim();
  if (!template) {
    const line = index.position(Math.max(0, bodyOffset - 1)).line;
    problems.push({ file, line, column: 1, message: 'empty template: write the clause text below the closing "---" line' });
  }
  if (problems.length) return { problems };

  const requirement: Requirement = {
    ...fields,
    controls: fields.controls ?? {},
    exclude: fields.exclude ?? [],
    weaken: fields.weaken ?? [],
    thresholds: fields.thresholds ?? [],
    fallbacks: fields.fallbacks ?? [],
    perspectives: fields.perspectives ?? [...DEFAULT_PERSPECTIVES],
    template,
    pack: packId,
    file,
  };
  return { requirement, problems: [], idPosition: () => parsed.locate(['id']) };
}

/** The front matter as the schema guarantees it (defaults not yet applied). */
type Defaulted = 'controls' | 'exclude' | 'weaken' | 'thresholds' | 'fallbacks' | 'perspectives';
type FrontMatter = Omit<Requirement, 'template' | 'pack' | 'file' | Defaulted> & Partial<Pick<Requirement, Defaulted>>;

function checkPlaceholdersIn(
  fields: FrontMatter,
  body: string,
  bodyOffset: number,
  index: LineIndex,
  file: string,
  locate: Locate,
): LoadProblem[] {
  const problems = checkPlaceholders(body).map((p) => ({
    file,
    ...index.position(bodyOffset + p.offset),
    message: `template: ${p.message}`,
  }));
  (fields.fallbacks ?? []).forEach((fallback, i) => {
    for (const p of checkPlaceholders(fallback.text)) {
      problems.push({ file, ...locate(['fallbacks', i, 'text']), message: `fallbacks[${i}].text: ${p.message}` });
    }
  });
  return problems;
}

interface ParsedManifest {
  manifest?: PackManifest;
  problems: LoadProblem[];
  locate?: Locate;
}

/** Parses and validates a pack.yaml manifest. */
export function parsePackManifest(text: string, file: string): { manifest?: PackManifest; problems: LoadProblem[] } {
  const { manifest, problems } = parseManifest(text, file);
  return manifest ? { manifest, problems } : { problems };
}

function parseManifest(text: string, file: string): ParsedManifest {
  const normalized = normalizeText(text);
  const parsed = parseAndValidate('pack', normalized, 0, new LineIndex(normalized), file);
  if (!parsed.value) return { problems: parsed.problems };
  const manifest = parsed.value as PackManifest;
  const problems: LoadProblem[] = [];
  (manifest.requirements ?? []).forEach((entry, i) => {
    // Listed files must stay inside the pack folder: a pack must not read arbitrary files.
    const clean = path.posix.normalize(entry.replace(/\\/g, '/'));
    if (path.isAbsolute(entry) || clean.startsWith('../') || clean === '..') {
      problems.push({ file, ...parsed.locate(['requirements', i]), message: `requirements[${i}]: "${entry}" must be a file inside the pack folder` });
    }
  });
  return problems.length ? { problems } : { manifest, problems, locate: parsed.locate };
}

// ---- packs and catalogs -------------------------------------------------------------------------

/** Loads every pack folder in order. Later duplicates of a pack or requirement id are reported and skipped. */
export function loadCatalog(packDirs: readonly string[]): Catalog {
  const catalog: Catalog = { packs: [], headings: [], requirements: [], problems: [] };
  const packIds = new Map<string, string>();
  const requirementIds = new Map<string, string>();
  for (const dir of packDirs) loadPack(path.resolve(dir), catalog, packIds, requirementIds);
  return catalog;
}

function loadPack(dir: string, catalog: Catalog, packIds: Map<string, string>, requirementIds: Map<string, string>): void {
  const manifestFile = path.join(dir, 'pack.yaml');
  const manifestText = readText(manifestFile, catalog.problems, 'missing pack.yaml: every clause pack folder needs a pack.yaml manifest');
  if (manifestText === undefined) return;

  const { manifest, problems, locate } = parseManifest(manifestText, manifestFile);
  catalog.problems.push(...problems);
  if (!manifest || !locate) return;

  const firstPack = packIds.get(manifest.id);
  if (firstPack !== undefined) {
    catalog.problems.push({
      file: manifestFile,
      ...locate(['id']),
      message: `duplicate pack id "${manifest.id}": already loaded from ${shortPath(firstPack)}; this pack is skipped`,
    });
    return;
  }
  packIds.set(manifest.id, manifestFile);
  catalog.packs.push(manifest);
  const lexicon = manifest.lexicon ? loadLexicon(dir, manifest.lexicon, manifestFile, locate, catalog.problems) : undefined;
  // Topic words are plain terms like `detect`'s; a bad one is reported and left out.
  (manifest.headings ?? []).forEach((heading, i) => {
    if (!heading.topics) return;
    heading.topics = heading.topics.filter((term, j) => {
      const problem = termProblem(term);
      if (problem) catalog.problems.push({ file: manifestFile, ...locate(['headings', i, 'topics', j]), message: `headings[${i}].topics[${j}] "${term}": ${problem}` });
      return !problem;
    });
  });
  for (const heading of manifest.headings ?? []) if (!catalog.headings.some((h) => h.id === heading.id)) catalog.headings.push(heading);
  const ownHeadings = manifest.headings && new Set(manifest.headings.map((h) => h.id));

  for (const file of requirementFiles(dir, manifest, manifestFile, locate, catalog.problems)) {
    const text = readText(file, catalog.problems, 'file listed in pack.yaml not found');
    if (text === undefined) continue;
    const { requirement, problems: fileProblems, idPosition } = parseRequirement(text, file, manifest.id);
    catalog.problems.push(...fileProblems);
    if (!requirement) continue;
    const first = requirementIds.get(requirement.id);
    if (first !== undefined) {
      catalog.problems.push({
        file,
        ...idPosition?.(),
        message: `duplicate id "${requirement.id}": already defined in ${shortPath(first)}; this file is skipped`,
      });
      continue;
    }
    if (ownHeadings && !ownHeadings.has(requirement.heading)) {
      // A pack that declares its headings must use them: a typo would open a group of its own.
      catalog.problems.push({ file, message: `heading "${requirement.heading}" is not one of the headings in pack.yaml (${[...ownHeadings].join(', ')})` });
    }
    requirementIds.set(requirement.id, file);
    if (lexicon) attachLexicon(requirement, lexicon);
    catalog.requirements.push(requirement);
  }
}

/** A pack's lexicon, added to the bundled one; problems are reported and the bundled one is used. */
function loadLexicon(dir: string, entry: string, manifestFile: string, locate: Locate, problems: LoadProblem[]): Lexicon | undefined {
  const clean = path.posix.normalize(entry.replace(/\\/g, '/'));
  if (path.isAbsolute(entry) || clean.startsWith('../') || clean === '..') {
    problems.push({ file: manifestFile, ...locate(['lexicon']), message: `lexicon: "${entry}" must be a file inside the pack folder` });
    return undefined;
  }
  const file = path.join(dir, entry);
  const text = readText(file, problems, `lexicon file "${entry}" not found in the pack folder`);
  if (text === undefined) return undefined;
  const { data, problems: lexiconProblems } = parseLexicon(text, file);
  problems.push(...lexiconProblems);
  return data ? packLexicon(data) : undefined;
}

function requirementFiles(dir: string, manifest: PackManifest, manifestFile: string, locate: Locate, problems: LoadProblem[]): string[] {
  if (manifest.requirements) {
    const files: string[] = [];
    manifest.requirements.forEach((entry, i) => {
      const file = path.join(dir, entry);
      if (isFile(file)) files.push(file);
      else problems.push({ file: manifestFile, ...locate(['requirements', i]), message: `requirements[${i}]: file "${entry}" not found in the pack folder` });
    });
    return files;
  }
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.md') && e.name.toLowerCase() !== 'readme.md')
      .map((e) => path.join(dir, e.name))
      .sort();
  } catch (err) {
    problems.push({ file: dir, message: `cannot read the pack folder: ${(err as Error).message}` });
    return [];
  }
}

function readText(file: string, problems: LoadProblem[], missingMessage: string): string | undefined {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) {
      problems.push({ file, message: missingMessage });
      return undefined;
    }
    if (stat.size > MAX_FILE_BYTES) {
      problems.push({ file, message: `file too large (${stat.size} bytes; the limit is ${MAX_FILE_BYTES})` });
      return undefined;
    }
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    problems.push({ file, message: code === 'ENOENT' ? missingMessage : `cannot read file: ${(err as Error).message}` });
    return undefined;
  }
}


/** "aa22-131a/mfa.provider-access.md": enough to find the file, short enough to read. */
function shortPath(file: string): string {
  return path.join(path.basename(path.dirname(file)), path.basename(file));
}

// ---- pack locations -----------------------------------------------------------------------------

/** Workspace packs: `<root>/.clauselint/packs/<name>/` folders that contain a pack.yaml, sorted. */
export function findWorkspacePacks(workspaceRoot: string): string[] {
  const packsDir = path.join(workspaceRoot, '.clauselint', 'packs');
  try {
    return fs
      .readdirSync(packsDir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && isFile(path.join(packsDir, e.name, 'pack.yaml')))
      .map((e) => path.join(packsDir, e.name))
      .sort();
  } catch {
    return [];
  }
}
