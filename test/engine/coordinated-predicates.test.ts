/**
 * Coordinated predicates: "X shall A and shall B". Each modal opens a duty of its own, so a
 * condition on the second ("on request", "where possible") does not hedge the first, and the
 * second shares the first's subject.
 */
import { strict as assert } from 'node:assert';
import { clauseSpans } from '../../server/src/engine/classify';
import { BACKUP, MFA, RETENTION, findingOf, run, statusOf } from './matching-helpers';

const parts = (text: string): string[] => clauseSpans(text).map((c) => text.slice(c.start, c.end).trim());

describe('coordinated predicates', () => {
  it('cuts before a second modal, with or without a comma', () => {
    assert.deepEqual(parts('The Provider shall back up data nightly and shall send a report on request.'), ['The Provider shall back up data nightly', 'shall send a report on request.']);
    assert.deepEqual(parts('The Provider will keep firewall logs, and will share them when asked.'), ['The Provider will keep firewall logs,', 'will share them when asked.'].map((s) => s.replace(/,$/, '')));
  });

  it('keeps one modal governing two verbs as one clause', () => {
    assert.equal(clauseSpans('The Provider shall implement and maintain multi-factor authentication.').length, 1);
    assert.equal(clauseSpans('The Provider shall back up data and test restores quarterly.').length, 1);
  });

  it('does not let a hedge on the second duty weaken the first', () => {
    assert.equal(statusOf('The Provider shall keep audit logs for eighteen (18) months and shall provide copies to the Customer upon request.', RETENTION), 'present');
    assert.equal(statusOf('The Provider shall take a backup of every server each night and shall, where possible, restore it within four hours.', BACKUP), 'present');
  });

  it('still reads a hedge on the duty that holds the concept', () => {
    assert.equal(statusOf('The Provider shall host the platform and shall enforce MFA where possible.', MFA), 'weak');
  });

  it('gives the second duty the subject of the first', () => {
    const f = findingOf(run('The Customer shall name a contact person and shall enforce MFA on its own accounts.', [MFA]), MFA.id);
    assert.equal(f.status, 'wrong-party');
    assert.equal(statusOf('The Provider shall host the platform and shall enforce MFA on all administrator accounts.', MFA), 'present');
  });

  it('keeps the head\'s subject when the "that" clause names a party only after a preposition', () => {
    // "… of the Customer" is an object there, not the subject that "and shall" continues
    assert.equal(statusOf('The Provider shall ensure that its patching process never harms the systems of the Customer, and shall enforce MFA on all administrator accounts.', MFA), 'present');
    // a party that is the complement's subject still carries over to the bare predicate
    assert.equal(findingOf(run('The Provider shall ensure that the Customer names a contact person, and shall enforce MFA on its own accounts.', [MFA]), MFA.id).status, 'wrong-party');
  });
});

describe('role-slot hedges with the document’s own party names', () => {
  const preamble = '# Hosting Agreement\n\nThis Agreement is made between Acme Hosting Ltd ("Acme") and Birch Dental LLC ("Birch").\n\nAcme shall host the Birch website. Birch shall pay the fees monthly. Acme shall keep the platform patched.\n\n';
  it('reads "upon Birch’s written request" as a request hedge when Birch is the customer', () => {
    assert.equal(statusOf(`${preamble}Acme shall enforce MFA on all administrator accounts upon Birch's written request.\n`, MFA, true), 'weak');
    assert.equal(statusOf(`${preamble}Acme shall enforce MFA on all administrator accounts.\n`, MFA, true), 'present');
  });

  it('splits the hedge of a second duty from the first one, with short names too', () => {
    assert.equal(statusOf(`${preamble}Acme shall take a backup of the website nightly and shall restore it at Birch's cost.\n`, BACKUP, true), 'present');
  });
});
