/**
 * Parties defined the Markdown way (markdown-parties.ts): bold as the defined-term marker, a
 * caption line with no sentence around it, and an order form's two-cell party table.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { markdownPartyDefinitions } from '../../server/src/engine/markdown-parties';
import { aa22 } from './matching-helpers';

const partiesOf = (text: string) => analyze(text, { catalog: aa22(), force: true }).parties;

describe('parties defined in Markdown', () => {
  it('reads a bold name in parentheses as a definition, with the legal name before it', () => {
    const defs = markdownPartyDefinitions('**Shire of Wattle Creek** (the **Council**)\n\nand\n\n**Quoll Networks Pty Ltd** (the "**Supplier**")\n');
    assert.deepEqual(
      defs.map((d) => [d.term, d.legalName]),
      [
        ['Council', 'Shire of Wattle Creek'],
        ['Supplier', 'Quoll Networks Pty Ltd'],
      ],
    );
  });

  it('gives the bold role words their roles, so the customer side is no longer read as the provider', () => {
    const parties = partiesOf('# Deed\n\n**Harbour Ports Authority** (the **Agency**)\n\nand\n\n**Tern Data Pty Ltd** (the **Service Provider**)\n\n## 1. Duties\n\n1.1 The Service Provider must keep the servers running.\n');
    assert.equal(parties.provider, 'Service Provider');
    assert.equal(parties.customer, 'Agency');
    assert.equal(parties.defined, true);
  });

  it('reads a quoted definition on a caption line that forms no sentence', () => {
    const parties = partiesOf('# Deed\n\nPort Fairy Water Board (the "Purchaser")\n\nLantern IT Limited (the "Vendor")\n\n1. The Vendor shall maintain the network.\n');
    assert.equal(parties.customer, 'Purchaser');
    assert.equal(parties.provider, 'Vendor');
  });

  it('reads an order form row that pairs a role word with an organisation', () => {
    const defs = markdownPartyDefinitions('| Item | Detail |\n|---|---|\n| **Supplier** | Corella Hosting Ltd |\n| Customer | Mallee Grain Co-operative |\n| Term | 24 months |\n');
    assert.deepEqual(
      defs.map((d) => [d.term, d.legalName]),
      [
        ['Supplier', 'Corella Hosting Ltd'],
        ['Customer', 'Mallee Grain Co-operative'],
      ],
    );
  });

  it('ignores rows of wider tables and values that name no organisation', () => {
    assert.deepEqual(markdownPartyDefinitions('| Activity | MSP | Customer |\n|---|---|---|\n| Backups | R | I |\n| Customer | yes |\n'), []);
  });
});
