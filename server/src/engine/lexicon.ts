/**
 * The global weakening lexicon (advisory.md §3.0): hedges, effort standards, permissive modals,
 * negations and carve-outs, conditions and cost shifting. Requirement files add their own cues.
 * Phrases, not regular expressions: they go through the same safe term compiler.
 */
export interface LexiconEntry {
  phrases: string[];
  reason: string;
}

export const HEDGES: LexiconEntry[] = [
  {
    phrases: [
      'where possible', 'where practicable', 'where practical', 'where feasible', 'where appropriate', 'as appropriate',
      'if applicable', 'to the extent possible', 'to the extent practicable', 'to the extent reasonably practicable',
      'as far as reasonably practicable', 'as far as possible', 'where technically feasible', 'where supported',
      'subject to availability', 'if available', 'where available', 'if feasible', 'if possible', 'when possible',
      'where reasonably possible', 'as time permits',
    ],
    reason: 'the obligation is qualified, so the other party cannot rely on it',
  },
  {
    phrases: [
      'commercially reasonable efforts', 'commercially reasonable endeavours', 'commercially reasonable endeavors',
      'reasonable efforts', 'reasonable endeavours', 'reasonable endeavors', 'best efforts', 'best endeavours',
      'best endeavors', 'all reasonable efforts', 'use efforts', 'endeavour to', 'endeavor to', 'seek to', 'aim to',
      'strive to', 'attempt to', 'intends to', 'intend to', 'try to',
    ],
    reason: 'an effort standard, not a duty to achieve the result',
  },
  {
    phrases: [
      'at its sole discretion', 'at its discretion', 'in its sole discretion', 'in its discretion', "at the Provider's option",
      'at its option', 'as it determines', 'as the Provider determines', 'if it deems necessary', 'as it deems appropriate',
      'as it considers appropriate', 'from time to time',
    ],
    reason: 'left to the obligated party’s discretion',
  },
  {
    phrases: [
      'upon request', 'on request', 'upon written request', "upon the Customer's request", "upon Customer's request",
      'if requested', 'when requested', 'at the request of',
    ],
    reason: 'owed only if the other party asks',
  },
  {
    phrases: [
      'subject to additional fees', 'at additional cost', 'at additional charge', 'for an additional fee', 'additional fees apply',
      'billable service', 'chargeable service', 'under a separate SOW', 'under a separate statement of work', 'optional',
      'add-on', 'available for purchase',
    ],
    reason: 'offered only as an optional or extra-cost service',
  },
];

/** Permissive modals weaken only when the obligated party is their subject. */
export const PERMISSIVE_MODALS = ['may', 'might', 'can', 'could', 'should', 'is encouraged to', 'are encouraged to', 'recommends', 'recommended'];

export const NEGATIONS: LexiconEntry[] = [
  {
    phrases: [
      'is not required to', 'are not required to', 'shall not be required to', 'will not be required to', 'not be obliged to',
      'not be obligated to', 'is not obliged to', 'is not obligated to', 'has no obligation', 'have no obligation',
      'shall have no obligation', 'no obligation to', 'does not provide', 'do not provide', 'will not provide',
      'shall not provide', 'does not include', 'is not included', 'are not included', 'not included', 'excluded from',
      'excludes', 'is excluded', 'are excluded', 'out of scope', 'outside the scope', 'disclaims', 'not responsible for',
      'not be responsible for', 'not liable for', 'no responsibility for', 'does not offer', 'does not support',
      'is not responsible', 'bears no responsibility', 'makes no commitment', 'does not guarantee', 'does not warrant',
    ],
    reason: 'the obligation is expressly disclaimed or excluded',
  },
];

/** Phrases that push a duty onto a named party as its sole responsibility. */
export const SOLE_RESPONSIBILITY = ['solely responsible for', 'sole responsibility', 'exclusively responsible for', 'responsible for its own'];

/** Words that make a sentence a binding obligation. */
export const BINDING = [
  'shall', 'must', 'will', 'agrees to', 'agree to', 'undertakes to', 'undertake to', 'is required to', 'are required to',
  'is obliged to', 'is obligated to', 'covenants to', 'is responsible for', 'are responsible for', 'shall be responsible for',
  'warrants that', 'ensures', 'is to', 'are to',
];
