/**
 * clauselint on the command line: the same engine and catalog as the editor.
 * Usage: clauselint [--format text|json] <file.md> …   (exit 1 when an error-severity finding is reported)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisService } from './service';
import { normalizeSettings } from './settings';
import { jsonFile, jsonReport } from './reporters/json';

function main(argv: string[]): number {
  let format = 'text';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format') format = argv[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice('--format='.length);
    else if (a.startsWith('-')) {
      process.stderr.write(`clauselint: unknown option ${a}\n`);
      return 2;
    } else files.push(a);
  }
  if (!files.length || (format !== 'text' && format !== 'json')) {
    process.stderr.write('usage: clauselint [--format text|json] <file.md> …\n');
    return 2;
  }
  const { settings } = normalizeSettings(undefined);
  const service = new AnalysisService([process.cwd()]);
  const reports = [];
  let errors = 0;
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      process.stderr.write(`clauselint: cannot read ${file}: ${(e as Error).message}\n`);
      return 2;
    }
    // Files named on the command line are always checked.
    const result = service.check(path.resolve(file), text, settings, { force: true });
    errors += result.problems.filter((f) => f.severity === 'error').length;
    if (format === 'json') {
      reports.push(jsonFile(file, result));
      continue;
    }
    process.stdout.write(`${file}\n`);
    for (const n of result.notices) process.stdout.write(`  ${n.message}\n`);
    for (const f of result.problems) {
      const pos = result.lines.position(f.range.start);
      process.stdout.write(`  ${pos.line + 1}:${pos.character + 1}  ${f.severity.padEnd(7)}  ${f.requirement.id.padEnd(38)}  ${f.message}\n`);
    }
  }
  if (format === 'json') process.stdout.write(JSON.stringify(jsonReport(service.catalogFor(settings), reports), null, 2) + '\n');
  return errors ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
