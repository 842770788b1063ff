/**
 * mayLinkParts (contract-set.ts) lets the host skip parsing a draft a second time to look for
 * contract parts: it must say yes whenever declaredParts finds a linked part, and may say no to
 * links that are no part (a web page, a PDF, an image, a link text that names no part).
 */
import { strict as assert } from 'node:assert';
import { declaredParts, mayLinkParts } from '../../server/src/engine/contract-set';
import { parseDocument } from '../../server/src/engine/parse';

describe('mayLinkParts: the cheap test before a contract set is resolved', () => {
  it('says no to links that cannot be parts', () => {
    assert.equal(mayLinkParts('See [Schedule 3](https://example.com/schedule-3.md) for details.'), false, 'not relative');
    assert.equal(mayLinkParts('See [Exhibit B](exhibit-b.pdf).'), false, 'not Markdown');
    assert.equal(mayLinkParts('See ![Annex A](annex-a.md).'), false, 'an image');
    assert.equal(mayLinkParts('See [the pricing page](pricing.md).'), false, 'no part word');
    assert.equal(mayLinkParts('See [Schedule 3](#schedule-3).'), false, 'a fragment of this document');
  });

  it('says yes to a relative Markdown link whose text names a part', () => {
    assert.equal(mayLinkParts('The security duties are in [Schedule 3](./schedule-3-security.md).'), true);
    assert.equal(mayLinkParts('[Data Processing Addendum](<parts/dpa.md> "the DPA")'), true);
  });

  it('is a superset of the links declaredParts reads', () => {
    const targets = ['schedule-1.md', './annex.markdown', 'https://x.org/a.md', 'b.pdf', '#top', 'parts/exhibit%20b.md'];
    const texts = ['Schedule 1', 'the Annexes', 'Exhibit B', 'pricing', 'Appendix C'];
    let linked = 0;
    const wrappers = [(l: string) => `The Provider shall comply with ${l}.`, (l: string) => `\`\`\`\n${l}\n\`\`\``, (l: string) => `- item ${l}`, (l: string) => `<!-- ${l} -->`];
    for (const target of targets) {
      for (const text of texts) {
        for (const wrap of wrappers) {
          const markdown = `# Agreement\n\n${wrap(`[${text}](${target})`)}\n`;
          const declared = declaredParts(parseDocument(markdown), { links: true });
          if (!declared.length) continue;
          linked++;
          assert.equal(mayLinkParts(markdown), true, markdown);
        }
      }
    }
    assert.ok(linked >= 10, `${linked} documents with linked parts`);
  });
});
