#!/usr/bin/env node
// clauselint end to end, in real editors: `npm run test:e2e`.
//
// 1. Builds and packages clauselint.vsix (npm run package) and installs the shared tools
//    (../shared/tools/vscode-e2e/setup.sh: code-server = VS Code 1.139, Chromium, Neovim).
// 2. VS Code, through the tool's run.mjs, on a copy of the sample draft: the Problems panel equals
//    what the engine computes and names the sample's four known gaps; the hover shows the advisory
//    citation; Ctrl+. offers "Insert … clause" for MFA, and applying + saving it writes exactly what
//    the engine's placement computes; the MFA diagnostic goes.
// 3. VS Code, through our own driver (lib/workbench.mjs), one session: a README that is not a
//    contract stays silent; the status bar item and the coverage view appear; editing the workspace
//    settings (perspective, severity) changes the diagnostics without a reload.
// 4. The package: every relative link and image of the packaged README resolves inside the .vsix;
//    its details page in the Extensions view renders that README; with the pictures at an https
//    home (vsce --baseImagesUrl, a local https server) every picture on the page loads.
// 5. A contract set (MSA + security schedule): the missing clause on the MSA, the fix into the schedule.
// 6. Revisions (own driver, git on): "Compare coverage with …" the last commit shows what clauselint
//    diff computes; "Import Word draft as Markdown" on a generated .docx writes the converter's
//    Markdown and gets the engine's diagnostics.
// 7. Neovim (../shared/tools/nvim-lsp/probe.sh) starts dist/server.js --stdio: same diagnostics,
//    the MFA code action applies.
//
// Options: --screenshots DIR (copy the README's images there), --skip-package (reuse clauselint.vsix),
// --only package,details,fix,live,sets,revisions,neovim (run some scenarios; a partial run is for
// debugging, not a pass).
// Exit: 0 all passed; 1 a check failed; 3 the tools could not be installed (a loud banner says so).
// Artifacts (JSON reports, logs, screenshots, workspaces): .e2e/run/ in the repository.
import fs from 'node:fs';
import path from 'node:path';
import { Report, infrastructureBanner } from './lib/report.mjs';
import { REPO, run, setupTools } from './lib/tools.mjs';
import { detailsScenario } from './scenarios/details.mjs';
import { fixScenario } from './scenarios/fix.mjs';
import { liveScenario } from './scenarios/live.mjs';
import { neovimScenario } from './scenarios/neovim.mjs';
import { packageScenario } from './scenarios/package.mjs';
import { revisionsScenario } from './scenarios/revisions.mjs';
import { setsScenario } from './scenarios/sets.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const screenshotsOut = option('--screenshots') ? path.resolve(option('--screenshots')) : null;
const skipPackage = args.includes('--skip-package');

const T0 = Date.now();
const artifacts = path.join(REPO, '.e2e', 'run');
fs.rmSync(artifacts, { recursive: true, force: true });
fs.mkdirSync(artifacts, { recursive: true });
const report = new Report();
const log = (message) => process.stderr.write(`[${((Date.now() - T0) / 1000).toFixed(1).padStart(6)}s] ${message}\n`);

report.section('build');
if (!skipPackage) {
  const pkg = await report.time('npm run package', () => run('npm', ['run', 'package'], { logFile: path.join(artifacts, 'package.log') }));
  if (!report.check('npm run package builds clauselint.vsix', pkg.code === 0, `${pkg.stdout}\n${pkg.stderr}`.trim().split('\n').slice(-20).join('\n'))) {
    report.summary(Date.now() - T0);
    process.exit(1);
  }
}
const vsix = path.join(REPO, 'clauselint.vsix');

report.section('tools (../shared/tools)');
let e2eEnv;
try {
  e2eEnv = await report.time('setup.sh (tools install; idempotent)', () => setupTools({ logFile: path.join(artifacts, 'setup.log') }));
  report.check('real-client tools installed (code-server, Chromium, Neovim)', true);
} catch (error) {
  if (!error.infrastructure) throw error;
  infrastructureBanner(error.message, 'Usually the npm registry or the Debian mirror was unreachable, or apt needs root.\nFix the machine and run `npm run test:e2e` again.');
  process.exit(3);
}

// The README's images are written on every run (artifacts/readme-images) and copied to
// --screenshots only when every check passed, so a broken run never replaces them.
const readmeImages = path.join(artifacts, 'readme-images');
const context = { report, env: e2eEnv, vsix, artifacts, log, screenshotsOut: readmeImages };
const scenarios = [
  ['package', 'The package: its README and manifest (the extension page)', packageScenario],
  ['details', 'VS Code: the extension\'s details page, its README and pictures (test/e2e/lib/workbench.mjs)', detailsScenario],
  ['fix', 'VS Code: Problems panel, hover, quick fix (tools/vscode-e2e/run.mjs)', fixScenario],
  ['live', 'VS Code: one live session (test/e2e/lib/workbench.mjs)', liveScenario],
  ['sets', 'VS Code: a contract set, MSA + security schedule (tools/vscode-e2e/run.mjs)', setsScenario],
  ['revisions', 'VS Code: Compare coverage with the last commit, Import Word draft (test/e2e/lib/workbench.mjs)', revisionsScenario],
  ['neovim', 'Neovim: the same server over --stdio (tools/nvim-lsp/probe.sh)', neovimScenario],
];
const only = option('--only')?.split(',');
for (const [name, title, scenario] of scenarios) {
  if (only && !only.includes(name)) continue;
  report.section(title);
  try {
    Object.assign(context, await scenario(context));
  } catch (error) {
    report.error(`${title}: the scenario stopped`, error);
  }
}

report.summary(Date.now() - T0);
process.stdout.write(`artifacts: ${path.relative(process.cwd(), artifacts) || artifacts}\n`);
if (screenshotsOut) {
  if (report.failed.length || only) {
    process.stdout.write(`screenshots NOT updated in ${screenshotsOut}: ${only ? 'a partial run (--only)' : 'a check failed'}\n`);
  } else {
    fs.mkdirSync(screenshotsOut, { recursive: true });
    for (const name of fs.readdirSync(readmeImages)) fs.copyFileSync(path.join(readmeImages, name), path.join(screenshotsOut, name));
    process.stdout.write(`screenshots: ${fs.readdirSync(readmeImages).sort().join(', ')} → ${path.relative(process.cwd(), screenshotsOut)}\n`);
  }
}
process.exit(report.failed.length ? 1 : 0);
