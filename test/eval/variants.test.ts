import assert from 'node:assert/strict';
import type { LabelRow } from '../../scripts/eval-lib';
import { decidedUnedited, scoreVariants, variantsOf } from '../../scripts/eval-variants';

const TEXT = [
  '# Agreement', // 1
  '', // 2
  'The Contractor shall retain audit logs for one year.', // 3
  'Backups shall be performed daily.', // 4
  'The Customer shall pay the fees.', // 5
].join('\n');

const PARTIES = { customer: 'Customer', names: [{ term: 'Contractor', role: 'provider' }, { term: 'Customer', role: 'customer' }] };

function row(label: LabelRow['label'], from: number, to = from): LabelRow {
  return { file: 'f.md', area: 'logging', label, lines: [{ from, to }], note: '' };
}

function line(text: string, n: number): string {
  return text.split('\n')[n - 1]!;
}

describe('controlled variants', () => {
  const variants = variantsOf(TEXT, row('strong', 3, 4), PARTIES);
  const of = (kind: string): string => variants.find((v) => v.kind === kind)!.text;

  it('makes one copy per kind with the expected label', () => {
    assert.deepEqual(
      variants.map((v) => [v.kind, v.expected]),
      [
        ['removed', 'absent'],
        ['hedged', 'weak'],
        ['disclaimed', 'negated'],
        ['moved', 'negated'],
        ['reworded', 'strong'],
      ],
    );
  });

  it('edits only the labelled lines and keeps the line count', () => {
    for (const v of variants) {
      assert.equal(v.text.split('\n').length, 5);
      assert.equal(line(v.text, 5), 'The Customer shall pay the fees.', v.kind);
    }
    assert.equal(line(of('removed'), 3), '');
  });

  it('hedges and disclaims at the binding verb, also in the passive', () => {
    assert.equal(line(of('hedged'), 3), 'The Contractor shall, where possible, retain audit logs for one year.');
    assert.equal(line(of('hedged'), 4), 'Backups shall, where possible, be performed daily.');
    assert.equal(line(of('disclaimed'), 3), 'The Contractor shall not be required to retain audit logs for one year.');
  });

  it('moves the duty to the customer only where a provider-side party is bound', () => {
    assert.equal(line(of('moved'), 3), 'The Customer shall retain audit logs for one year.');
    assert.equal(line(of('moved'), 4), 'Backups shall be performed daily.');
    const we = variantsOf('We will back up your data daily.', row('strong', 1), { customer: 'Customer', names: [{ term: 'We', role: 'provider' }] });
    assert.equal(we.find((v) => v.kind === 'moved')!.text, 'You will back up your data daily.');
  });

  it('rewords with framework synonyms and skips kinds with nothing to edit', () => {
    assert.equal(line(of('reworded'), 3), 'The Contractor shall retain audit records for one year.');
    assert.equal(line(of('reworded'), 4), 'System backups shall be performed daily.');
    const plain = variantsOf('# A\n\nData is encrypted at rest.', row('strong', 3), PARTIES);
    assert.deepEqual(plain.map((v) => v.kind), ['removed']);
  });

  it('makes no hedged, disclaimed or moved copies of a negated clause, and none of an absent one', () => {
    assert.deepEqual(variantsOf(TEXT, row('negated', 3), PARTIES).map((v) => v.kind), ['removed', 'reworded']);
    assert.deepEqual(variantsOf(TEXT, row('absent', 3), PARTIES), []);
  });

  it('scores each kind, also over the rows the engine gets right unedited', () => {
    const [removed, hedged] = variants;
    const scores = scoreVariants([
      { variant: removed!, predicted: 'absent', baseRight: true },
      { variant: hedged!, predicted: 'strong', baseRight: true },
      { variant: hedged!, predicted: 'weak', baseRight: false },
    ]);
    assert.deepEqual(scores.removed, { right: 1, total: 1, rightWhereBaseRight: 1, totalWhereBaseRight: 1 });
    assert.deepEqual(scores.hedged, { right: 1, total: 2, rightWhereBaseRight: 0, totalWhereBaseRight: 1 });
  });

  it('sets apart an edit that leaves a binding clause of the labelled lines as it was', () => {
    // Line 4 is passive: the move cannot put it on the customer, so it still binds the provider side.
    assert.equal(variants.find((v) => v.kind === 'moved')!.untouched, 'Backups shall');
    assert.equal(variants.find((v) => v.kind === 'hedged')!.untouched, undefined);
    const text = '# A\n\nThe Contractor shall keep logs. The Contractor is required to insert this clause in subcontracts.';
    const kept = variantsOf(text, row('strong', 3), PARTIES);
    for (const kind of ['hedged', 'disclaimed']) assert.equal(kept.find((v) => v.kind === kind)!.untouched, 'is required to', kind);
    assert.equal(kept.find((v) => v.kind === 'moved')!.untouched, undefined);
  });

  it('sets apart a binding verb before a parenthetical, which the edits pass over', () => {
    const text = '# A\n\nOn discovering an incident, the Contractor shall, at its own cost, promptly notify the Customer.';
    const kept = variantsOf(text, row('strong', 3), PARTIES);
    for (const kind of ['hedged', 'disclaimed']) assert.equal(kept.find((v) => v.kind === kind), undefined, kind);
    const mixed = variantsOf(`${text} The Contractor shall keep logs.`, row('strong', 3), PARTIES);
    assert.equal(line(mixed.find((v) => v.kind === 'hedged')!.text, 3), 'On discovering an incident, the Contractor shall, at its own cost, promptly notify the Customer. The Contractor shall, where possible, keep logs.');
    for (const kind of ['hedged', 'disclaimed']) assert.equal(mixed.find((v) => v.kind === kind)!.untouched, 'shall,', kind);
  });

  it('sets apart a copy decided by a labelled line the edit did not change', () => {
    const text = '# A\n\nThe Contractor shall keep logs.\nAudit logs are reviewed weekly.\nProvide the log review report monthly.';
    const copies = variantsOf(text, row('strong', 3, 5), PARTIES);
    const hedged = copies.find((v) => v.kind === 'hedged')!;
    // Line 4 (present tense) and line 5 (imperative) carry no verb the edit rewrites.
    assert.equal(decidedUnedited(text, hedged, { line: 4, endLine: 4, text: 'Audit logs are reviewed weekly.' }), 'Audit logs are reviewed weekly.');
    assert.equal(decidedUnedited(text, hedged, { line: 5, endLine: 5, text: 'Provide the log review report monthly.' }), 'Provide the log review report monthly.');
  });

  it('keeps a copy decided by the edited line, by a sentence outside the labelled lines, or by nothing', () => {
    const text = '# A\n\nThe Contractor shall keep logs.\nAudit logs are reviewed weekly.\nThe Contractor monitors its network.';
    const copies = variantsOf(text, row('strong', 3, 4), PARTIES);
    const hedged = copies.find((v) => v.kind === 'hedged')!;
    assert.equal(decidedUnedited(text, hedged, { line: 3, endLine: 3, text: 'The Contractor shall, where possible, keep logs.' }), undefined);
    // A sentence that runs from an unchanged line onto the edited one was edited.
    assert.equal(decidedUnedited(text, hedged, { line: 3, endLine: 4, text: 'x' }), undefined);
    assert.equal(decidedUnedited(text, hedged, { line: 5, endLine: 5, text: 'The Contractor monitors its network.' }), undefined);
    assert.equal(decidedUnedited(text, hedged, undefined), undefined);
    // Removed and reworded copies are never set apart: blanking and rewording decide their own label.
    const removed = copies.find((v) => v.kind === 'removed')!;
    assert.equal(decidedUnedited(text, removed, { line: 4, endLine: 4, text: 'Audit logs are reviewed weekly.' }), undefined);
  });
});
