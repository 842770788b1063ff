/**
 * The global weakening lexicon (advisory.md §3.0): hedges, effort standards, permissive modals,
 * negations and carve-outs, conditions and cost shifting. Requirement files add their own cues.
 * Phrases, not regular expressions: they go through the same safe term compiler (terms.ts), so
 * "where possible" also matches "where-possible", and "endeavour to" matches "endeavours to".
 */
export interface LexiconEntry {
  phrases: string[];
  reason: string;
}

export const HEDGES: LexiconEntry[] = [
  {
    phrases: [
      'where possible', 'where practicable', 'where practical', 'where feasible', 'where appropriate', 'as appropriate',
      'if applicable', 'where applicable', 'to the extent possible', 'to the extent practicable', 'to the extent reasonably practicable',
      'to the extent feasible', 'as far as reasonably practicable', 'as far as possible', 'where technically feasible',
      'where supported', 'subject to availability', 'if available', 'where available', 'if feasible', 'if possible',
      'when possible', 'whenever possible', 'wherever possible', 'where reasonably possible', 'as time permits',
      'as needed', 'if needed', 'when needed', 'where necessary', 'if necessary', 'as soon as practical', 'as soon as practicable',
      'not technically feasible', 'not feasible', 'not practicable', 'not reasonably practicable', 'impracticable', 'not possible',
    ],
    reason: 'the obligation is qualified, so the other party cannot rely on it',
  },
  {
    phrases: ['it is important that', 'it is important to', 'it is important for', 'it is advisable'],
    reason: 'advice or a rationale, not a duty',
  },
  {
    phrases: ['typically', 'generally', 'usually', 'normally', 'in most cases', 'ordinarily', 'not all', 'some of'],
    reason: 'it describes usual practice or only part of the duty, not a firm commitment',
  },
  {
    phrases: [
      'commercially reasonable efforts', 'commercially reasonable endeavours', 'commercially reasonable endeavors',
      'reasonable efforts', 'reasonable endeavours', 'reasonable endeavors', 'best efforts', 'best endeavours',
      'best endeavors', 'all reasonable efforts', 'good faith efforts', 'good-faith efforts', 'every effort', 'use efforts',
      'endeavour to', 'endeavor to', 'seek to', 'aim to', 'strive to', 'attempt to', 'intends to', 'intend to', 'try to',
      'reasonable steps', 'make efforts',
    ],
    reason: 'an effort standard, not a duty to achieve the result',
  },
  {
    phrases: [
      'at its sole discretion', 'at its discretion', 'in its sole discretion', 'in its discretion', 'at its option',
      'as it determines', 'as it deems necessary', 'if it deems necessary', 'as it deems appropriate', 'as it considers appropriate',
      'from time to time', 'reserves the right to', 'is entitled to', 'in accordance with its standard practices',
      'in accordance with its standard policies', 'its standard policy',
    ],
    reason: 'left to the obligated party’s discretion',
  },
  {
    phrases: [
      'upon request', 'on request', 'upon written request', 'upon reasonable request', 'on reasonable request', 'if requested',
      'when requested', 'at the request of', 'if asked',
    ],
    reason: 'owed only if the other party asks',
  },
  {
    phrases: [
      'subject to additional fees', 'at additional cost', 'at additional charge', 'for an additional fee', 'additional fees apply',
      'at extra cost', 'billable service', 'chargeable service', 'under a separate SOW', 'under a separate statement of work',
      'optional', 'add-on', 'available for purchase',
    ],
    reason: 'offered only as an optional or extra-cost service',
  },
  {
    phrases: [
      'unless otherwise agreed', 'except as otherwise agreed', 'save as otherwise agreed', 'as may be agreed', 'to be agreed',
      'as agreed between the parties', 'to be determined',
    ],
    reason: 'left to a later agreement, so nothing is fixed yet',
  },
];

/** Permissive modals weaken only when the obligated party is their subject. */
export const PERMISSIVE_MODALS = [
  'may', 'might', 'can', 'could', 'should', 'is encouraged to', 'are encouraged to', 'recommends', 'recommend', 'recommended',
  'may elect to', 'may choose to', 'is permitted to', 'are permitted to', 'is allowed to', 'are allowed to',
  'is authorized to', 'is authorised to', 'are authorized to', 'are authorised to', 'has the right to', 'have the right to',
  'shall have the right to', 'will have the right to', 'shall be entitled to', 'will be entitled to',
];

export const NEGATIONS: LexiconEntry[] = [
  {
    phrases: [
      'is not required to', 'are not required to', 'shall not be required to', 'will not be required to', 'not be required to',
      'not be obliged to', 'not be obligated to', 'is not obliged to', 'is not obligated to', 'are not obliged to', 'need not',
      'has no obligation', 'have no obligation', 'shall have no obligation', 'no obligation to', 'no duty to', 'is under no obligation',
      'does not provide', 'do not provide', 'will not provide', 'shall not provide', 'does not include', 'is not included',
      'are not included', 'not included', 'excluded from', 'excludes', 'is excluded', 'are excluded', 'out of scope',
      'outside the scope', 'outside of the scope', 'not within the scope', 'disclaims', 'not responsible for',
      'not be responsible for', 'not liable for', 'no responsibility for', 'does not offer', 'does not support',
      'is not responsible', 'bears no responsibility', 'makes no commitment', 'does not guarantee', 'does not warrant',
      'cannot guarantee', 'makes no representation', 'makes no warranty', 'not covered by',
      'is not subject to', 'are not subject to', 'not be subject to',
    ],
    reason: 'the obligation is expressly disclaimed or excluded',
  },
];

/**
 * Words that open a carve-out; when the requirement's concept sits inside one ("all services
 * except backups") the requirement is excluded.
 */
export const EXCLUSIONS = ['except', 'excluding', 'other than', 'with the exception of', 'not including', 'save for', 'excepting'];

/** Phrases that push a duty onto a named party as its sole responsibility. */
export const SOLE_RESPONSIBILITY = [
  'solely responsible for', 'sole responsibility', 'exclusively responsible for', 'responsible for its own', 'up to you',
  'at your own risk', 'at its own risk', 'your responsibility', 'its own responsibility', 'entirely responsible for',
  'fully responsible for', 'remains responsible for', 'retains responsibility for',
];

/** Responsibility language: binding on whoever is its subject. */
export const RESPONSIBILITY = ['is responsible for', 'are responsible for', 'shall be responsible for', 'will be responsible for', 'be responsible for'];

/** Words that make a sentence a binding obligation. */
export const BINDING = [
  'shall', 'must', 'will', 'agrees to', 'agree to', 'undertakes to', 'undertake to', 'is required to', 'are required to',
  'is obliged to', 'is obligated to', 'covenants to', 'is responsible for', 'are responsible for', 'shall be responsible for',
  'warrants that', 'warrants to', 'ensures', 'is to', 'are to', 'commits to', 'guarantees', 'represents and warrants',
  // A prohibition binds: "may not subcontract without approval" is not a permission.
  'may not',
];

/** Statements of capability rather than duty ("MFA is available", "the Service supports SSO"). */
export const CAPABILITY = [
  'is available', 'are available', 'is supported', 'are supported', 'supports', 'is offered', 'are offered', 'offers', 'offer',
  'can be enabled', 'can be configured', 'allows', 'enables you', 'gives you the option', 'has the ability', 'provides tools',
];
