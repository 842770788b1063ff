/**
 * Document checking shared by the language server and the CLI: chooses the catalog for a
 * document's settings, applies the selection rules and the size/binary guards, runs the engine.
 */
import * as path from 'node:path';
import { problemFindings, type AnalysisResult } from '../engine';
import { IncrementalAnalyzer } from '../engine';
import { defaultPackDir, findWorkspacePacks, loadCatalog } from '../engine';
import { LineIndex } from '../engine';
import type { Catalog, Finding, LoadProblem, Severity, Span } from '../engine';
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
  analysis?: AnalysisResult;
  problems: Finding[];
  notices: Notice[];
}

/** Heuristic for binary content: NUL bytes or many control characters in the first 8 KB. */
export function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return head.length > 0 && control / head.length > 0.05;
}

/**
 * Analyzers (block caches) are kept for the documents checked most recently, up to this many
 * characters of text in all, so an editor's open drafts stay incremental and a CLI run over a
 * thousand files does not hold them all.
 */
const ANALYZER_CACHE_CHARS = 8 * 1024 * 1024;

export class AnalysisService {
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
      catalog = { packs, requirements, problems };
      for (const p of problems) this.warn(`clauselint: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
      if (problems.length) this.reportProblems(problems);
      this.catalogs.set(key, catalog);
    }
    return catalog;
  }

  private folderOf(filePath: string | undefined): string | undefined {
    if (!filePath) return undefined;
    return this.workspaceFolders
      .filter((f) => filePath === f || filePath.startsWith(f.endsWith(path.sep) ? f : f + path.sep))
      .sort((a, b) => b.length - a.length)[0];
  }

  /** Check one document. `uri` may be a file: URI or a plain path (CLI). */
  check(uri: string, text: string, settings: Settings, options: { force?: boolean } = {}): CheckResult {
    const steps = this.checkSteps(uri, text, settings, options);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * The same check in steps: it yields (progress 0…1) between blocks of the document, so the
   * language server can answer other requests meanwhile and drop a check a newer edit made stale.
   * Unchanged blocks of the document's previous version are not read or matched again.
   */
  *checkSteps(uri: string, text: string, settings: Settings, options: { force?: boolean } = {}): Generator<number, CheckResult, void> {
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
    const analysis = yield* this.analyzerFor(uri, text.length).steps(text, {
      catalog,
      perspective: settings.perspective,
      severityOverrides: settings.severity,
      force: selection === 'force',
    });
    if (!analysis.isContract) return { ...base(analysis.lines), checked: false, reason: analysis.contractReason, analysis };
    return { checked: true, reason: analysis.contractReason, lines: analysis.lines, analysis, problems: problemFindings(analysis), notices: [] };
  }
}
