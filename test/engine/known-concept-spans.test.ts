/**
 * Matching hands classification the concept hits it found for an evidence sentence
 * (knownConceptSpans), so conceptSpans does not search the sentence again. The hits handed over
 * must be exactly what a fresh search gives: every group, in group order, each group's hits in
 * text order, on sentences with overlapping terms, words inside other words, mixed case,
 * non-ASCII letters and CRLF line breaks. Sentences of our own.
 */
import { strict as assert } from 'node:assert';
import { conceptSpans, knownConceptSpans } from '../../server/src/engine/clause-verbs';
import { TermSet } from '../../server/src/engine/terms';
import type { Requirement } from '../../server/src/engine/types';
import { req, run } from './matching-helpers';

/** Overlapping terms ("security log" in "security logs", "log*" in "logging"), two groups. */
const LOGS = req({
  id: 't.known-logs',
  heading: 'monitoring-logging',
  detect: [['security log*', 'log*', 'audit trail*', 'Protokoll*'], ['retain', 'retention', 'keep', 'kept', 'aufbewahr*']],
});
const MFA = req({ id: 't.known-mfa', detect: [['multi-factor authentication', 'MFA', 'multi factor']] });

/** What conceptSpans computes without help: a fresh set per group (no compiled-set cache). */
function fresh(text: string, r: Requirement): { start: number; end: number; term: string }[] {
  return r.detect.flatMap((g) => new TermSet(g).find(text)).map(({ start, end, term }) => ({ start, end, term }));
}

const SENTENCES = [
  'The Provider shall retain security logs, audit trails and LOGGING records for twelve months and keep the logs encrypted.',
  'The Provider shall keep its Security-Log archive and retain each catalog entry; blogs are not logs.',
  'The Provider shall keep MFA enabled and shall require multi-factor authentication (MFA) and multi\r\nfactor checks for every account.',
  'Der Anbieter shall retain Protokolle and aufbewahren Protokolldaten for the Customer; the Provider keeps logs.',
  'The Provider shall RETAIN all Logs, and the Customer may keep an audit trail of its own.',
];

describe('concept hits handed from matching to classification', () => {
  it('are the hits a fresh search finds, for every evidence sentence', () => {
    const body = SENTENCES.map((s, i) => `${i + 1}. ${s}`).join('\r\n\r\n');
    const result = run(body, [LOGS, MFA]);
    let checked = 0;
    for (const r of [LOGS, MFA]) {
      for (const e of result.findings.find((f) => f.requirement.id === r.id)?.evidence ?? []) {
        // The sentence as matching reads it (masked source), which is what the hits are kept for.
        const text = result.doc.units.flatMap((u) => u.sentences).find((s) => s.start === e.start)!.text;
        const spans = conceptSpans(text, r) as { start: number; end: number; term: string }[];
        assert.deepEqual(spans.map(({ start, end, term }) => ({ start, end, term })), fresh(text, r), text);
        checked++;
      }
    }
    assert.ok(checked >= 5, `only ${checked} evidence sentences checked`);
  });

  it('are kept for the sentence they were found in, and a sentence already read keeps its own', () => {
    const text = 'The Provider shall keep logs and retain the audit trail.';
    const hits = LOGS.detect.map((g) => new TermSet(g).find(text));
    knownConceptSpans(text, LOGS, hits);
    assert.deepEqual(conceptSpans(text, LOGS), hits.flat());
    // Handed again with other hits: the first reading stands (what a search of the text gives).
    knownConceptSpans(text, LOGS, [[], []]);
    assert.deepEqual(conceptSpans(text, LOGS), hits.flat());
  });
});
