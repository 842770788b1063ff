/** How a clause paragraph is written (list marker, label, bold run-in title), read from a neighbour. */
import type { ClauseUnit } from '../parse';
import { labelKind, type Label } from './labels';

/** How a clause paragraph is written: list marker, label, bold run-in title. */
export interface ClauseStyle {
  list?: { indent: string; bullet?: string; number?: number; delimiter: string; gap: string };
  label?: Label;
  /** Text between the label and the clause ("7.1 " → " "). */
  gap: string;
  runIn?: { marker: string; dotInside: boolean; dotOutside: boolean };
}

export const WORD_PREFIX = String.raw`(?:(?:Section|Clause|Article|Paragraph)\s+|§\s*)`;
export const LABEL_PATTERNS: { re: RegExp; open: string; close: string }[] = [
  // 7.1, 7.1., Section 7.01., **7.1**; a bare "7" only after a word ("Section 7.")
  { re: new RegExp(String.raw`^(\*\*|__)?(${WORD_PREFIX})?(\d+(?:\.\d+)+)(\.?)(\*\*|__)?(\s+)`, 'i'), open: '', close: '' },
  { re: new RegExp(String.raw`^(\*\*|__)?(${WORD_PREFIX})(\d+)(\.?)(\*\*|__)?(\s+)`, 'i'), open: '', close: '' },
  { re: /^(\*\*|__)?()\(([a-z]{1,3}|\d{1,3})\)()(\*\*|__)?(\s+)/i, open: '(', close: ')' },
  { re: /^(\*\*|__)?()([a-z]{1,3})\)()(\*\*|__)?(\s+)/i, open: '', close: ')' },
];

/** Read the style of a clause from the source text of its first line. */
export function styleOf(text: string, unit: ClauseUnit, previousLabel?: string): ClauseStyle {
  const lineStart = text.lastIndexOf('\n', unit.start - 1) + 1;
  const prefix = text.slice(lineStart, unit.start);
  const style: ClauseStyle = { gap: ' ' };
  if (unit.kind === 'list-item') {
    const m = /^(\s*)([-*+]|(\d{1,9})([.)]))(\s+)$/.exec(prefix);
    if (m) style.list = { indent: m[1]!, ...(m[3] ? { number: Number(m[3]) } : { bullet: m[2]! }), delimiter: m[4] ?? '', gap: m[5]! };
  }
  let rest = text.slice(unit.start, Math.min(unit.end, unit.start + 300));
  for (const p of LABEL_PATTERNS) {
    const m = p.re.exec(rest);
    if (!m) continue;
    const strong = m[1] && m[1] === m[5] ? m[1] : '';
    const value = m[3]!;
    style.label = {
      kind: labelKind(value, previousLabel),
      value,
      open: strong + (m[2] ?? '') + p.open,
      close: p.close + (m[4] ?? '') + strong,
      upper: value === value.toUpperCase() && /[A-Z]/.test(value),
    };
    style.gap = m[6]!;
    rest = rest.slice(m[0].length);
    break;
  }
  const runIn = /^(\*\*|__)([^*_\n]{1,80}?)(\.?)\1(\.?)\s/.exec(rest);
  if (runIn) style.runIn = { marker: runIn[1]!, dotInside: runIn[3] === '.', dotOutside: runIn[4] === '.' };
  return style;
}

export function labelText(label: Label, value: string): string {
  return `${label.open}${value}${label.close}`;
}

