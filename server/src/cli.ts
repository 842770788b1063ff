/**
 * clauselint on the command line: the same engine and catalog as the editor.
 * Usage: clauselint [--force] <file.md> …   (prints findings with line:column; exit 1 on errors)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisService } from './service';
import { normalizeSettings } from './settings';

function main(argv: string[]): number {
  const files = argv.filter((a) => !a.startsWith('-'));
  const force = argv.includes('--force');
  if (!files.length) {
    process.stderr.write('usage: clauselint [--force] <file.md> …\n');
    return 2;
  }
  const { settings } = normalizeSettings(undefined);
  const service = new AnalysisService([process.cwd()]);
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
    const result = service.check(path.resolve(file), text, settings, { force: force || true });
    process.stdout.write(`${file}\n`);
    for (const n of result.notices) process.stdout.write(`  ${n.message}\n`);
    for (const f of result.problems) {
      const pos = result.lines.position(f.range.start);
      if (f.severity === 'error') errors++;
      process.stdout.write(`  ${pos.line + 1}:${pos.character + 1}  ${f.severity.padEnd(7)}  ${f.requirement.id.padEnd(38)}  ${f.message}\n`);
    }
  }
  return errors ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
