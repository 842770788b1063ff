// VS Code through the shared tool's run.mjs, on a contract set: examples/msa.md with its security
// schedule (closed, on disk) lacking the MFA clause. The Problems panel of the MSA equals the
// engine's set check (missing MFA on the MSA title, the schedule's clause findings not on the MSA);
// the quick fix inserts the clause into the schedule, which changes on disk, and the MFA finding goes.
import fs from 'node:fs';
import path from 'node:path';
import { compareDiagnostics } from '../lib/compare.mjs';
import { REPO, engineExpectation, vscodeRun } from '../lib/tools.mjs';

const MFA = 'mfa.provider-access';
const MFA_CLAUSE = /\n3\.12 \*\*Multi-factor authentication\.\*\*[\s\S]*?tools\.\n/;

export async function setsScenario({ report, env, vsix, artifacts, screenshotsOut }) {
  const ws = path.join(artifacts, 'ws-sets');
  fs.mkdirSync(ws, { recursive: true });
  fs.copyFileSync(path.join(REPO, 'examples', 'msa.md'), path.join(ws, 'msa.md'));
  const schedule = fs.readFileSync(path.join(REPO, 'examples', 'schedule-3-security.md'), 'utf8').replace(MFA_CLAUSE, '\n');
  fs.writeFileSync(path.join(ws, 'schedule-3-security.md'), schedule);

  const expected = await engineExpectation({ workspace: ws, file: 'msa.md', insert: MFA });
  const mfa = expected.diagnostics.find((d) => d.code === MFA);
  if (!report.check('the engine reports missing MFA on the MSA title when neither file has it (precondition)', mfa && mfa.line === 1, expected.diagnostics.map((d) => `${d.code}@${d.line}`))) return {};
  report.check('the engine puts the insert fix into the schedule (precondition)', expected.fix?.file === 'schedule-3-security.md', expected.fix);

  const shots = path.join(artifacts, 'shots-sets');
  // The fix edits a file that is not open: VS Code opens it modified in the background. Save All
  // (the tool's Ctrl+K S) left it unsaved in code-server; auto save writes it, as a user's would.
  const settings = path.join(artifacts, 'sets-settings.json');
  fs.writeFileSync(settings, JSON.stringify({ 'files.autoSave': 'afterDelay', 'files.autoSaveDelay': 300 }));
  const args = ['--vsix', vsix, '--workspace', ws, '--in-place', '--file', 'msa.md', '--expect-diagnostics', String(expected.diagnostics.length),
    '--fix-match', mfa.message, '--fix-title', expected.fix?.title ?? 'Insert', '--apply-fix', '--viewport', '1400x3000', '--settings', settings, '--screenshots', shots, '--out', path.join(artifacts, 'vscode-sets.json')];
  const r = await report.time('VS Code: contract set (run.mjs)', () => vscodeRun(env, args, { logFile: path.join(artifacts, 'vscode-sets.log') }));
  if (!r.ok) report.check(`run.mjs completed every step (stopped at "${r.step}")`, false, { error: r.error, tail: r.extensionOutputTails });

  const cmp = compareDiagnostics(r.diagnostics ?? [], expected.diagnostics);
  report.check(`Problems panel of the MSA shows exactly the engine's ${expected.diagnostics.length} set diagnostics`, cmp.ok, cmp);
  report.check('no schedule clause finding (logging.retention) on the MSA', !(r.diagnostics ?? []).some((d) => d.code === 'logging.retention' && d.source === 'clauselint'), r.diagnostics);
  const fix = r.quickFix;
  report.check(`Ctrl+. offers "${expected.fix?.title}"`, (fix?.offered ?? []).includes(expected.fix?.title), { offered: fix?.offered });
  const onDisk = fs.readFileSync(path.join(ws, 'schedule-3-security.md'), 'utf8');
  report.check('the fix wrote the clause into the schedule on disk, exactly as the engine computes', onDisk === expected.fix?.after,
    { changedFiles: fix?.changedFiles, tail: onDisk.slice(-400) });
  report.check('the MSA itself is unchanged', fs.readFileSync(path.join(ws, 'msa.md'), 'utf8') === fs.readFileSync(path.join(REPO, 'examples', 'msa.md'), 'utf8'));
  const after = r.diagnosticsAfterFix;
  report.check('the MFA diagnostic on the MSA is gone after the fix', Array.isArray(after) && !after.some((d) => d.code === MFA), after ?? 'not read');
  if (screenshotsOut && fs.existsSync(shots)) {
    const found = fs.readdirSync(shots).find((f) => f.replace(/^\d+-/, '') === 'quick-fix-menu.png');
    if (found) {
      fs.mkdirSync(screenshotsOut, { recursive: true });
      fs.copyFileSync(path.join(shots, found), path.join(screenshotsOut, 'contract-set-quick-fix.png'));
    }
  }
  return {};
}
