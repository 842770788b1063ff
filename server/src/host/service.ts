/**
 * Document checking shared by the language server and the CLI: chooses the catalog for a
 * document's settings, applies the selection rules and the size/binary guards, runs the engine.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeContractSet, mayLinkParts, parseDocument, problemFindings, type AnalysisResult, type ContractSetAnalysis } from '../engine';
import { resolveContractSet, type FileReader, type SetProblem } from './contract-sets';
import { IncrementalAnalyzer } from '../engine';
import { defaultPackDir, findWorkspacePacks, loadCatalog } from '../engine';
import { LineIndex } from '../engine';
import type { Catalog, Finding, LoadProblem, Severity, Span } from '../engine';
import type { RemarkOffload } from '../engine';
import { selectDocument } from './selection';
import type { Settings } from './settings';
import { URI } from './uri';

/** A document-level notice that is not a requirement finding (too large, binary, bad pack). */
export interface Notice extends Span {
  code: string;
  message: string;
  severity: Severity;
}

export interface CheckResult {
  checked: boolean;
  reason: string;
  lines: LineIndex;
  /** For a contract set's main document: its own view (the findings located in it). */
  analysis?: AnalysisResult;
  problems: Finding[];
  notices: Notice[];
  /** Set when the document is the main document of a contract set. */
  set?: SetCheck;
  /** Set when the document was checked as a part of a contract set (its main document's check). */
  memberOf?: SetCheck;
}

/** A contract set checked from its main document: the whole analysis, and each part's own view. */
export interface SetCheck {
  analysis: ContractSetAnalysis;
  /** The parts read, in the form of the main's `uri` (a URI or a path), with their own results. */
  parts: { file: string; path: string; result: CheckResult }[];
  /** Every file named as a part (absolute paths), read or not. */
  named: string[];
  problems: SetProblem[];
}

export interface CheckOptions {
  force?: boolean;
  /** Reads the parts of a contract set; without it the document is checked on its own. */
  read?: FileReader;
  /** Reads long runs on a worker thread while the check yields (the language server's checks). */
  offload?: RemarkOffload;
}

export const TOO_COMPLEX = 'document-too-complex';

/**
 * The result for a document whose check ran past settings.maxCheckMs: one notice on its first
 * line. Markdown nested or repeated in ways the parser handles slowly does that, not contract text.
 */
export function tooComplex(text: string, settings: Settings): CheckResult {
  const message =
    `clauselint: too complex to check: reading this document took longer than clauselint.maxCheckMs (${settings.maxCheckMs} ms), ` +
    'so it was not checked. Long runs of deeply nested lists or quotes cause this; raise the setting to check it anyway.';
  const lines = new LineIndex(text);
  return { checked: false, reason: 'too complex', lines, problems: [], notices: [{ start: 0, end: lines.lineEnd(0), code: TOO_COMPLEX, severity: 'warning', message }] };
}

/** Heuristic for binary content: NUL bytes or many control characters in the first 8 KB. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  return head.length > 0 && controlCount(head) / head.length > 0.05;
}

/**
 * Control characters other than tab, newline, form feed and carriage return. A function of its
 * own: V8 compiles the loop while it runs, and with the never-run test after it in the same
 * function it threw that code away again on every file of a CLI run.
 */
function controlCount(head: string): number {
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control;
}

/**
 * Analyzers (block caches) are kept for the documents checked most recently, up to this many
 * characters of text in all, so an editor's open drafts stay incremental and a CLI run over a
 * thousand files does not hold them all.
 */
const ANALYZER_CACHE_CHARS = 8 * 1024 * 1024;

/** How often (wall milliseconds) a check reads the CPU clock against its budget. */
const BUDGET_POLL_MS = 5;

/** The cores this process may run on: its CPU time grows at most this fast. */
const CORES = Math.max(1, os.availableParallelism());

