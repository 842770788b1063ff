import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EAGER_REGEXP_FLAG } from '../../server/src/host/regexp-tiering';

const root = path.join(__dirname, '..', '..');

describe('regular expressions compiled eagerly (host/regexp-tiering.ts)', () => {
  it('uses a V8 flag this Node accepts (an unknown one would silently cost the speed-up)', () => {
    const known = spawnSync(process.execPath, [EAGER_REGEXP_FLAG, '-e', '0'], { encoding: 'utf8' });
    assert.equal(known.status, 0, known.stderr);
    // The check above can fail: Node rejects a flag V8 does not know.
    const unknown = spawnSync(process.execPath, ['--no-such-regexp-flag', '-e', '0'], { encoding: 'utf8' });
    assert.notEqual(unknown.status, 0);
  });

  for (const entry of ['server/src/cli/main.ts', 'server/src/lsp/server.ts']) {
    it(`is set by ${entry} before the first check`, () => {
      const source = fs.readFileSync(path.join(root, entry), 'utf8');
      const call = source.search(/^compileRegExpsEagerly\(\);/m);
      assert.ok(call >= 0, 'the entry point sets the flag at top level');
      // Top-level code after the imports: before the CLI runs or the server listens.
      for (const later of [/^clauselint\(/m, /^connection\.listen\(/m]) {
        const at = source.search(later);
        if (at >= 0) assert.ok(call < at, `set before ${later}`);
      }
    });
  }
});
