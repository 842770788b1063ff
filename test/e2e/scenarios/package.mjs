// The package as the Marketplace and the extension's details page show it.
import fs from 'node:fs';
import { brokenReadmeLinks, zipEntries } from '../lib/vsix.mjs';

export async function packageScenario({ report, vsix }) {
  const { readme, targets, broken } = brokenReadmeLinks(vsix);
  report.check(`every relative link and image of the packaged README resolves inside the .vsix (${targets.length} targets)`, readme && targets.length > 0 && broken.length === 0, { broken });
  report.check('the packaged README is the one for the extension page (no developer commands)', readme && !/\bnpm (?:ci|run|install)\b/.test(readme), readme?.slice(0, 300));
  const manifest = JSON.parse(zipEntries(vsix).read('extension/package.json'));
  const fake = ['repository', 'bugs', 'homepage'].filter((k) => k in manifest && /example\.invalid/.test(JSON.stringify(manifest[k])));
  report.check('no placeholder repository, bugs or homepage URL in the packaged manifest', fake.length === 0, { fake });
  report.check('the .clauselint.json schema ships', zipEntries(vsix).entries.some((e) => e.name === 'extension/schemas/clauselint.schema.json') && fs.existsSync(vsix));
  // The language server starts it for long runs of Markdown (host/remark-workers.ts); without it they are read on its own thread.
  report.check('the server\'s worker thread for long runs ships', zipEntries(vsix).entries.some((e) => e.name === 'extension/dist/remark-worker.js'));
  // The server reads Word drafts with the libraries of their own bundle (host/word-libs.ts); without it a .docx revision fails.
  report.check('the Word-import libraries ship', zipEntries(vsix).entries.some((e) => e.name === 'extension/dist/word-libs.js'));
  return {};
}
