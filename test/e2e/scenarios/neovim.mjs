// Neovim's built-in LSP client starts the same server over --stdio: nothing in the server may
// assume VS Code. Same diagnostics as the engine; the MFA code action applies and writes the file.
import fs from 'node:fs';
import path from 'node:path';
import { compareDiagnostics, fromLsp } from '../lib/compare.mjs';
import { REPO, engineExpectation, nvimProbe } from '../lib/tools.mjs';
import { SAMPLE } from './sample.mjs';

const MFA = 'mfa.provider-access';

export async function neovimScenario({ report, artifacts }) {
  const ws = path.join(artifacts, 'ws-neovim');
  fs.mkdirSync(ws, { recursive: true });
  const file = path.join(ws, path.basename(SAMPLE));
  fs.copyFileSync(SAMPLE, file); // probe.sh writes the fix in place
  const expected = await engineExpectation({ workspace: ws, file: path.basename(file), insert: MFA });
  const index = expected.diagnostics.findIndex((d) => d.code === MFA);
  const out = path.join(artifacts, 'neovim.json');
  const args = ['--file', file, '--root', ws, '--diagnostic', String(Math.max(0, index)), '--apply-fix',
    '--fix-title', expected.fix?.title ?? 'Insert', '--out', out];
  const r = await report.time('Neovim: diagnostics + code action (probe.sh)', () =>
    nvimProbe(args, [process.execPath, path.join(REPO, 'dist', 'server.js'), '--stdio'], { logFile: path.join(artifacts, 'neovim.log') }));
  if (!r.ok) report.check('probe.sh completed', false, { error: r.error, stderr: r.serverStderr });

  const cmp = compareDiagnostics(fromLsp(r.diagnostics ?? []), expected.diagnostics);
  report.check(`Neovim ${r.nvim ?? ''} receives exactly the engine's ${expected.diagnostics.length} diagnostics (via ${r.diagnosticsVia ?? 'nothing'})`, cmp.ok, cmp);
  const titles = (r.codeActions ?? []).map((a) => a.title);
  report.check('Neovim: the MFA diagnostic has the insert-clause code action, with an edit',
    (r.codeActions ?? []).some((a) => (expected.fix ? a.title === expected.fix.title : /^Insert\b.*\bclause\b/i.test(a.title)) && (a.hasEdit || a.command)), { offered: titles });
  if (expected.fix) {
    report.check('Neovim: applying it writes exactly what the engine\'s placement computes', r.after === expected.fix.after, { applied: r.applied });
  }
  report.check('Neovim: the MFA diagnostic is gone after the edit', Array.isArray(r.diagnosticsAfter) && !r.diagnosticsAfter.some((d) => d.code === MFA),
    r.diagnosticsAfter ?? 'no diagnostics after the edit');
}
