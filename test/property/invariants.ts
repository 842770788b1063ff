/**
 * Invariants every engine result must satisfy, shared by the property tests and the sweeps over
 * the CommonMark examples and the corpus.
 */
import { strict as assert } from 'node:assert';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { AnalysisResult } from '../../server/src/engine/analyze';
import { LineIndex } from '../../server/src/engine/text';
import type { Span } from '../../server/src/engine/types';

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** An offset a range may start or end at: inside the text, not inside a CRLF or a surrogate pair. */
export function assertBoundary(text: string, offset: number, what: string): void {
  assert.ok(Number.isInteger(offset) && offset >= 0 && offset <= text.length, `${what}: offset ${offset} outside 0..${text.length}`);
  if (offset === 0 || offset === text.length) return;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  assert.ok(!(before === 13 && after === 10), `${what}: offset ${offset} splits a CRLF`);
  assert.ok(!(isHigh(before) && isLow(after)), `${what}: offset ${offset} splits a surrogate pair`);
}

export function assertSpan(text: string, span: Span, what: string): void {
  assertBoundary(text, span.start, `${what} start`);
  assertBoundary(text, span.end, `${what} end`);
  assert.ok(span.start <= span.end, `${what}: start ${span.start} > end ${span.end}`);
}

export function assertWellFormed(text: string, result: AnalysisResult): void {
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

/** Every diagnostic range is a valid LSP range inside `text`, start before end. */
export function assertLspRanges(text: string, diagnostics: readonly Diagnostic[]): void {
  const lines = new LineIndex(text);
  for (const d of diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.lineCount, `${String(d.code)}: line ${p.line} of ${lines.lineCount}`);
      assert.ok(p.character >= 0 && p.character <= lines.lineText(p.line).length, `${String(d.code)}: character ${p.character} beyond line ${p.line}`);
    }
    const start = lines.offset(d.range.start.line, d.range.start.character);
    const end = lines.offset(d.range.end.line, d.range.end.character);
    assert.ok(start <= end, `diagnostic ${String(d.code)} runs backwards`);
    assert.ok(typeof d.message === 'string' && d.message.length > 0, `${String(d.code)}: empty message`);
  }
}
