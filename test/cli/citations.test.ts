/**
 * A citation whose wording was not checked against the advisory is shown as a paraphrase in every
 * report and in the hover's engine text; checked ones keep the advisory heading.
 */
import { strict as assert } from 'node:assert';
import type * as Sarif from 'sarif';
import { citationText } from '../../server/src/engine/citation';
import { BUNDLED_PACK, loadCatalog } from '../../server/src/engine';
import { cli, SAMPLE } from './cli-process';

const PARAPHRASE = /^paraphrased from AA22-131A §.+; not a quotation$/;

describe('citations: paraphrase or verified', () => {
  const catalog = loadCatalog([BUNDLED_PACK]);
  const unverified = catalog.requirements.filter((r) => !r.citation.verified);
  const verified = catalog.requirements.filter((r) => r.citation.verified);

  it('the engine words an unverified citation as a paraphrase and a verified one as the heading', () => {
    assert.ok(unverified.length > 0 && verified.length > 0);
    for (const r of unverified) assert.match(citationText(r), PARAPHRASE, r.id);
    for (const r of verified) assert.equal(citationText(r), `AA22-131A · ${r.citation.heading}`, r.id);
  });

  it('JSON, Markdown, HTML and SARIF show each unverified citation as a paraphrase', async () => {
    const json = JSON.parse((await cli(['--format', 'json', '--fail-on', 'none', SAMPLE])).stdout) as { files: { requirements: { id: string; citation: { label: string; verified: boolean } }[] }[] };
    const reqs = json.files[0]!.requirements;
    for (const r of reqs) {
      const isUnverified = unverified.some((u) => u.id === r.id);
      assert.equal(r.citation.verified, !isUnverified, r.id);
      if (isUnverified) assert.match(r.citation.label, PARAPHRASE, r.id);
    }
    for (const format of ['markdown', 'html']) {
      const out = (await cli(['--format', format, '--fail-on', 'none', SAMPLE])).stdout;
      for (const r of unverified) {
        const row = out.split(/\n|<tr>/).find((l) => l.includes(r.id));
        assert.ok(row, `${format}: ${r.id} has a row`);
        assert.match(row, /paraphrased from AA22-131A §.+; not a quotation/, `${format}: ${r.id}`);
      }
    }
    const sarif = JSON.parse((await cli(['--format', 'sarif', '--fail-on', 'none', SAMPLE])).stdout) as Sarif.Log;
    for (const rule of sarif.runs[0]!.tool.driver.rules ?? []) {
      const isUnverified = unverified.some((u) => u.id === rule.id);
      assert.equal(/paraphrased from AA22-131A/.test(rule.help!.markdown!), isUnverified, rule.id);
    }
  });
});
