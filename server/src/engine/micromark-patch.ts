/**
 * micromark 4 applies a batch of event edits (EditMap.consume) by copying every event before the
 * first edit and pushing them all back. It does so once per setext heading and once per closed
 * list item, so those documents parse in quadratic time (16 KB of "a\n=\n": seconds; see
 * docs/remark-setext-quadratic.md). This leaves that prefix in place; the result is the same
 * array with the same events. Applied once, on import, before any parse.
 */
import { EditMap } from 'micromark-util-edit-map';

type Events = Parameters<EditMap['consume']>[0];
type Change = [at: number, remove: number, add: Events];

/** The consume micromark ships (kept for the test that compares the two). */
export const originalConsume = EditMap.prototype.consume;

/** EditMap.consume without copying the untouched events before the first edit. */
export function consumeInPlace(this: EditMap, events: Events): undefined {
  const state = this as unknown as { map: Change[]; index: Map<number, Change> };
  state.map.sort((a, b) => a[0] - b[0]);
  if (state.map.length === 0) return undefined;
  const tails: Events[] = [];
  for (let i = state.map.length - 1; i >= 0; i--) {
    const [at, remove, add] = state.map[i]!;
    tails.push(events.slice(at + remove), add);
    events.length = at;
  }
  for (let tail = tails.pop(); tail; tail = tails.pop()) for (const event of tail) events.push(event);
  state.map.length = 0;
  state.index.clear();
  return undefined;
}

/** Only the known shape is replaced (it copies the whole list with `.slice()`); a fixed release is left alone. */
export const patched = /\.slice\(\)/.test(originalConsume.toString());
if (patched) EditMap.prototype.consume = consumeInPlace;
