import { strict as assert } from 'node:assert';
import { applyEdits } from '../../server/src/engine/edits';
import { deletePhrase, fixAll, fixesFor, formatLike, placeholderFix, type Fix } from '../../server/src/engine/fixes';
import { findPlaceholders } from '../../server/src/engine/placeholders';
import { check, finding, read } from './editor-helpers';

const sample = read('examples/msp-master-services-agreement.md');
const supplier = read('test/fixtures/contracts/supplier-client.md');

function fixes(text: string, id: string): Fix[] {
  const result = check(text);
  return fixesFor(result, finding(result, id));
}

function only(list: Fix[], kind: Fix['kind']): Fix {
  const found = list.filter((f) => f.kind === kind);
  assert.equal(found.length, 1, `one ${kind} fix in ${list.map((f) => f.kind).join(', ')}`);
  return found[0]!;
}

/** Apply one fix and return the changed sentence region for a readable assertion. */
function applied(text: string, fix: Fix): string {
  return applyEdits(text, fix.edits);
}

const contract = (clause: string): string =>
  `# Managed Services Agreement\n\nNorthwind Ltd. (the "Provider") and Harbor Inc. (the "Customer") agree.\n\n## 1. Security\n\n1.1 The Provider shall provide the Services.\n\n1.2 ${clause}\n`;

