/**
 * Properties of the engine over generated Markdown and arbitrary strings: it never throws, every
 * offset it reports lies inside the document on a character boundary, masked text keeps offsets
 * true, results do not depend on what was analysed before, and LSP positions are valid.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze, type AnalysisResult } from '../../server/src/engine/analyze';
import { LineIndex } from '../../server/src/engine/text';
import type { Perspective } from '../../server/src/engine/types';
import { toDiagnostics } from '../../server/src/lsp/diagnostics';
import { AnalysisService } from '../../server/src/host/service';
import { DEFAULT_SETTINGS } from '../../server/src/host/settings';
import { assertLspRanges, assertWellFormed } from './invariants';
import { anyDocument, anyString, contractDocument, markdownDocument } from './arbitraries';
import { PROPERTY_CATALOG } from './catalog';
import { params } from './config';

/** What a user sees of a result: enough to detect any difference between two runs. */
function summary(result: AnalysisResult): string {
  return JSON.stringify({
    contract: result.isContract,
    parties: result.parties,
    findings: result.findings.map((f) => [f.requirement.id, f.status, f.range, f.message, f.evidence.map((e) => [e.start, e.end, e.status, e.cue])]),
  });
}

const perspectives: Perspective[] = ['customer', 'provider'];

describe('engine properties', function () {
  this.timeout(60_000);

  it('never throws on arbitrary strings, forced or not', () => {
    fc.assert(
      fc.property(anyString(2000), fc.boolean(), fc.constantFrom(...perspectives), (text, force, perspective) => {
        assertWellFormed(text, analyze(text, { catalog: PROPERTY_CATALOG, force, perspective }));
      }),
      params(300),
    );
  });

  it('reports only in-document, boundary-aligned offsets on generated Markdown', () => {
    fc.assert(
      fc.property(anyDocument, fc.boolean(), fc.constantFrom(...perspectives), (text, force, perspective) => {
        assertWellFormed(text, analyze(text, { catalog: PROPERTY_CATALOG, force, perspective }));
      }),
      params(250),
    );
  });

  it('gives the same result whatever was analysed before', () => {
    fc.assert(
      fc.property(contractDocument, anyDocument, (a, b) => {
        const first = summary(analyze(a, { catalog: PROPERTY_CATALOG }));
        analyze(b, { catalog: PROPERTY_CATALOG, force: true });
        assert.equal(summary(analyze(a, { catalog: PROPERTY_CATALOG })), first);
      }),
      params(80),
    );
  });

  it('analyses a contract even with a BOM and any line breaks: every finding is reported', () => {
    fc.assert(
      fc.property(contractDocument, (text) => {
        const result = analyze(text, { catalog: PROPERTY_CATALOG });
        assert.equal(result.isContract, true, result.contractReason);
        assert.deepEqual(result.findings.map((f) => f.requirement.id).sort(), PROPERTY_CATALOG.requirements.map((r) => r.id).sort());
      }),
      params(80),
    );
  });

  it('never finds a heading inside fenced code', () => {
    fc.assert(
      fc.property(markdownDocument, fc.constantFrom('```', '~~~'), fc.constantFrom('\n', '\r\n'), (body, fence, eol) => {
        const text = `${body}${eol}${eol}${fence}md${eol}# Schedule 9 Hidden Heading${eol}The Provider shall keep logs.${eol}${fence}${eol}`;
        const result = analyze(text, { catalog: PROPERTY_CATALOG, force: true });
        assert.equal(result.doc.sections.find((s) => s.title === 'Hidden Heading'), undefined);
        const fenceStart = text.lastIndexOf(`${fence}md`);
        assert.ok(result.doc.units.every((u) => u.end <= fenceStart || u.start >= text.length - fence.length - eol.length), 'a clause unit inside fenced code');
      }),
      params(60),
    );
  });
});

describe('diagnostic positions (service → LSP)', function () {
  this.timeout(60_000);
  const service = new AnalysisService([]);
  const settings = { ...DEFAULT_SETTINGS };

  it('every diagnostic range is a valid LSP range inside the document', () => {
    fc.assert(
      fc.property(anyDocument, fc.boolean(), (text, force) => {
        const result = service.check('file:///property/draft.md', text, settings, { force });
        assertLspRanges(text, toDiagnostics(result, settings));
      }),
      params(120),
    );
  });

  it('line index positions and offsets round-trip at every character boundary', () => {
    fc.assert(
      fc.property(anyDocument, (text) => {
        const lines = new LineIndex(text);
        for (let o = 0; o <= text.length; o++) {
          if (o > 0 && text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10) continue; // inside a CRLF
          const p = lines.position(o);
          assert.equal(lines.offset(p.line, p.character), o, `offset ${o} → ${p.line}:${p.character}`);
        }
      }),
      params(60),
    );
  });
});
