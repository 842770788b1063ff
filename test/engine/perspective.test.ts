/** The provider perspective: its own wording and default severities, and over-commitments. */
import { strict as assert } from 'node:assert';
import { analyze, problemFindings, type AnalysisResult } from '../../server/src/engine/analyze';
import { editorPack, finding } from './editor-helpers';

const draft = (clauses: string): string => `# Managed Services Agreement

Northwind Ltd. (the "Provider") and Harbor Inc. (the "Customer") agree as follows.

## 1. Security

${clauses}
`;

const run = (text: string, perspective: 'customer' | 'provider', severityOverrides = {}): AnalysisResult =>
  analyze(text, { catalog: editorPack, force: true, perspective, severityOverrides });

describe('provider perspective', () => {
  it('explains a hedge as a qualified promise the customer will ask to remove, not as "the other party cannot rely on it"', () => {
    const text = draft('1.1 The Provider shall, where possible, monitor the Customer Environment for Security Events.');
    const provider = finding(run(text, 'provider'), 't.monitoring');
    assert.equal(provider.status, 'weak');
    assert.doesNotMatch(provider.message, /cannot rely/);
    assert.match(provider.message, /^Qualified promise: .*“where possible”.*customers following AA22-131A will ask for/);
    assert.equal(provider.severity, 'info');
    const customer = finding(run(text, 'customer'), 't.monitoring');
    assert.match(customer.message, /cannot rely on it/);
    assert.equal(customer.severity, 'error');
  });

  it('a duty placed on the customer is information for the provider, with the ask to expect', () => {
    const text = draft('1.1 The Customer shall back up all Customer Data daily and test restores quarterly.');
    const provider = finding(run(text, 'provider'), 't.backup');
    const customer = finding(run(text, 'customer'), 't.backup');
    assert.equal(customer.status, 'wrong-party');
    assert.equal(provider.status, 'wrong-party');
    assert.equal(provider.severity, 'info');
    assert.notEqual(customer.severity, 'info');
    assert.match(provider.message, /^Placed on the Customer: .*from the Provider instead/);
  });

  it('a missing clause tells the provider which ask to expect', () => {
    const f = finding(run(draft('1.1 The Provider shall keep the Services available.'), 'provider'), 't.mfa');
    assert.equal(f.status, 'missing');
    assert.equal(f.severity, 'info');
    assert.match(f.message, /^Not promised: .*customers following AA22-131A will ask for/);
  });

  it('warns where a present clause promises more than the advisory asks: a longer period', () => {
    const text = draft('1.1 The Provider shall retain Security Logs for seven (7) years.');
    const result = run(text, 'provider');
    const f = finding(result, 't.log-retention');
    assert.equal(f.status, 'present');
    assert.equal(f.overCommits, true);
    assert.equal(f.severity, 'warning');
    assert.equal(text.slice(f.range.start, f.range.end), 'seven (7) years');
    assert.match(f.message, /^Promises more than AA22-131A asks: .*at least 6 months/);
    assert.ok(problemFindings(result).includes(f), 'reported as a problem');
    // The customer is glad of it: nothing to report.
    assert.ok(!problemFindings(run(text, 'customer')).some((p) => p.requirement.id === 't.log-retention'));
  });

  it('warns on an absolute commitment, and an explicit severity override still wins', () => {
    const text = draft('1.1 The Provider shall monitor the Customer Environment for Security Events and guarantees that every Security Event is detected.');
    const f = finding(run(text, 'provider'), 't.monitoring');
    assert.equal(f.overCommits, true);
    assert.equal(text.slice(f.range.start, f.range.end), 'guarantees that');
    assert.equal(finding(run(text, 'provider', { 't.monitoring': 'error' }), 't.monitoring').severity, 'error');
    assert.equal(finding(run(draft('1.1 The Provider shall retain Security Logs for ninety (90) days.'), 'provider', { 't.log-retention': 'error' }), 't.log-retention').severity, 'error');
  });
});
