/**
 * The answers a pure function of (owner, text, range) gave for the last few texts of each owner
 * (a requirement, a document's parties). Classification asks about one sentence's ranges again
 * and again (its region, the head of a coordination, carve-outs; then for the next requirement):
 * those questions are answered once. Answers are frozen, since every caller that asks shares them.
 */
export class RecentAnswers<Owner extends object, Answer extends object> {
  private readonly readings: TextReadings<Owner, Owner, Answer>;

  constructor(
    answer: (text: string, from: number, to: number, owner: Owner) => Answer,
    /** Texts kept per owner (all are dropped when one more comes). */
    texts = 32,
  ) {
    this.readings = new TextReadings((text, from, to, owner) => answer(text, from, to, owner), texts);
  }

  get(owner: Owner, text: string, from: number, to: number): Answer {
    return this.readings.get(owner, owner, text, from, to);
  }
}

/**
 * Readings of a sentence that depend on its text and on what the document is read with (the
 * lexicon, the parties), never on the requirement being matched. Matching runs requirement by
 * requirement over the whole document, and a sentence is classified for 1.6 requirements on
 * average (a repeated sentence again each time it recurs): such a reading is worked out once per
 * text and shared. Answers are frozen, since every caller that asks shares them.
 */
export class TextReadings<First extends object, Second extends object, Answer> {
  private readonly byOwner = new WeakMap<First, WeakMap<Second, Map<string, Map<number, Answer>>>>();

  constructor(
    private readonly read: (text: string, from: number, to: number, first: First, second: Second) => Answer,
    /** Texts kept per pair of owners (all are dropped when one more comes): a large draft's classified sentences fit. */
    private readonly texts = 8192,
  ) {}

  get(first: First, second: Second, text: string, from = 0, to = 0): Answer {
    let bySecond = this.byOwner.get(first);
    if (!bySecond) this.byOwner.set(first, (bySecond = new WeakMap()));
    let byText = bySecond.get(second);
    if (!byText) bySecond.set(second, (byText = new Map()));
    // Keyed by the text itself, then the range as one number: a string key per call would hash
    // the whole text each time, where the text's own hash is computed once.
    let byRange = byText.get(text);
    if (!byRange) {
      if (byText.size >= this.texts) byText.clear();
      byText.set(text, (byRange = new Map()));
    }
    const range = from * RANGE_BASE + to;
    if (byRange.has(range)) return byRange.get(range) as Answer;
    const answer = this.read(text, from, to, first, second);
    const kept = typeof answer === 'object' && answer !== null ? Object.freeze(answer) : answer;
    byRange.set(range, kept);
    return kept;
  }
}

/** A range [from, to) as one number (one per range in texts shorter than 2^26 characters). */
const RANGE_BASE = 2 ** 27;
