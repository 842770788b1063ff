/**
 * A party's role comes from how the document casts it before any word in its name: a preamble or
 * recital that says a party provides, operates or was appointed to provide the services makes it
 * the provider checked, even when its defined name holds a customer word ("the Service Company",
 * "the Company"). A consulting agreement where "the Company" engages a consultant keeps the Company
 * as the customer. All sentences are written for this test.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { standingAssumptions } from '../../server/src/engine/service-cast';
import { aa22, bundledStatus } from './matching-helpers';

const SHARED_SERVICE =
  '# Agreement for ICT Services\n\nThis Agreement is between Brackley Borough Council, a local authority (the "Council"), and Northshire Shared Services Company Limited, company number 04455123 (the "Service Company"), which provides ICT services to local authorities in the county.\n\n## Services\n\n';

const APPOINTED =
  '# Managed Services Agreement\n\nThis Agreement is made between Corran Logistics Ltd, a company registered in Scotland (the "Client"), and Acme Company Limited, a company registered in England (the "Company").\n\nThe Company shall provide the Services to the Client from the Start Date.\n\n## Services\n\n';

const CONSULTING =
  '# Consulting Agreement\n\nThis Agreement is made between Halden Foods Company Limited, a company registered in England (the "Company"), and Priya Nair, of 4 Elm Row, Leeds (the "Consultant").\n\nThe Company wishes to engage the Consultant to provide security consulting services to the Company.\n\n## Terms\n\n';

const APPOINTED_BY =
  '# Memorandum of Agreement\n\nThis Memorandum is made between Dunmore Health Board, a public body (the "Board"), and Dunmore Digital Company Limited, a company owned by the Board (the "Company").\n\nThe Company has been appointed by the Board to operate the Board\'s clinical and corporate systems.\n\n## Duties\n\n';

describe('service cast: a provider whose name holds a customer word', () => {
  it('the party a relative clause casts as providing the services is the provider', () => {
    const status = (body: string, id: string): string => bundledStatus(body, id, SHARED_SERVICE);
    assert.equal(status('The Service Company shall require multi-factor authentication for every remote log-in by its engineers to the Council systems.', 'mfa.provider-access'), 'present');
    assert.equal(status('The Service Company shall back up the Council\'s data every night and keep one copy offline.', 'backup.contracted-service'), 'present');
    assert.equal(status('The Service Company shall install vendor security patches on the Council systems within fourteen days of release.', 'patching.ongoing-service'), 'present');
    assert.equal(status('The Service Company shall revoke the access rights of each departing engineer within one business day.', 'accounts.deprovisioning'), 'present');
  });

  it('a duty moved to the customer the cast names is not the provider\'s', () => {
    const status = (body: string, id: string): string => bundledStatus(body, id, SHARED_SERVICE);
    for (const [body, id] of [
      ['The Council shall back up its own data every night; the Service Company does not back up Council data.', 'backup.contracted-service'],
      ['The Council installs all security patches on its systems itself.', 'patching.ongoing-service'],
    ] as const) {
      const got = status(body, id);
      assert.ok(got === 'negated' || got === 'wrong-party' || got === 'absent', `${body} → ${got}`);
    }
  });

  it('"the Company" that shall provide the Services to the Client stays the provider', () => {
    const status = (body: string, id: string): string => bundledStatus(body, id, APPOINTED);
    assert.equal(status('The Company shall apply the principle of least privilege to every account it holds on the Client systems.', 'privilege.least-privilege'), 'present');
    assert.equal(status('The Company shall notify the Client of any security incident within 24 hours of becoming aware of it.', 'incident.notification'), 'present');
    const result = analyze(`${APPOINTED}The Company shall back up the Client's data daily.\n`, { catalog: aa22(), force: true });
    assert.equal(result.parties.provider, 'Company');
    assert.equal(result.parties.customer, 'Client');
  });

  it('a company appointed to operate the other party\'s systems is the provider', () => {
    const result = analyze(`${APPOINTED_BY}The Company shall back up the Board's data daily.\n`, { catalog: aa22(), force: true });
    assert.equal(result.parties.provider, 'Company');
    assert.ok(result.parties.assumptions.some((a) => a.includes('“Company” as the provider')), result.parties.assumptions.join('\n'));
    assert.equal(bundledStatus('The Company shall back up the Board\'s data daily and test a restore every quarter.', 'backup.contracted-service', APPOINTED_BY), 'present');
  });

  it('the act and its object count in either case, as defined terms are written ("to provide the Services")', () => {
    for (const recital of [
      'The Company has been appointed by the Board to provide the Services described in Schedule 1.',
      'The Company has been appointed by the Board to Operate the Systems listed in Schedule 2.',
    ]) {
      const doc = APPOINTED_BY.replace(/The Company has been appointed[^\n]*/, recital);
      const result = analyze(`${doc}The Company shall back up the Board's data daily.\n`, { catalog: aa22(), force: true });
      assert.equal(result.parties.provider, 'Company', recital);
    }
  });

  it('a consulting agreement where the Company engages the Consultant keeps the Company as the customer', () => {
    const result = analyze(`${CONSULTING}The Consultant shall keep the Company's documents confidential.\n`, { catalog: aa22(), force: true });
    assert.equal(result.parties.provider, 'Consultant');
    assert.equal(result.parties.customer, 'Company');
    const got = bundledStatus('The Company shall back up its own systems daily.', 'backup.contracted-service', CONSULTING);
    assert.notEqual(got, 'present');
  });

  it('a customer that provides access or information to the provider is not cast as the provider', () => {
    const preamble =
      '# Services Agreement\n\nThis Agreement is made between Gorse Trading Company Limited, a company registered in England (the "Company"), and Lintel Hosting Ltd, a company registered in England ("Lintel").\n\nThe Company shall provide Lintel with access to its premises and systems.\n\nLintel shall host the Company\'s website.\n\n';
    const result = analyze(`${preamble}Lintel shall back up the website daily.\n`, { catalog: aa22(), force: true });
    assert.equal(result.parties.customer, 'Company');
  });

  it('the hover keeps only the assumptions that still stand', () => {
    const result = analyze(`${SHARED_SERVICE}The Service Company shall back up the Council's data every night.\n`, { catalog: aa22(), force: true });
    assert.equal(result.parties.provider, 'Service Company');
    assert.equal(result.parties.customer, 'Council');
    assert.ok(!result.parties.assumptions.some((a) => /“Council” as the provider/.test(a)), result.parties.assumptions.join('\n'));
    assert.deepEqual(
      standingAssumptions(['read “Council” as the provider: the other party is the customer', 'read “Acme” as the provider: it carries most of the duties'], [
        { term: 'Council', role: 'customer' },
        { term: 'Acme', role: 'provider' },
      ]),
      ['read “Acme” as the provider: it carries most of the duties'],
    );
  });
});
