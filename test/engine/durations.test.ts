import { strict as assert } from 'node:assert';
import { findDurations, meets, toDays } from '../../server/src/engine/durations';
import type { Duration } from '../../server/src/engine/types';

const one = (text: string): { value: number; unit: string; qualifier: string } => {
  const found = findDurations(text);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  const d = found[0]!;
  return { value: d.duration.value, unit: d.duration.unit, qualifier: d.qualifier };
};

describe('durations: words and digits', () => {
  for (const [text, value, unit] of [
    ['six (6) months', 6, 'month'],
    ['180 days', 180, 'day'],
    ['26 weeks', 26, 'week'],
    ['one year', 1, 'year'],
    ['24 hours', 24, 'hour'],
    ['two (2) Business Days', 2, 'business-day'],
    ['ten (10) working days', 10, 'business-day'],
    ['ninety (90) days', 90, 'day'],
    ['seventy-two (72) hours', 72, 'hour'],
    ['one hundred and eighty days', 180, 'day'],
    ['twelve-month', 12, 'month'],
    ['a 90-day period', 90, 'day'],
    ['thirty calendar days', 30, 'day'],
    ['one quarter', 3, 'month'],
    ['a fortnight', 2, 'week'],
    ['1,000 days', 1000, 'day'],
    ['7 yrs', 7, 'year'],
  ] as const) {
    it(`reads "${text}" as ${value} ${unit}`, () => {
      const d = one(text);
      assert.equal(d.value, value);
      assert.equal(d.unit, unit);
    });
  }

  it('does not add up numbers joined by "and" unless after hundred', () => {
    assert.deepEqual(findDurations('between one and two years').map((d) => d.duration.value), [2]);
  });

  it('finds every duration with offsets', () => {
    const text = 'kept locally for one month and then for a minimum of one year';
    const found = findDurations(text, 100);
    assert.deepEqual(found.map((d) => [d.duration.value, d.duration.unit, d.qualifier]), [[1, 'month', 'exact'], [1, 'year', 'min']]);
    assert.equal(text.slice(found[0]!.start - 100, found[0]!.end - 100), 'one month');
  });
});

describe('durations: minimum or maximum', () => {
  for (const [text, qualifier] of [
    ['at least six months', 'min'],
    ['not less than 180 days', 'min'],
    ['no fewer than 26 weeks', 'min'],
    ['a minimum of one year', 'min'],
    ['a minimum retention period of 12 months', 'min'],
    ['180 days or more', 'min'],
    ['six months minimum', 'min'],
    ['more than six months', 'min'],
    ['up to six months', 'max'],
    ['no more than six months', 'max'],
    ['no longer than 90 days', 'max'],
    ['within 72 hours', 'max'],
    ['not to exceed 30 days', 'max'],
    ['90 days or less', 'max'],
    ['for six months', 'exact'],
  ] as const) {
    it(`"${text}" is ${qualifier}`, () => assert.equal(one(text).qualifier, qualifier));
  }
});

describe('durations: comparison', () => {
  const six: Duration = { value: 6, unit: 'month' };
  for (const [value, unit, ok] of [
    [180, 'day', true],
    [26, 'week', true],
    [1, 'year', true],
    [6, 'month', true],
    [2, 'quarter', true],
    [1, 'quarter', false],
    [90, 'day', false],
    [3, 'month', false],
    [130, 'business-day', true],
    [120, 'business-day', false],
    [24, 'hour', false],
  ] as const) {
    it(`${value} ${unit} ${ok ? 'meets' : 'is below'} six months`, () => {
      const d: Duration = unit === 'quarter' ? { value: value * 3, unit: 'month' } : { value, unit };
      assert.equal(meets(d, six), ok, `${toDays(d)} days`);
    });
  }
});
