/**
 * A public body that heads its own contract clauses ("# Federal Harbour Safety Administration")
 * and names its units by its initials ("the FHSA Network Operations Center will …"): the unit acts
 * for the customer side. Lines of our own.
 */
import { strict as assert } from 'node:assert';
import { detectParties } from '../../server/src/engine/parties';
import { parseDocument } from '../../server/src/engine/parse';
import { titleBody } from '../../server/src/engine/party-labels';
import { bundledStatus } from './matching-helpers';

const BODIES = ['Administration', 'Agency', 'Department', 'Bureau'];
const HEAD = '# Federal Harbour Safety Administration\n\n## Section H — Special Contract Requirements\n\nThe clauses of this section are FHSA agency clauses.\n\n';

describe('a public body named by the title and its initials', () => {
  it('reads the initials of a title that names a public body and whose initials the text uses', () => {
    assert.deepEqual(titleBody(HEAD, BODIES), { initials: 'FHSA', name: 'Federal Harbour Safety Administration', at: 0 });
    assert.equal(titleBody('# Northern Water Agency\n\nThe NWA will pay monthly.\n', BODIES)?.initials, 'NWA');
    // a body named first ("Bureau of …") is not read: its initials are too often shortened otherwise
    assert.equal(titleBody('# Bureau of Coastal Surveys\n\nThe BCS will pay monthly.\n', BODIES), undefined);
  });

  it('reads nothing when the title is no public body or its initials are never used', () => {
    assert.equal(titleBody('# Harbour Managed Services Agreement\n\nThe HMSA applies.\n', BODIES), undefined);
    assert.equal(titleBody('# Federal Harbour Safety Administration\n\nThe Contractor shall patch.\n', BODIES), undefined);
    assert.equal(titleBody('# Note on the records department\n\nThe NRD is closed.\n', BODIES), undefined);
  });

  it('is the customer only when the document defines no customer of its own', () => {
    const p = detectParties(parseDocument(`${HEAD}H.1 The Contractor shall operate the harbour network.\n`));
    assert.equal(p.names.find((n) => n.term === 'FHSA')?.role, 'customer');
    assert.equal(p.customer, 'Customer');
    const defined = detectParties(parseDocument(`${HEAD}This contract is between Tidewater Ltd (the "Supplier") and Port Ellis Marine Ltd (the "Customer").\n`));
    assert.equal(defined.names.some((n) => n.term === 'FHSA'), false);
  });

  it('reads a duty of the body\'s unit as no duty of the contractor', () => {
    const moved = `${HEAD}H.4 The FHSA Security Operations Center will maintain the incident response plan for the harbour network and lead the containment, eradication and recovery of each cyber incident.\n`;
    assert.notEqual(bundledStatus(moved, 'ir.incident-handling', ''), 'present');
    const kept = `${HEAD}H.4 The Contractor shall maintain the incident response plan for the harbour network and lead the containment, eradication and recovery of each cyber incident.\n`;
    assert.equal(bundledStatus(kept, 'ir.incident-handling', ''), 'present');
  });
});
