/** The replacement for micromark's EditMap.consume must apply any batch of edits exactly as the original does. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { EditMap } from 'micromark-util-edit-map';
import { consumeInPlace, originalConsume, patched } from '../../server/src/engine/micromark-patch';
import { params } from '../property/config';

type Events = Parameters<EditMap['consume']>[0];

/** Stand-in events: micromark only moves them around. */
const events = (labels: number[]): Events => labels.map((n) => ['enter', { type: `t${n}` }, {}] as unknown as Events[number]);

describe('micromark EditMap.consume replacement', () => {
  it('is installed (micromark 4 ships the copying version)', () => {
    assert.equal(patched, true);
    assert.equal(EditMap.prototype.consume, consumeInPlace);
  });

  it('gives the same events as the original for any edits (property)', () => {
    const edit = fc.tuple(fc.nat({ max: 40 }), fc.nat({ max: 5 }), fc.array(fc.integer({ min: 100, max: 200 }), { maxLength: 4 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 99 }), { maxLength: 40 }), fc.array(edit, { maxLength: 6 }), (labels, edits) => {
        const run = (consume: (this: EditMap, e: Events) => undefined): Events => {
          const list = events(labels);
          const map = new EditMap();
          for (const [at, remove, add, before] of edits) {
            const where = Math.min(at, list.length);
            if (before) map.addBefore(where, Math.min(remove, list.length - where), events(add));
            else map.add(where, Math.min(remove, list.length - where), events(add));
          }
          consume.call(map, list);
          return list;
        };
        assert.deepStrictEqual(run(consumeInPlace), run(originalConsume));
      }),
      params(300),
    );
  });
});
