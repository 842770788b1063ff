/** Clause numbering arithmetic: "12.3" → "12.4", "(c)" → "(d)", "(iv)" → "(v)", first labels of a new run. */
export type LabelKind = 'dotted' | 'number' | 'letter' | 'roman';

export interface Label {
  kind: LabelKind;
  value: string;
  /** Text around the value as written: "(" + ")", "" + ".", "**" + "**". */
  open: string;
  close: string;
  upper: boolean;
}

export const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

export function toRoman(n: number): string {
  const table: [number, string][] = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

export function fromRoman(s: string): number {
  const map: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  const t = s.toLowerCase();
  for (let i = 0; i < t.length; i++) {
    const v = map[t[i]!]!;
    const next = map[t[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

export function nextLetter(s: string): string {
  const lower = s.toLowerCase();
  const chars = lower.split('');
  let i = chars.length - 1;
  while (i >= 0 && chars[i] === 'z') chars[i--] = 'a';
  if (i < 0) chars.unshift('a');
  else chars[i] = String.fromCharCode(chars[i]!.charCodeAt(0) + 1);
  const out = chars.join('');
  return s === s.toUpperCase() ? out.toUpperCase() : out;
}

/** "9" → "10", "01" → "02" (zero padding kept). */
export function increment(digits: string): string {
  return String(Number(digits) + 1).padStart(digits.length, '0');
}

/** Label after `label`; `previous` (the one before it) settles "i"/"v"/"x": letters or roman numerals. */
export function nextLabelValue(label: Label): string {
  switch (label.kind) {
    case 'dotted': {
      const parts = label.value.split('.');
      parts[parts.length - 1] = increment(parts[parts.length - 1]!);
      return parts.join('.');
    }
    case 'number':
      return increment(label.value);
    case 'roman': {
      const r = toRoman(fromRoman(label.value) + 1);
      return label.upper ? r.toUpperCase() : r;
    }
    case 'letter':
      return nextLetter(label.value);
  }
}

/** First label of a new run: "15.1" (or "15.01" when the model was "14.06"), "(a)", "(i)", "1". */
export function firstLabelValue(kind: LabelKind, upper: boolean, parent?: string, width = 1): string {
  switch (kind) {
    case 'dotted': return `${parent ?? '1'}.${'1'.padStart(width, '0')}`;
    case 'number': return '1';
    case 'roman': return upper ? 'I' : 'i';
    case 'letter': return upper ? 'A' : 'a';
  }
}

export function labelKind(value: string, previous: string | undefined): LabelKind {
  if (/^\d+(\.\d+)+$/.test(value)) return 'dotted';
  if (/^\d+$/.test(value)) return 'number';
  const roman = ROMAN.test(value);
  if (roman && value.length > 1) return 'roman';
  if (roman && previous !== undefined) {
    // (h) then (i) is a letter; (iv) then (v) is a numeral.
    return ROMAN.test(previous) && !(previous.length === 1 && nextLetter(previous) === value) ? 'roman' : 'letter';
  }
  if (/^[iI]$/.test(value)) return 'roman';
  return 'letter';
}

