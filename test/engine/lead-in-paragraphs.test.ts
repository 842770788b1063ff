/**
 * Drafting shapes that decide how a clause binds: a lead-in paragraph over enumerated paragraphs,
 * a modal inside a purpose clause, support work that only shares a word with patching.
 */
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/engine/parse';
import { bundledStatus } from './matching-helpers';

const status = (body: string, id: string): string => bundledStatus(body, id);

describe('a lead-in paragraph over enumerated paragraphs', () => {
  const run = '## 9. Backups\n\nThe Provider will:\n\n(a) maintain the configuration diagrams;\n\n(b) back up all Customer Data every day;\n\n(c) test restoration from backup each quarter.\n\nThe Customer shall pay the backup fees.\n\n(a) Fees are invoiced monthly.\n';

  it('governs each enumerated paragraph of its run, as it governs a Markdown list', () => {
    const doc = parseDocument(run);
    const leadIn = doc.units.findIndex((u) => u.sentences[0]?.text === 'The Provider will:');
    const items = doc.units.filter((u) => /^(?:maintain|back up|test)/.test(u.sentences[0]?.text ?? ''));
    assert.equal(items.length, 3);
    for (const item of items) assert.deepEqual(item.parents, [leadIn]);
    assert.equal(status(run, 'backup.contracted-service'), 'present');
  });

  it('a plain paragraph ends the run: what follows is not governed by it', () => {
    const doc = parseDocument(run);
    const fees = doc.units.find((u) => u.sentences[0]?.text === 'Fees are invoiced monthly.')!;
    const pay = doc.units.find((u) => u.sentences[0]?.text === 'The Customer shall pay the backup fees.')!;
    assert.deepEqual(pay.parents, []);
    assert.deepEqual(fees.parents, []);
  });

  it('an unbound run stays a description', () => {
    assert.equal(status('## 9. Backups\n\nOur approach:\n\n(a) back up all Customer Data every day.\n', 'backup.contracted-service'), 'weak');
  });
});

describe('a modal inside a purpose clause', () => {
  it('"so that they can be restored" states the result, not a permission', () => {
    assert.equal(status('## 9. Backups\n\nThe Provider will:\n\n(a) ensure that server configurations are fully backed up so that they can be restored without delay.\n', 'backup.contracted-service'), 'present');
    assert.equal(status('The Provider shall back up all Customer Data in order that the Customer may recover it after an incident.', 'backup.contracted-service'), 'present');
  });

  it('a permission outside the purpose clause still weakens', () => {
    assert.equal(status('The Provider can back up server configurations so that they are safe.', 'backup.contracted-service'), 'weak');
  });
});

describe('support work is not patching', () => {
  it('resolving software problems is fault resolution', () => {
    assert.equal(status('The Provider will diagnose and resolve network, operational and software problems.', 'patching.ongoing-service'), 'missing');
  });

  it('unless the sentence names patches or vulnerabilities', () => {
    assert.equal(status('The Provider will resolve software problems, including by applying security patches within 14 days.', 'patching.ongoing-service'), 'present');
  });
});

describe('payment terms', () => {
  it('paying for the service is not doing it, on either side', () => {
    assert.equal(status('The Customer shall pay the backup fees monthly in advance.', 'backup.contracted-service'), 'missing');
    assert.equal(status('The Provider shall invoice the backup charges quarterly.', 'backup.contracted-service'), 'missing');
  });

  it('a duty made conditional on payment is still hedged', () => {
    assert.equal(status('The Provider shall back up Customer Data daily, subject to the Customer paying additional charges.', 'backup.contracted-service'), 'weak');
  });
});
