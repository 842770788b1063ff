/**
 * Readings of session 17 (set16rest): later qualifications cited by a lettered id ("Despite
 * SP.11.02"), opened "By derogation from", or led by a party's assent ("We accept that paragraph
 * 11 applies only to …"); civil-law "is not bound to" and plain "does not have to" as disclaimers, and a
 * disclaimer in a "that" clause the other party assents to; a relative clause "that do
 * not support MFA" narrows the object without negating the duty; administration rights "strictly
 * necessary"; security measures allocated "function by function" and a named security contact;
 * removal at a periodic "review of accounts"; the functions a "which party performs" allocation
 * lists are no duties of their own. Each with look-alikes.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { aa22, bundledStatus, MSA_PREAMBLE } from './matching-helpers';

function finding(body: string, id: string): { status: string; conflict: boolean } {
  const f = analyze(`${MSA_PREAMBLE}${body}\n`, { catalog: aa22(), force: true }).findings.find((x) => x.requirement.id === id)!;
  return { status: f.status, conflict: !!f.conflict };
}

const DEPROVISION = '## 4. Accounts\n\n4.1. The Provider shall disable the account of each member of its staff who leaves within one (1) business day.\n\n';
const PATCH = '## 6. Patching\n\nOPS.6.1 The Provider shall install security patches on the Customer\'s servers within fourteen (14) days of release.\n\n';

describe('later qualifications of session 17', () => {
  it('"By derogation from Article 4.1" with a later removal time narrows the duty (a conflict)', () => {
    const r = finding(`${DEPROVISION}4.2. By derogation from Article 4.1, the accounts of members of the Provider's staff who leave are disabled at the monthly review of accounts.`, 'accounts.deprovisioning');
    assert.equal(r.status, 'weak');
    assert.ok(r.conflict);
  });
  it('"By derogation from" with "only" narrows the duty too', () => {
    const r = finding(`${DEPROVISION}4.2. By derogation from Article 4.1, the Provider shall disable the accounts of leavers only at the quarterly review of access.`, 'accounts.deprovisioning');
    assert.equal(r.status, 'weak');
    assert.ok(r.conflict);
  });
  it('a later clause that repeats the deadline does not narrow it', () => {
    const r = finding(`${DEPROVISION}4.2. By derogation from Article 4.1, the Provider shall disable the accounts of contractors who leave within four (4) hours.`, 'accounts.deprovisioning');
    assert.equal(r.status, 'present');
  });
  it('"Despite OPS.6.1, … only during the annual shutdown" in another part qualifies the clause cited by a lettered id', () => {
    const r = finding(`${PATCH}## 9. Special conditions\n\nSC.9.4 Despite OPS.6.1, the Provider shall install security patches on the controllers only during the annual shutdown.`, 'patching.ongoing-service');
    assert.equal(r.status, 'weak');
    assert.ok(r.conflict);
  });
  it('a party\'s assent may lead the cited clause: "The parties agree that clause 6.1 applies only to …"', () => {
    const r = finding("## 6. Patching\n\n6.1 The Provider shall install security patches on the Customer's servers within fourteen (14) days of release.\n\n6.2 The parties agree that clause 6.1 applies only to the servers at the head office.", 'patching.ongoing-service');
    assert.equal(r.status, 'weak');
    assert.ok(r.conflict);
  });
  it('an assent that cites a clause without narrowing it leaves the duty', () => {
    const r = finding("## 6. Patching\n\n6.1 The Provider shall install security patches on the Customer's servers within fourteen (14) days of release.\n\n6.2 The parties agree that clause 6.1 applies to every server the Provider manages.", 'patching.ongoing-service');
    assert.equal(r.status, 'present');
    assert.ok(!r.conflict);
  });
  it('removal at a periodic review of accounts is no deadline; a deadline beside it keeps the duty firm', () => {
    assert.equal(bundledStatus('The Provider shall disable the account of each member of its staff who leaves at the quarterly review of user accounts.', 'accounts.deprovisioning'), 'weak');
    assert.equal(bundledStatus('The Provider shall disable the account of each member of its staff who leaves within one business day and confirm it at the monthly review of accounts.', 'accounts.deprovisioning'), 'present');
  });
});

describe('wording of session 17', () => {
  it('"is not bound to" disclaims as "is not required to" does', () => {
    assert.equal(bundledStatus("The Provider is not bound to isolate the Customer's systems from those of its other clients.", 'network.segregation'), 'negated');
    assert.equal(bundledStatus('The Provider is not bound to create named accounts or to limit the rights of its staff.', 'privilege.least-privilege'), 'negated');
  });
  it('"does not have to" releases the party as "need not" does', () => {
    assert.equal(bundledStatus('The Provider does not have to give the Customer a table of security responsibilities or name a security contact.', 'transparency.roles-responsibilities'), 'negated');
    assert.equal(bundledStatus("The Provider doesn't have to back up the Customer's laptops.", 'backup.contracted-service'), 'negated');
  });
  it('a disclaimer the customer assents to is the provider\'s, even when the "that" clause\'s subject is the measure', () => {
    assert.equal(bundledStatus("The Customer understands that multi-factor authentication for the Provider's engineers' access to its systems is not part of the service the Provider provides.", 'mfa.provider-access'), 'negated');
  });
  it('the customer\'s own release stays the customer\'s', () => {
    assert.equal(bundledStatus("The Customer acknowledges that it is not required to use multi-factor authentication for its own staff's access to the portal.", 'mfa.services-delivered'), 'weak');
  });
  it('a relative clause "that do not support MFA" narrows the object; it negates nothing', () => {
    assert.equal(bundledStatus('The Provider shall use multi-factor authentication for all remote access by its personnel, and all authentication protocols that do not support multi-factor authentication are disabled.', 'mfa.provider-access'), 'present');
    assert.equal(bundledStatus('The Provider does not support multi-factor authentication for remote access by its personnel.', 'mfa.provider-access'), 'negated');
  });
  it('administration rights strictly necessary for assigned tasks are least privilege', () => {
    assert.equal(bundledStatus('The Provider undertakes to grant each member of its staff only the administration rights strictly necessary for the tasks assigned to that person.', 'privilege.least-privilege'), 'present');
    assert.equal(bundledStatus("The Customer shall grant the Provider's staff only the administration rights strictly necessary for their tasks.", 'privilege.least-privilege'), 'wrong-party');
  });
  it('rights of other kinds are not least privilege', () => {
    assert.equal(bundledStatus('The Provider shall limit the rights of the Customer to terminate this Agreement.', 'privilege.least-privilege'), 'missing');
    assert.equal(bundledStatus('The Provider shall keep the rights strictly necessary for it to invoice the Customer.', 'privilege.least-privilege'), 'missing');
  });
  it('security measures allocated function by function, and a named security contact, are roles and responsibilities', () => {
    assert.equal(bundledStatus('The Provider shall set out, function by function, which security measures it performs and which remain with the Customer.', 'transparency.roles-responsibilities'), 'present');
    assert.equal(bundledStatus('The Provider shall designate a security correspondent for the Customer.', 'transparency.roles-responsibilities'), 'present');
    assert.equal(bundledStatus("The Provider shall name one of its staff as the Customer's security contact.", 'transparency.roles-responsibilities'), 'present');
    assert.equal(bundledStatus('The Provider shall give the Customer a table showing for each security task whether the Provider or the Customer is responsible for it.', 'transparency.roles-responsibilities'), 'present');
  });
  it('a list of the functions an allocation assigns ("which party performs each security function (…)") is no duty to do them', () => {
    const allocation = 'The Provider shall document which party performs each security function of the service (account management, remote access, patching, backup and incident handling).';
    for (const id of ['privilege.least-privilege', 'patching.ongoing-service', 'backup.contracted-service', 'ir.incident-handling']) assert.equal(bundledStatus(allocation, id), 'missing', id);
    assert.equal(bundledStatus(allocation, 'transparency.roles-responsibilities'), 'present');
  });
  it('a duty beside the allocation still binds', () => {
    assert.equal(bundledStatus('The Provider shall document which party performs each security function, and shall install security patches within fourteen days.', 'patching.ongoing-service'), 'present');
    assert.equal(bundledStatus('The Provider shall contain and investigate each security incident and shall document which party performs each recovery step.', 'ir.incident-handling'), 'present');
  });
  it('other contacts and measures done for others are not', () => {
    assert.equal(bundledStatus('The Provider shall name one of its staff as the account manager for billing questions.', 'transparency.roles-responsibilities'), 'missing');
    assert.equal(bundledStatus('The Provider shall implement the security measures that it performs for its other clients.', 'transparency.roles-responsibilities'), 'missing');
  });
});
