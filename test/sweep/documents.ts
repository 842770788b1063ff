/**
 * The documents the sweeps run: every example of the CommonMark specification (npm package
 * commonmark-spec; "→" stands for a tab there) and every draft of the evaluation corpus.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface SweepDocument {
  name: string;
  text: string;
}

interface SpecExample {
  markdown: string;
  section: string;
  number: number;
}

export function commonMarkExamples(): SweepDocument[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const spec = require('commonmark-spec') as { tests: SpecExample[] };
  return spec.tests.map((t) => ({ name: `example-${String(t.number).padStart(3, '0')}.md`, text: t.markdown.replace(/→/g, '\t') }));
}

/** The evaluation corpus lives beside the repository (../shared/eval/corpus). */
export const CORPUS_DIR = path.resolve(__dirname, '../../../shared/eval/corpus');

export function corpusDocuments(): SweepDocument[] {
  if (!fs.existsSync(CORPUS_DIR)) return [];
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(CORPUS_DIR, name), 'utf8') }));
}
