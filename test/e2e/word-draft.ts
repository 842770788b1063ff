/**
 * The Word draft for the end-to-end import step, built by the same generator as the CLI tests
 * (test/word/make-docx.ts, with tracked changes), and what the server's conversion makes of it.
 *
 *   tsx test/e2e/word-draft.ts /abs/out/draft.docx
 *
 * Writes the .docx and prints JSON: { markdown, paragraphs, trackedChanges } (trackedChanges is the
 * note the import shows, or null), so the e2e step compares the editor with the converter.
 */
import * as fs from 'node:fs';
import { convertDocx, trackedChangesNote } from '../../server/src/host/word';
import { msaDocx } from '../word/make-docx';

async function main(out: string): Promise<void> {
  const docx = await msaDocx({ trackedChanges: true });
  fs.writeFileSync(out, docx);
  const c = await convertDocx(docx);
  process.stdout.write(JSON.stringify({ markdown: c.markdown, paragraphs: c.paragraphs, trackedChanges: trackedChangesNote(c.trackedChanges) ?? null }));
}

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: tsx test/e2e/word-draft.ts OUT.docx\n');
  process.exit(2);
}
main(out).catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
