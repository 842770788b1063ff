/**
 * The Node flags the client starts the language server with (SERVER_EXEC_ARGV): Node accepts
 * them, they bound the young generation as the memory measure assumes, and both of the client's
 * launch modes pass them (a flag Node rejected would keep the server from starting at all).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SERVER_EXEC_ARGV } from '../../server/src/protocol';

const root = path.resolve(__dirname, '../..');

/** Allocates short-lived objects for a while, then prints the young generation's committed bytes. */
const CHURN = `
const v8 = require('node:v8');
let keep = [];
for (let i = 0; i < 2e6; i++) { keep.push({ i, s: 'x' + i }); if (keep.length > 100000) keep = []; }
const young = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
process.stdout.write(String(young.physical_space_size));
`;

function youngGenerationBytes(flags: readonly string[]): number {
  const run = spawnSync(process.execPath, [...flags, '-e', CHURN], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '', 'Node printed a warning about the flags');
  return Number(run.stdout);
}

describe('the language server\'s Node flags', () => {
  it('are accepted by this Node and bound the young generation to their semi-space size', () => {
    const semiSpace = SERVER_EXEC_ARGV.map((f) => /^--max-semi-space-size=(\d+)$/.exec(f)?.[1]).find(Boolean);
    assert.ok(semiSpace, 'a semi-space size is set');
    const bound = 2 * Number(semiSpace) * 1024 * 1024 + 1024 * 1024; // two semi-spaces, a page of slack
    assert.ok(youngGenerationBytes(SERVER_EXEC_ARGV) <= bound);
    // The same churn without the flags grows past that bound: the measure can tell them apart.
    assert.ok(youngGenerationBytes([]) > bound);
  });

  it('are passed by both of the client\'s launch modes', () => {
    const client = fs.readFileSync(path.join(root, 'client/src/extension.ts'), 'utf8');
    const launches = client.match(/\b(run|debug): \{ module: serverModule[^\n]*/g) ?? [];
    assert.equal(launches.length, 2);
    for (const launch of launches) assert.match(launch, /execArgv: \[\.\.\.SERVER_EXEC_ARGV\b/, launch);
  });
});