describe('quick fixes', () => {
  describe('hedges', () => {
    it('deletes "where possible" with its commas: an edit of exactly the cue and its punctuation', () => {
      const fix = only(fixes(sample, 't.monitoring'), 'remove-hedge');
      assert.equal(fix.title, 'Replace ‘where possible’ with an unconditional obligation');
      assert.equal(fix.safe, true);
      assert.equal(fix.edits.length, 1);
      const e = fix.edits[0]!;
      assert.equal(sample.slice(e.start, e.end), ', where possible, ');
      assert.equal(e.newText, ' ');
      assert.ok(applied(sample, fix).includes('7.9 **Monitoring.** The Provider shall monitor the Customer Environment for Security'));
    });

    it('mends the capital when the hedge opens the sentence, and the full stop when it ends it', () => {
      const opening = contract('Where possible, the Provider shall monitor the Customer Environment for Security Events.');
      assert.ok(applied(opening, only(fixes(opening, 't.monitoring'), 'remove-hedge')).includes('1.2 The Provider shall monitor the Customer Environment for Security Events.\n'));
      const closing = contract('The Provider shall monitor the Customer Environment for Security Events, to the extent practicable.');
      assert.ok(applied(closing, only(fixes(closing, 't.monitoring'), 'remove-hedge')).includes('1.2 The Provider shall monitor the Customer Environment for Security Events.\n'));
      assert.equal(deletePhrase('shall (where possible) monitor', 7, 21).newText, ' ');
    });

    it('turns an effort standard into a duty and a permissive modal into "shall"', () => {
      const effort = contract('The Provider shall use commercially reasonable efforts to monitor the Customer Environment for Security Events.');
      assert.ok(applied(effort, only(fixes(effort, 't.monitoring'), 'remove-hedge')).includes('1.2 The Provider shall monitor the Customer Environment'));
      const endeavour = contract('The Provider shall endeavour to monitor the systems it manages for Security Events and threats.');
      assert.ok(applied(endeavour, only(fixes(endeavour, 't.monitoring'), 'remove-hedge')).includes('1.2 The Provider shall monitor the systems it manages'));
      const may = contract('The Provider may monitor the Customer Environment for Security Events.');
      const fix = only(fixes(may, 't.monitoring'), 'make-binding');
      assert.equal(fix.title, 'Replace ‘may’ with ‘shall’');
      assert.ok(applied(may, fix).includes('1.2 The Provider shall monitor'));
    });
  });

  describe('thresholds', () => {
    it('changes the period to six (6) months in the style of the draft', () => {
      const fix = only(fixes(sample, 't.log-retention'), 'raise-threshold');
      assert.equal(fix.title, 'Change ‘ninety (90) days’ to ‘six (6) months’ (the AA22-131A minimum)');
      const e = fix.edits[0]!;
      assert.deepEqual([sample.slice(e.start, e.end), e.newText], ['ninety (90) days', 'six (6) months']);
    });

    it('turns a maximum into a minimum', () => {
      const fix = only(fixes(supplier, 't.log-retention'), 'raise-threshold');
      const e = fix.edits[0]!;
      assert.deepEqual([supplier.slice(e.start, e.end), e.newText], ['up to six (6) months', 'at least six (6) months']);
    });

    it('writes the number as the draft does', () => {
      assert.equal(formatLike('90 days', { value: 6, unit: 'month' }), '6 months');
      assert.equal(formatLike('ninety days', { value: 6, unit: 'month' }), 'six months');
      assert.equal(formatLike('Ninety (90) days', { value: 180, unit: 'day' }), 'One hundred and eighty (180) days');
    });
  });

  describe('exclusions', () => {
    it('rewrites "is not required to" as "shall" (offered, but not applied by fix-all)', () => {
      const fix = only(fixes(supplier, 't.mfa'), 'remove-exclusion');
      assert.equal(fix.title, 'Remove the exclusion (‘is not required to’ → ‘shall’)');
      assert.equal(fix.safe, false);
      assert.ok(applied(supplier, fix).includes('4.2 The Supplier shall use multi-factor authentication for service accounts.'));
    });

    it('removes a trailing carve-out clause', () => {
      const text = contract('The Provider shall manage the servers, but backups are out of scope.');
      const result = check(text);
      assert.equal(finding(result, 't.backup').status, 'negated');
      const fix = only(fixesFor(result, finding(result, 't.backup')), 'remove-exclusion');
      assert.ok(applied(text, fix).includes('1.2 The Provider shall manage the servers.\n'));
    });
  });

  it('offers the template clause instead of a weak sentence (replacing exactly that sentence)', () => {
    const fix = only(fixes(sample, 't.log-retention'), 'replace-with-template');
    const e = fix.edits[0]!;
    assert.equal(sample.slice(e.start, e.end), 'The Provider shall retain Security Logs for ninety (90) days.');
    assert.match(e.newText, /^The Provider shall retain Security Logs for at least six \(6\) months/);
  });

  it('offers a suppression comment with a reason to fill in', () => {
    const fix = only(fixes(sample, 't.monitoring'), 'suppress');
    const e = fix.edits[0]!;
    assert.equal(e.start, e.end);
    assert.equal(e.newText, '<!-- clauselint-disable t.monitoring -- [reason] -->\n\n');
    assert.ok(sample.slice(e.start).startsWith('7.9 **Monitoring.**'));
    // Until the drafter writes the reason, nothing is accepted and the comment is flagged.
    const after = check(applyEdits(sample, fix.edits));
    assert.equal(finding(after, 't.monitoring').status, finding(check(sample), 't.monitoring').status);
    assert.deepEqual(after.suppressions.problems.map((p) => p.code), ['suppression-without-reason']);
    assert.ok(!fixesFor(after, finding(after, 't.monitoring')).some((f) => f.kind === 'suppress'), 'no second comment is offered');
    const reasoned = check(applyEdits(sample, fix.edits).replace('[reason]', 'monitoring is run by the Customer'));
    assert.equal(finding(reasoned, 't.monitoring').status, 'accepted');
    assert.deepEqual(reasoned.suppressions.problems, []);
  });

  describe('fix-all', () => {
    it('inserts every missing clause, removes hedges and raises periods, and nothing else', () => {
      const result = check(sample);
      const { edits } = fixAll(result);
      const out = applyEdits(sample, edits);
      const after = check(out);
      assert.deepEqual(after.findings.filter((f) => f.status !== 'present').map((f) => f.requirement.id), []);
      // Only the cue spans are replaced; everything else is inserted.
      const replaced = edits.filter((e) => e.end > e.start).map((e) => sample.slice(e.start, e.end));
      assert.deepEqual(replaced.sort(), [', where possible, ', 'ninety (90) days']);
      // Applying it again changes nothing: the clauses are already there.
      assert.deepEqual(fixAll(after).edits, []);
    });

    it('leaves exclusions for the drafter to decide', () => {
      const { edits } = fixAll(check(supplier));
      const out = applyEdits(supplier, edits);
      assert.ok(out.includes('The Supplier is not required to use multi-factor authentication'));
      assert.equal(finding(check(out), 't.mfa').status, 'negated');
    });

    it('"insert all missing clauses" touches no existing text', () => {
      const { edits } = fixAll(check(sample), { onlyMissing: true });
      assert.ok(edits.length > 0 && edits.every((e) => e.start === e.end));
    });
  });

  describe('bracketed placeholders', () => {
    it('finds bracketed values in inserted clause text, not Markdown links or prose notes', () => {
      const text = contract(
        'The Provider shall notify the Customer within [twenty-four (24)] hours under [Schedule X], see [the portal](https://x.example) and [^1]. [Signature page follows]\n\n- [x] The Provider shall keep [TBD] copies.',
      );
      const found = findPlaceholders(check(text)).map((p) => p.value);
      assert.deepEqual(found, ['twenty-four (24)', 'Schedule X', 'TBD']);
    });

    it('offers to confirm a value by removing the brackets', () => {
      const text = contract('The Provider shall notify the Customer of a Security Incident within [24] hours.');
      const [p] = findPlaceholders(check(text));
      const fix = placeholderFix(p!);
      assert.equal(fix.title, 'Confirm ‘24’ (remove the brackets)');
      assert.ok(applyEdits(text, fix.edits).includes('within 24 hours.'));
    });
  });
});
