/**
 * Aho–Corasick over the term sets' anchors (terms.ts): one left-to-right pass over a lower-case
 * text reports every anchor that occurs in it as a substring, overlapping and nested ones
 * included, exactly what `lower.includes(anchor)` would say for each anchor, at the cost of one
 * table lookup per character however many anchors there are.
 *
 * The automaton is a full DFA over UTF-16 code units: characters that occur in no anchor share
 * class 0 (they lead back to the root), so the table stays small (states × distinct characters).
 */
export class AnchorAutomaton {
  /** Character class per UTF-16 code unit; 0 = in no anchor. */
  private readonly classOf = new Uint16Array(0x10000);
  private readonly width: number;
  /** next state = delta[state * width + class]. */
  private readonly delta: Int32Array;
  /** Anchor ids that end at a state (its own and its suffixes'); undefined when none. */
  private readonly output: (number[] | undefined)[];

  constructor(readonly anchors: readonly string[]) {
    let classes = 1;
    for (const a of anchors) for (let i = 0; i < a.length; i++) if (!this.classOf[a.charCodeAt(i)]) this.classOf[a.charCodeAt(i)] = classes++;
    this.width = classes;
    // The trie, with sparse children; then breadth-first failure links fill the dense table.
    const children: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    anchors.forEach((anchor, id) => {
      if (!anchor) return;
      let state = 0;
      for (let i = 0; i < anchor.length; i++) {
        const c = this.classOf[anchor.charCodeAt(i)]!;
        let next = children[state]!.get(c);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]!.set(c, next);
        }
        state = next;
      }
      ends[state]!.push(id);
    });
    const delta = new Int32Array(children.length * classes);
    const fail = new Int32Array(children.length);
    this.output = new Array<number[] | undefined>(children.length);
    // Breadth first: a state's row is its failure state's row (complete already) with its own
    // children written over it.
    const queue: number[] = [0];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      const own = ends[state]!;
      const inherited = state === 0 ? undefined : this.output[fail[state]!];
      this.output[state] = own.length ? (inherited ? [...own, ...inherited] : own) : inherited;
      const row = state * classes;
      if (state !== 0) delta.copyWithin(row, fail[state]! * classes, fail[state]! * classes + classes);
      for (const [c, child] of children[state]!) {
        fail[child] = state === 0 ? 0 : delta[fail[state]! * classes + c]!;
        delta[row + c] = child;
        queue.push(child);
      }
    }
    this.delta = delta;
  }

  /** Calls `found` for every occurrence of every anchor in `text` (ids may repeat). */
  scan(text: string, found: (id: number) => void): void {
    const { classOf, delta, width, output } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = delta[state * width + classOf[text.charCodeAt(i)]!]!;
      const out = output[state];
      if (out) for (let k = 0; k < out.length; k++) found(out[k]!);
    }
  }
}
