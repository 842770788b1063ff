/**
 * A company's own short name is written without an article: "No clause requires Kestrel to do this",
 * and a quick fix inserts "Kestrel shall …", where a role word keeps its article ("the Supplier").
 * A provider word the definitions only define ("“Subprocessor” means other processors used by
 * Lumen") names no party: the company that carries the duties is the provider. Drafts written for
 * this test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/analyze';
import { applyEdits } from '../../server/src/engine/edits';
import { fixesFor } from '../../server/src/engine/fixes';
import { describeFinding } from '../../server/src/engine/messages';
import { aa22 } from './matching-helpers';

const SHORT_NAMES = [
  '# IT Support Agreement',
  '',
  'This Agreement is made between Kestrel Managed IT Ltd ("Kestrel") and Orchard Dental LLP ("Orchard").',
  '',
  '## 1. Services',
  '',
  '1.1 Kestrel will apply security patches to the Orchard systems within 14 days of release.',
  '',
  '1.2 Kestrel will back up the Orchard data every day and keep the copies off site.',
  '',
].join('\n');

describe('a company short name takes no article', () => {
  const result = analyze(SHORT_NAMES, { catalog: aa22(), force: true });
  const missing = result.findings.find((f) => f.requirement.id === 'mfa.provider-access')!;
  it('reads the short names as the parties', () => {
    assert.equal(result.parties.provider, 'Kestrel');
    assert.equal(result.parties.customer, 'Orchard');
  });
  it('in the message of a missing clause', () => {
    assert.match(describeFinding(missing, result.parties, 'customer'), /No clause requires Kestrel to do this\./);
    assert.match(describeFinding(missing, result.parties, 'provider'), /^Not promised:/);
  });
  it('in the clause a quick fix inserts', () => {
    const fix = fixesFor(result, missing).find((f) => f.kind === 'insert-clause');
    assert.ok(fix, 'an insert-clause fix');
    const inserted = applyEdits(SHORT_NAMES, fix.edits).slice(SHORT_NAMES.length - 1);
    assert.match(inserted, /Kestrel shall/);
    assert.doesNotMatch(inserted, /\b[Tt]he Kestrel\b/);
  });
  it('a role word keeps its article', () => {
    const text = SHORT_NAMES.replace('("Kestrel")', '(the "Supplier")').replace('("Orchard")', '(the "Customer")').replace(/Kestrel will/g, 'The Supplier will').replace(/the Orchard/g, 'the Customer');
    const r = analyze(text, { catalog: aa22(), force: true });
    const f = r.findings.find((x) => x.requirement.id === 'mfa.provider-access')!;
    assert.match(describeFinding(f, r.parties, 'customer'), /No clause requires the Supplier to do this\./);
    const fix = fixesFor(r, f).find((x) => x.kind === 'insert-clause')!;
    assert.match(applyEdits(text, fix.edits), /The Supplier shall/);
  });
});

describe('a provider word only defined in the definitions names no party', () => {
  const DPA = [
    '# Data Protection Addendum',
    '',
    'This Addendum applies to the cloud services provided by Lumen Cloud, Inc. (“Lumen”) to the customer that accepts it (“Customer”).',
    '',
    '## 1. Definitions',
    '',
    '“Subprocessor” means any other processor engaged by Lumen to process Customer Data.',
    '',
    '## 2. Security',
    '',
    '2.1 Lumen will notify Customer of a Security Incident within 48 hours.',
    '',
    '2.2 Lumen will apply security patches to the systems that host Customer Data.',
    '',
    '2.3 Lumen will back up Customer Data every day.',
    '',
  ].join('\n');
  it('the company that carries the duties is the provider, named in the messages', () => {
    const r = analyze(DPA, { catalog: aa22(), force: true });
    assert.equal(r.parties.provider, 'Lumen');
    assert.ok(r.parties.assumptions.some((a) => a.includes('“Subprocessor” is only defined')), r.parties.assumptions.join(' | '));
  });
  it('a subprocessor that carries the duties stays the provider', () => {
    const r = analyze(DPA.replace(/(2\.\d) Lumen will/g, '$1 Subprocessor will'), { catalog: aa22(), force: true });
    assert.equal(r.parties.provider, 'Subprocessor');
  });
});
