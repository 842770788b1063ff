/** How each status looks in HTML (the CLI report and the editor's coverage view share the classes). */
import type { Status } from '../engine';

export const STATUS_CLASS: Record<Status, 'ok' | 'accepted' | 'warn' | 'bad'> = {
  present: 'ok',
  accepted: 'accepted',
  weak: 'warn',
  'below-threshold': 'warn',
  'wrong-party': 'warn',
  negated: 'bad',
  missing: 'bad',
};

/** How each status looks in a Markdown report. */
export const STATUS_MARK: Record<Status, string> = {
  present: '✅',
  accepted: '☑️',
  weak: '⚠️',
  'below-threshold': '⚠️',
  'wrong-party': '⚠️',
  negated: '❌',
  missing: '❌',
};
