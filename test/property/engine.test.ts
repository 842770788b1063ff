/**
 * Properties of the engine over generated Markdown and arbitrary strings: it never throws, every
 * offset it reports lies inside the document on a character boundary, masked text keeps offsets
 * true, results do not depend on what was analysed before, and LSP positions are valid.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze, type AnalysisResult } from '../../server/src/engine/analyze';
import { LineIndex } from '../../server/src/engine/text';
import type { Perspective, Span } from '../../server/src/engine/types';
import { toDiagnostics } from '../../server/src/diagnostics';
import { AnalysisService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { anyDocument, anyString, contractDocument, markdownDocument } from './arbitraries';
import { PROPERTY_CATALOG } from './catalog';
import { params } from './config';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** An offset a range may start or end at: inside the text, not inside a CRLF or a surrogate pair. */
function assertBoundary(text: string, offset: number, what: string): void {
  assert.ok(Number.isInteger(offset) && offset >= 0 && offset <= text.length, `${what}: offset ${offset} outside 0..${text.length}`);
  if (offset === 0 || offset === text.length) return;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  assert.ok(!(before === 13 && after === 10), `${what}: offset ${offset} splits a CRLF`);
  assert.ok(!(isHigh(before) && isLow(after)), `${what}: offset ${offset} splits a surrogate pair`);
}

function assertSpan(text: string, span: Span, what: string): void {
  assertBoundary(text, span.start, `${what} start`);
  assertBoundary(text, span.end, `${what} end`);
  assert.ok(span.start <= span.end, `${what}: start ${span.start} > end ${span.end}`);
}

function assertWellFormed(text: string, result: AnalysisResult): void {
  const { doc } = result;
  assert.equal(doc.text, text);
  for (const [i, unit] of doc.units.entries()) {
    assertSpan(text, unit, `unit ${i}`);
    for (const s of unit.sentences) {
      assert.ok(s.start >= unit.start && s.end <= unit.end, `sentence ${s.start}-${s.end} outside its unit ${unit.start}-${unit.end}`);
      // Masking blanks markup without moving anything: the masked sentence has its source's length.
      assert.equal(s.text.length, s.end - s.start, `masked sentence length differs from its source span at ${s.start}`);
      assertSpan(text, s, 'sentence');
    }
  }
  for (const section of doc.sections) {
    assertSpan(text, section, 'section');
    assertSpan(text, section.headingSpan, 'heading');
    assert.ok(section.parent < doc.sections.indexOf(section), 'a section parent precedes it');
  }
  for (const f of result.findings) {
    const id = f.requirement.id;
    assertSpan(text, f.range, `${id} range`);
    assert.ok(f.message.length > 0, `${id}: empty message`);
    for (const e of f.evidence) {
      assertSpan(text, e, `${id} evidence`);
      assert.equal(e.line, result.lines.position(e.start).line + 1, `${id}: evidence line`);
      if (e.cue) {
        assertSpan(text, e.cue, `${id} cue`);
        assert.ok(e.cue.start >= e.start && e.cue.end <= e.end, `${id}: cue ${e.cue.start}-${e.cue.end} outside its evidence ${e.start}-${e.end}`);
      }
    }
  }
}

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
        const lines = new LineIndex(text);
        for (const d of toDiagnostics(result, settings)) {
          for (const p of [d.range.start, d.range.end]) {
            assert.ok(p.line >= 0 && p.line < lines.lineCount, `line ${p.line} of ${lines.lineCount}`);
            assert.ok(p.character >= 0 && p.character <= lines.lineText(p.line).length, `character ${p.character} beyond line ${p.line}`);
          }
          const start = lines.offset(d.range.start.line, d.range.start.character);
          const end = lines.offset(d.range.end.line, d.range.end.character);
          assert.ok(start <= end, `diagnostic ${String(d.code)} runs backwards`);
        }
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
