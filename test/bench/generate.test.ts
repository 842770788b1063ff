/**
 * The benchmark's generated drafts: deterministic, and varied enough that a cache keyed on a
 * sentence's or a block's text cannot flatter the cold measure (a draft that repeats a few
 * sentences would let it).
 */
import { strict as assert } from 'node:assert';
import { generateContract } from '../../bench/generate';

/** The clause sentences of a generated draft, without their numbers and list markers. */
function sentences(text: string): string[] {
  return text
    .replace(/^[#|].*$/gm, '')
    .replace(/^(?:\d+(?:\.\d+)*|\([a-z]\)|-) /gm, '')
    .split(/(?<=[.;:])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

describe('bench: generated contract drafts', () => {
  it('give the same text for the same seed and size, another for another seed', () => {
    const a = generateContract({ size: 60_000, seed: 3 });
    assert.equal(generateContract({ size: 60_000, seed: 3 }), a);
    assert.notEqual(generateContract({ size: 60_000, seed: 4 }), a);
    assert.ok(a.length >= 60_000 && a.length < 64_000, `${a.length} characters`);
    assert.equal(generateContract({ size: 60_000, seed: 3, eol: '\r\n' }), a.replace(/\n/g, '\r\n'));
  });

  it('hold mostly distinct sentences, security clauses among them', () => {
    const all = sentences(generateContract({ size: 300_000, seed: 2022 }));
    const distinct = new Set(all);
    assert.ok(all.length > 2000, `${all.length} sentences`);
    assert.ok(distinct.size > 0.6 * all.length, `${distinct.size} distinct of ${all.length}`);
    const security = all.filter((s) => /multi-factor|Security Incident|back up|security patches|Security Logs|audit logs|event logs/.test(s));
    assert.ok(new Set(security).size > 100, `${new Set(security).size} distinct security sentences`);
  });
});
