// The sample draft and what a reader of the README is promised about it.
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../lib/tools.mjs';

export const SAMPLE = path.join(REPO, 'examples', 'msp-master-services-agreement.md');
export const NOT_A_CONTRACT = path.join(REPO, 'test', 'fixtures', 'not-a-contract', 'README.md');

/**
 * The four gaps the sample was written with (README, "What the demo prints"): the engine status
 * they must have, and for the two that sit on a clause, what that clause's line says.
 */
export const SAMPLE_GAPS = [
  { id: 'mfa.provider-access', status: 'missing', what: 'the missing MFA clause' },
  { id: 'backup.contracted-service', status: 'missing', what: 'the missing backup clause' },
  { id: 'logging.retention', status: 'below-threshold', what: 'log retention below six months, on the ninety-day sentence', onLine: /ninety \(90\) days/ },
  { id: 'logging.security-event-management', status: 'weak', what: 'the hedged monitoring clause, on "where possible"', onLine: /where possible/ },
];

/** Copy a step's screenshot (the tool names them NN-step.png) into the README's image folder. */
export function publishShot(outDir, shotsDir, step, name) {
  if (!outDir || !fs.existsSync(shotsDir)) return;
  const found = fs.readdirSync(shotsDir).find((f) => f.replace(/^\d+-/, '') === `${step}.png`);
  if (!found) return;
  fs.mkdirSync(outDir, { recursive: true });
  fs.copyFileSync(path.join(shotsDir, found), path.join(outDir, name));
}