/**
 * Milliseconds of CPU time this process has used. The budget counts CPU time, not wall time: a
 * machine busy with other work would otherwise report ordinary drafts as too complex.
 */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export class AnalysisService {
  /**
   * Threads checking files at once in this process (CLI workers): CPU time is counted for the
   * whole process, so the budget grows with them.
   */
  budgetScale = 1;

  private readonly optedIn = new Set<string>();
  private catalogs = new Map<string, Catalog>();
  /** Per document, most recently used last. */
  private readonly analyzers = new Map<string, { analyzer: IncrementalAnalyzer; size: number }>();

  constructor(
    private readonly workspaceFolders: string[],
    private readonly warn: (message: string) => void = () => {},
    /** Told the problems of every catalog it loads (the server shows them on the pack files). */
    private readonly reportProblems: (problems: readonly LoadProblem[]) => void = () => {},
  ) {}

  optIn(uri: string): void {
    this.optedIn.add(uri);
  }

  forget(uri: string): void {
    this.optedIn.delete(uri);
    this.analyzers.delete(uri);
  }

  private analyzerFor(uri: string, size: number): IncrementalAnalyzer {
    const kept = this.analyzers.get(uri);
    this.analyzers.delete(uri);
    const analyzer = kept?.analyzer ?? new IncrementalAnalyzer();
    this.analyzers.set(uri, { analyzer, size });
    let total = 0;
    for (const a of this.analyzers.values()) total += a.size;
    for (const [key, a] of this.analyzers) {
      if (total <= ANALYZER_CACHE_CHARS || key === uri) break;
      this.analyzers.delete(key);
      total -= a.size;
    }
    return analyzer;
  }

  reloadCatalog(): void {
    this.catalogs.clear();
  }

  /** The catalog for a set of enabled packs: the bundled pack plus workspace packs, filtered. */
  catalogFor(settings: Settings, folder?: string): Catalog {
    const key = `${folder ?? ''}\u0000${settings.packs.join(',')}`;
    let catalog = this.catalogs.get(key);
    if (!catalog) {
      const dirs = [defaultPackDir(), ...(folder ? findWorkspacePacks(folder) : [])];
      const all = loadCatalog(dirs);
      const enabled = new Set(settings.packs);
      const packs = all.packs.filter((p) => enabled.has(p.id));
      const requirements = all.requirements.filter((r) => enabled.has(r.pack));
      const problems: LoadProblem[] = [...all.problems];
      for (const id of enabled) {
        if (!all.packs.some((p) => p.id === id)) problems.push({ file: 'settings', message: `clauselint.packs: no clause pack with id "${id}" was found` });
      }
      catalog = { packs, headings: all.headings, requirements, problems };
      for (const p of problems) this.warn(`clauselint: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
      if (problems.length) this.reportProblems(problems);
      this.catalogs.set(key, catalog);
    }
    return catalog;
  }

  /** The workspace folder that holds a file (the innermost, in a multi-root workspace). */
  folderOf(filePath: string | undefined): string | undefined {
    if (!filePath) return undefined;
    return this.workspaceFolders
      .filter((f) => filePath === f || filePath.startsWith(f.endsWith(path.sep) ? f : f + path.sep))
      .sort((a, b) => b.length - a.length)[0];
  }

  /**
   * Check one document. `uri` may be a file: URI or a plain path (CLI). Past settings.maxCheckMs
   * the check stops at its next step and the document gets the "too complex" notice instead.
   */
  check(uri: string, text: string, settings: Settings, options: CheckOptions = {}): CheckResult {
    // Synchronous: nothing here could wait for a worker, so every run is read on this thread.
    const steps = this.checkSteps(uri, text, settings, { ...options, offload: undefined });
    const budget = settings.maxCheckMs > 0 ? settings.maxCheckMs * this.budgetScale : Infinity;
    const started = cpuMs();
    // Reading the CPU clock is a system call (a slow one on some virtual machines), and a run over
    // many small files takes thousands of steps: read it once per BUDGET_POLL_MS of wall time (the
    // budget is seconds: a few ms late is nothing). Nor before the process can have used the
    // budget at all: it uses at most one CPU second per wall second per core.
    let poll = performance.now() + Math.max(BUDGET_POLL_MS, budget / CORES);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() < poll) continue;
      if (cpuMs() - started > budget) {
        steps.return(undefined as never);
        return tooComplex(text, settings);
      }
      poll = performance.now() + BUDGET_POLL_MS;
    }
  }

  /**
   * The same check in steps: it yields (progress 0…1) between blocks of the document, so the
   * language server can answer other requests meanwhile and drop a check a newer edit made stale.
   * Unchanged blocks of the document's previous version are not read or matched again.
   */
  *checkSteps(uri: string, text: string, settings: Settings, options: CheckOptions = {}): Generator<number, CheckResult, void> {
    const filePath = URI.toPath(uri) ?? (uri.includes(':') && !path.isAbsolute(uri) ? undefined : uri);
    const folder = this.folderOf(filePath);
    // A line index only where no analysis makes one (on a 1 MB draft it is 2 MB of garbage per keystroke).
    const base = (lines = new LineIndex(text)) => ({ lines, problems: [] as Finding[], notices: [] as Notice[] });
    if (!settings.enable) return { ...base(), checked: false, reason: 'clauselint.enable is false' };
    const relative = filePath && folder ? path.relative(folder, filePath) : filePath ?? uri;
    const selection = selectDocument(relative, settings, options.force === true || this.optedIn.has(uri));
    if (selection === 'skip') return { ...base(), checked: false, reason: 'excluded by clauselint.exclude' };
    const firstLine = { start: 0, end: text.search(/\r|\n|$/) };
    if (text.length > settings.maxFileSizeKB * 1024) {
      const message = `clauselint: this document is ${(text.length / 1024).toFixed(0)} KB, over the clauselint.maxFileSizeKB limit of ${settings.maxFileSizeKB} KB; it was not checked.`;
      return { ...base(), checked: false, reason: 'too large', notices: [{ ...firstLine, code: 'document-too-large', message, severity: 'info' }] };
    }
    if (looksBinary(text)) {
      const message = 'clauselint: this file looks binary (NUL or control characters); it was not checked.';
      return { ...base(), checked: false, reason: 'binary', notices: [{ ...firstLine, code: 'document-binary', message, severity: 'info' }] };
    }
    const catalog = this.catalogFor(settings, folder);
    if (options.read && filePath && mayNameParts(text, settings)) {
      const asSet = this.checkSet(uri, filePath, text, settings, { catalog, folder, force: selection === 'force', read: options.read });
      if (asSet) return asSet;
    }
    const analysis = yield* this.analyzerFor(uri, text.length).steps(
      text,
      { catalog, perspective: settings.perspective, severityOverrides: settings.severity, force: selection === 'force' },
      options.offload,
    );
    if (!analysis.isContract) return { ...base(analysis.lines), checked: false, reason: analysis.contractReason, analysis };
    return { checked: true, reason: analysis.contractReason, lines: analysis.lines, analysis, problems: problemFindings(analysis), notices: [] };
  }

  /** The main document of a contract set with its parts; undefined when it names no part. */
  private checkSet(uri: string, filePath: string, text: string, settings: Settings, o: { catalog: Catalog; folder?: string; force: boolean; read: FileReader }): CheckResult | undefined {
    const mainDoc = parseDocument(text);
    // Parts are read with the main document's guards: too large or binary counts as unreadable.
    const read: FileReader = (file) => {
      const partText = o.read(file);
      return partText === undefined || partText.length > settings.maxFileSizeKB * 1024 || looksBinary(partText) ? undefined : partText;
    };
    const resolved = resolveContractSet(filePath, mainDoc, settings, o.folder, read);
    if (!resolved.parts.length && !resolved.problems.length) return undefined;
    const asUri = (file: string): string => (URI.toPath(uri) ? URI.fromPath(file) : file);
    const set = analyzeContractSet([{ file: uri, doc: mainDoc }, ...resolved.parts.map((p) => ({ file: asUri(p.file), doc: p.doc }))], {
      catalog: o.catalog,
      perspective: settings.perspective,
      severityOverrides: settings.severity,
      force: o.force || resolved.declared,
    });
    const main = set.members[0]!.result;
    const notices: Notice[] = resolved.problems.map((p) => ({ start: p.start, end: p.end, code: 'contract-set', message: p.message, severity: 'warning' }));
    if (!set.isContract) return { checked: false, reason: main.contractReason, lines: main.lines, analysis: main, problems: [], notices };
    const parts = set.members.slice(1).map((m, i) => ({
      file: m.file,
      path: resolved.parts[i]!.file,
      result: { checked: true, reason: `part of the contract ${path.basename(filePath)}`, lines: m.result.lines, analysis: m.result, problems: problemFindings(m.result), notices: [] } as CheckResult,
    }));
    const check: SetCheck = { analysis: set, parts, named: resolved.named, problems: resolved.problems };
    for (const part of parts) part.result.memberOf = check;
    return { checked: true, reason: set.contractReason, lines: main.lines, analysis: main, problems: problemFindings(main), notices, set: check };
  }
}

const FRONT_MATTER_PARTS = /^\uFEFF?---\r?\n[\s\S]*?\bparts\s*:/;

/** A cheap test before parsing: can this text name parts at all? (Most drafts cannot: no second parse.) */
function mayNameParts(text: string, settings: Settings): boolean {
  return settings.contracts.length > 0 || FRONT_MATTER_PARTS.test(text.slice(0, 8192)) || (settings.partLinks && mayLinkParts(text));
}
