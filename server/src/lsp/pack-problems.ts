/**
 * Clause-pack problems where a drafter sees them. A log line is easy to miss, so each problem of a
 * pack file (bad YAML, a wrong type, an unknown key, a duplicate id, an empty template, a listed
 * file that is missing) becomes a diagnostic on that file at its line, in the Problems panel, and
 * one warning message says that the other clauses are still checked. Problems that belong to no
 * file (an unknown pack id in the settings) go into that message.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import type { LoadProblem } from '../engine';
import { URI } from '../host/uri';

export const PACK_PROBLEM_CODE = 'clause-pack';

export class PackProblems {
  private readonly byUri = new Map<string, Diagnostic[]>();
  private readonly seen = new Set<string>();
  private announced = false;

  constructor(private readonly connection: Connection) {}

  /** Report the problems of a freshly loaded catalog (problems already reported are skipped). */
  report(problems: readonly LoadProblem[]): void {
    const touched = new Set<string>();
    const unlocated: string[] = [];
    for (const p of problems) {
      const key = `${p.file}\u0000${p.line ?? ''}\u0000${p.column ?? ''}\u0000${p.message}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      if (!path.isAbsolute(p.file)) {
        unlocated.push(p.message);
        continue;
      }
      const uri = URI.fromPath(p.file);
      this.byUri.set(uri, [...(this.byUri.get(uri) ?? []), diagnosticFor(p)]);
      touched.add(uri);
    }
    for (const uri of touched) void this.connection.sendDiagnostics({ uri, diagnostics: this.byUri.get(uri)! });
    const count = [...touched].reduce((n, uri) => n + this.byUri.get(uri)!.length, 0) + unlocated.length;
    if (count === 0 || this.announced) return;
    this.announced = true;
    const first = unlocated[0] ?? [...touched].map((uri) => `${path.basename(URI.toPath(uri) ?? uri)}: ${this.byUri.get(uri)![0]!.message}`)[0]!;
    const where = touched.size ? ' See the Problems panel for each one.' : '';
    void this.connection.window.showWarningMessage(
      `clauselint: ${count} problem${count === 1 ? '' : 's'} in the clause packs (${first}). The affected clauses are skipped; everything else is still checked.${where}`,
    );
  }

  /** The pack problems shown on a file (to publish with its own diagnostics when it is open). */
  diagnosticsFor(uri: string): Diagnostic[] {
    // Compare as paths: editors and Node encode some characters of a file URI differently.
    const file = URI.toPath(uri);
    return (file && this.byUri.get(URI.fromPath(file))) || [];
  }

  /** Forget everything reported (the packs are about to be loaded again). */
  clear(): void {
    for (const uri of this.byUri.keys()) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.byUri.clear();
    this.seen.clear();
    this.announced = false;
  }
}

/** The problem's line (1-based in LoadProblem) to the end of that line, when the file is readable. */
function diagnosticFor(p: LoadProblem): Diagnostic {
  const line = Math.max(0, (p.line ?? 1) - 1);
  const character = Math.max(0, (p.column ?? 1) - 1);
  let end = character;
  try {
    // Pack files are small; a huge one is itself the problem and is not read.
    if (fs.statSync(p.file).size <= 256 * 1024) {
      const text = fs.readFileSync(p.file, 'utf8');
      end = Math.max(character, (text.split(/\r\n|\r|\n/)[line] ?? '').length);
    }
  } catch {
    // A missing file or a folder: the range stays empty at the start.
  }
  return {
    range: { start: { line, character }, end: { line, character: end } },
    severity: DiagnosticSeverity.Error,
    source: 'clauselint',
    code: PACK_PROBLEM_CODE,
    message: p.message,
  };
}
