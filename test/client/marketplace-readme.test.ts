/**
 * The extension page's README (README.marketplace.md, packaged by `npm run package` with
 * --readme-path): every relative link and image is a file that the .vscodeignore allow-list ships.
 * The e2e run checks the same on the built .vsix (test/e2e/scenarios/package.mjs).
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
// @ts-expect-error -- a plain ES module shared with the e2e run
import { brokenReadmeLinks, relativeTargets } from '../e2e/lib/vsix.mjs';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const readme = fs.readFileSync(path.join(ROOT, 'README.marketplace.md'), 'utf8');

/** Is `file` shipped by the allow-list (`**` then `!pattern` lines, last match wins)? */
function shipped(file: string): boolean {
  let included = true;
  for (const line of fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n')) {
    const rule = line.trim();
    if (!rule || rule.startsWith('#')) continue;
    const negated = rule.startsWith('!');
    if (picomatch(negated ? rule.slice(1) : rule, { dot: true })(file)) included = negated;
  }
  return included;
}

describe('the extension page README', () => {
  it('is the one npm run package puts in the .vsix, and the developer README does not ship beside it', () => {
    assert.match(pkg.scripts.package, /--readme-path README\.marketplace\.md/);
    assert.equal(shipped('README.md'), false, 'two READMEs would collide in the .vsix (readme.md)');
  });

  it('links and images only files that ship', () => {
    const targets = relativeTargets(readme) as string[];
    assert.ok(targets.some((t) => t.endsWith('.png')), 'it shows pictures');
    for (const t of targets) {
      assert.ok(fs.existsSync(path.join(ROOT, t)), `${t} exists`);
      assert.ok(shipped(t), `${t} ships in the .vsix`);
    }
  });

  it('speaks to a user: no developer commands, no placeholder URLs in the manifest', () => {
    assert.doesNotMatch(readme, /\bnpm (?:ci|run|install)\b/);
    for (const key of ['repository', 'bugs', 'homepage']) assert.ok(!(key in pkg) || !/example\.invalid/.test(JSON.stringify(pkg[key])), key);
    for (const c of pkg.contributes.commands as { title: string }[]) assert.ok(readme.includes(`clauselint: ${c.title}`), `documents ${c.title}`);
    for (const key of Object.keys(pkg.contributes.configuration.properties)) assert.ok(readme.includes(`\`${key}\``), `documents ${key}`);
  });

  it('the built .vsix, when present, has no broken README link', function () {
    const vsix = path.join(ROOT, 'clauselint.vsix');
    if (!fs.existsSync(vsix)) this.skip();
    assert.deepEqual(brokenReadmeLinks(vsix).broken, []);
  });
});
