// Bundles the extension client, the language server and the CLI into dist/ (CommonJS, Node 20).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // unified/remark are ESM-only; esbuild turns them into CommonJS inside the bundle.
  mainFields: ['module', 'main'],
};

/**
 * The bundled pack's YAML, parsed and validated once here (scripts/validated-yaml.ts), is baked
 * into the bundles: a run then skips the YAML parser and Ajv's schema compilation for unchanged
 * bundled files (catalog/validate.ts). In watch mode an edited clause file just misses the table.
 */
function validatedYaml() {
  const script = 'dist/.validated-yaml.cjs';
  esbuild.buildSync({ ...common, sourcemap: false, minify: false, entryPoints: ['scripts/validated-yaml.ts'], outfile: script, logLevel: 'error' });
  try {
    return execFileSync(process.execPath, [script], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } finally {
    fs.rmSync(script, { force: true });
  }
}
common.define = { __VALIDATED_YAML__: validatedYaml() };

/**
 * The Word-import libraries (host/word-libs.ts, about 1.4 MB) are a bundle of their own,
 * dist/word-libs.js, required from beside the bundle on the first Word draft: the other bundles
 * leave word.ts's `require('./word-libs')` as it is, so a run that reads no .docx never loads them.
 */
const wordLibsApart = {
  name: 'word-libs-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/word-libs$/ }, () => ({ path: './word-libs.js', external: true }));
  },
};
/** The server's and the CLI's bundles. */
const server = { ...common, plugins: [wordLibsApart] };

const builds = [
  { ...common, entryPoints: ['server/src/host/word-libs.ts'], outfile: 'dist/word-libs.js' },
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...server, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' },
  // The bin (dist/cli.js) is a small launcher that runs the CLI bundle with its code cache (see codeCache below).
  { ...server, entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The CLI bundle; it also runs the CLI's worker threads (--jobs, cli/parallel.ts starts them through the bin).
  { ...server, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js' },
  // The language server's worker thread for long runs of Markdown: host/remark-workers.ts starts it from dist/.
  { ...server, entryPoints: ['server/src/host/remark-worker.ts'], outfile: 'dist/remark-worker.js' },
];

/**
 * The CLI bundle's V8 code cache (host/code-cache.ts): a training run over the example drafts
 * compiles what a check runs, and the cache keeps that bytecode for every later run. The cache
 * names a hash of the bundle it was made for, so a bundle rebuilt in watch mode just ignores it.
 */
function codeCache() {
  const script = 'dist/.code-cache.cjs';
  esbuild.buildSync({ ...common, sourcemap: false, minify: false, entryPoints: ['scripts/code-cache.ts'], outfile: script, logLevel: 'error' });
  const drafts = ['examples', 'test/fixtures/msp-drafts'].flatMap((dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => `${dir}/${f}`));
  try {
    execFileSync(process.execPath, [script, 'dist', ...drafts], { stdio: 'inherit' });
  } finally {
    fs.rmSync(script, { force: true });
  }
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  codeCache();
}
