/**
 * The answers a pure function of (owner, text, range) gave for the last few texts of each owner
 * (a requirement, a document's parties). Classification asks about one sentence's ranges again
 * and again (its region, the head of a coordination, carve-outs; then for the next requirement):
 * those questions are answered once. Answers are frozen, since every caller that asks shares them.
 */
export class RecentAnswers<Owner extends object, Answer extends object> {
  private readonly byOwner = new WeakMap<Owner, Map<string, Map<number, Answer>>>();

  constructor(
    private readonly answer: (text: string, from: number, to: number, owner: Owner) => Answer,
    /** Texts kept per owner (all are dropped when one more comes). */
    private readonly texts = 32,
  ) {}

  get(owner: Owner, text: string, from: number, to: number): Answer {
    let byText = this.byOwner.get(owner);
    if (!byText) this.byOwner.set(owner, (byText = new Map()));
    // Keyed by the text itself, then the range as one number: a string key per call would hash
    // the whole text each time, where the text's own hash is computed once.
    let byRange = byText.get(text);
    if (!byRange) {
      if (byText.size >= this.texts) byText.clear();
      byText.set(text, (byRange = new Map()));
    }
    const range = from * RANGE_BASE + to;
    let answer = byRange.get(range);
    if (!answer) byRange.set(range, (answer = Object.freeze(this.answer(text, from, to, owner))));
    return answer;
  }
}

/** A range [from, to) as one number (one per range in texts shorter than 2^26 characters). */
const RANGE_BASE = 2 ** 27;
