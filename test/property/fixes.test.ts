/**
 * Quick fixes must never damage a draft. Over generated contracts (CRLF, lone CR, BOM, emoji and
 * CJK before the edit points, tables, lists, quotes, front matter): every offered edit lies inside
 * the document on a character boundary and applies cleanly; bytes outside the edits are
 * untouched; a cue fix stays inside the clause it rewrites; applying a fix resolves the finding
 * it names; applying it again offers nothing more; and fix-all converges.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze, type AnalysisResult } from '../../server/src/engine/analyze';
import { applyEdits, type TextEdit } from '../../server/src/engine/edits';
import { fixAll, fixesFor, type Fix } from '../../server/src/engine/fixes';
import { STATUS_RANK } from '../../server/src/engine/match';
import type { Finding } from '../../server/src/engine/types';
import { contractDocument } from './arbitraries';
import { PROPERTY_CATALOG } from './catalog';
import { params } from './config';
import { assertBoundary } from './invariants';

const check = (text: string): AnalysisResult => analyze(text, { catalog: PROPERTY_CATALOG });
const problems = (r: AnalysisResult): Finding[] => r.findings.filter((f) => f.status !== 'present' && f.status !== 'accepted');
const CUE_FIXES: ReadonlySet<Fix['kind']> = new Set(['remove-hedge', 'make-binding', 'raise-threshold', 'remove-exclusion']);

/** Edits are in bounds, on character boundaries, and pairwise disjoint (inserts may share a point). */
function assertEditsWellFormed(text: string, edits: readonly TextEdit[], what: string): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const [i, e] of sorted.entries()) {
    assert.ok(e.start <= e.end, `${what}: inverted edit ${e.start}-${e.end}`);
    assertBoundary(text, e.start, `${what} edit start`);
    assertBoundary(text, e.end, `${what} edit end`);
    const next = sorted[i + 1];
    if (next) assert.ok(e.end <= next.start, `${what}: edits ${e.start}-${e.end} and ${next.start}-${next.end} overlap`);
  }
}

/**
 * Checks, independently of applyEdits, that `after` is `before` with exactly these edits: every
 * stretch between edits is present, byte for byte, where it should be.
 */
function assertOnlyEditsChanged(before: string, after: string, edits: readonly TextEdit[]): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let from = 0;
  let shift = 0;
  for (const e of sorted) {
    assert.equal(after.slice(from + shift, e.start + shift), before.slice(from, e.start), `text before offset ${e.start} changed`);
    assert.equal(after.slice(e.start + shift, e.start + shift + e.newText.length), e.newText);
    shift += e.newText.length - (e.end - e.start);
    from = e.end;
  }
  assert.equal(after.slice(from + shift), before.slice(from), 'text after the last edit changed');
  assert.equal(after.length, before.length + shift);
}

function sameEdits(a: readonly TextEdit[], b: readonly TextEdit[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A generated contract, a pick among its problem findings and among that finding's fixes. */
const scenario = fc.tuple(contractDocument, fc.nat(), fc.nat());

describe('quick-fix properties', function () {
  this.timeout(120_000);

  it('offers only edits that apply cleanly and change nothing outside themselves', () => {
    fc.assert(
      fc.property(contractDocument, (text) => {
        const result = check(text);
        for (const f of problems(result)) {
          for (const fix of fixesFor(result, f)) {
            const what = `${f.requirement.id} ${fix.kind}`;
            assert.ok(fix.edits.length > 0, `${what}: no edits`);
            assertEditsWellFormed(text, fix.edits, what);
            assertOnlyEditsChanged(text, applyEdits(text, fix.edits), fix.edits);
            if (CUE_FIXES.has(fix.kind)) {
              // A cue fix rewrites words inside the clause that holds the cue (it may take the
              // spaces next to it on the same line), nowhere else.
              const ev = f.evidence[0]!;
              const unit = result.doc.units.find((u) => u.start <= ev.start && ev.end <= u.end)!;
              for (const e of fix.edits) {
                const outside = text.slice(Math.min(e.start, unit.start), unit.start) + text.slice(unit.end, Math.max(e.end, unit.end));
                assert.ok(/^[ \t]*$/.test(outside), `${what}: edit ${e.start}-${e.end} reaches outside its clause ${unit.start}-${unit.end}`);
                if (e.start < unit.start) assert.ok(/^[ \t]/.test(e.newText), `${what}: the space before its clause was removed`);
              }
            }
          }
        }
      }),
      params(60),
    );
  });

  it('resolves the finding it names, and applying it again offers nothing more', () => {
    fc.assert(
      fc.property(scenario, ([text, pickFinding, pickFix]) => {
        const before = check(text);
        const found = problems(before);
        fc.pre(found.length > 0);
        const f = found[pickFinding % found.length]!;
        const fixes = fixesFor(before, f);
        const fix = fixes[pickFix % fixes.length]!;
        const fixed = applyEdits(text, fix.edits);
        const after = check(fixed);
        const now = after.findings.find((x) => x.requirement.id === f.requirement.id)!;
        const what = `${f.requirement.id} ${f.status} → ${fix.kind} → ${now.status}`;
        // The suppress fix leaves "[reason]" to fill in: until then nothing is accepted.
        if (fix.kind === 'suppress') assert.equal(now.status, f.status, what);
        else if (fix.kind === 'insert-clause') assert.notEqual(now.status, 'missing', what);
        else if (CUE_FIXES.has(fix.kind) || fix.kind === 'replace-with-template') {
          // Fixed, or at least this cue is gone: another weakness of the same clause may remain.
          const cue = f.evidence[0]?.cue;
          const sameCue = now.evidence.some((e) => e.cue && cue && e.cue.text === cue.text && e.status === f.status);
          assert.ok(STATUS_RANK[now.status] < STATUS_RANK[f.status] || !sameCue, `${what}: the cue “${cue?.text}” is still there`);
        }
        // Again: the same edits are never offered for the fixed document.
        for (const again of fixesFor(after, now)) {
          if (again.kind === fix.kind) assert.ok(!sameEdits(again.edits, fix.edits) || fix.edits.every((e) => e.start === e.end && e.newText === ''), `${what}: offered again`);
        }
      }),
      params(80),
    );
  });

  it('fix-all applies cleanly and a second fix-all changes nothing it already fixed', () => {
    fc.assert(
      fc.property(contractDocument, (text) => {
        const first = fixAll(check(text));
        assertEditsWellFormed(text, first.edits, 'fix-all');
        const once = applyEdits(text, first.edits);
        assertOnlyEditsChanged(text, once, first.edits);
        const second = fixAll(check(once));
        const inserted = new Set(first.applied.filter((a) => a.kind === 'insert-clause').map((a) => a.requirement));
        const reinserted = second.applied.filter((a) => a.kind === 'insert-clause' && inserted.has(a.requirement));
        assert.deepEqual(reinserted.map((a) => a.requirement), [], 'a clause fix-all inserted is inserted again');
      }),
      params(40),
    );
  });
});
