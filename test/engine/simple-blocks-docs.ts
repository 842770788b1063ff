/**
 * Seeded generators of list and table documents for simple-blocks.test.ts: mostly the simple
 * shapes the parser-free readers take (so they are exercised), salted with the near misses they
 * must hand to remark (lazy lines, interrupting items, odd indentation, tabs, escaped pipes…).
 */
import { prng } from '../../bench/generate';

const TEXTS = [
  'The Provider shall back up Customer Data daily.',
  '**Backups.** The Provider shall keep an offline copy.',
  '*Logs* are kept for ninety (90) days.',
  '__Notice__ within 24 hours.',
  '(a) the Provider shall notify the Customer;',
  '“Security Incident” means any event.',
  '"MFA" means multi-factor authentication',
  '2.5 hours of downtime per month',
  '7.2 The Customer may audit',
  '合同条款 provider 😀 emoji',
  'é accented start',
  'Ωmega start',
  'text with trailing spaces  ',
  'text with <b>inline html</b> and `code`',
  'text with a [link](http://x) and a \\* escape',
  '§ 4 applies',
  '{{provider}} shall notify {{customer}}',
  '• pasted bullet',
  '\\[escaped] bracket',
  '`code` at the start',
  '[the guide](https://x) applies',
  '--- Schedule A --- applies',
  '!!! note on scope',
  '$ 500 per incident',
];

/** Lines that are not simple list or table content, in many forms. */
const NEAR_MISSES = [
  '> quoted', '```', '~~~', '    code', '# Heading', '## Heading', '---', '***', '___', '===', '| a | b |', '[x]: /url', '<div>',
  '<!-- note -->', '- [ ] task', '- [x] done', '-', '1.', '+', '\tTabbed', '- \tafter tab', '-\tafter tab', '2. two', '1) one',
  '3. three', '* * *', '- - -', '-     five spaces', '1.      six spaces', '- > quote in item', '- # heading in item', '- ```',
  '\u00a0nbsp', '😀 emoji start', 'a | b', '[^1]: note', '***bold italic***', '**', '*', '_ _ _', '- *', '- **x**', '+x', '-x', '*x',
  '[x]: /url', '[^1]: note', '[link](x) text', '``', '```js', '\uf0b7 symbol bullet',
  '-- x', '--', '++', '+ +', '__ _', '** *', '- -- x', '\ufeffbom',
];

export interface DocOptions {
  seed: number;
  /** Roughly how many constructs. */
  parts?: number;
}

type Rand = () => number;

const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

function text(rand: Rand): string {
  return rand() < 0.04 ? pick(rand, NEAR_MISSES) : pick(rand, TEXTS);
}

const MARKERS = ['- ', '- ', '* ', '+ ', '1. ', '1. ', '2. ', '1) ', '3) ', '10. ', '01. ', '0. ', '-  ', '1.  ', '-   ', '-    ', '999999999. '];

/** A list: items nested by their parents' content columns, sometimes by odd indentation. */
export function list(rand: Rand): string {
  const lines: string[] = [];
  const widths: number[] = [0]; // widths[L]: where an item at level L starts (its parent's content column)
  let kind = pick(rand, MARKERS);
  let level = 0;
  const items = 1 + Math.floor(rand() * 8);
  for (let n = 0; n < items; n++) {
    const r = rand();
    if (n > 0 && r < 0.3) level++; // a child of the last item
    else if (r < 0.5 && level > 0) level = Math.floor(rand() * level); // back out
    if (rand() < 0.2) kind = pick(rand, MARKERS);
    let indent = widths[level]!;
    if (rand() < 0.08) indent = Math.max(0, indent + Math.floor(rand() * 7) - 3); // odd indentation
    const marker = kind.replace(/^\d+/, (d) => (rand() < 0.7 ? String(Number(d) + n) : d));
    const gap = rand() < 0.25 ? (rand() < 0.8 ? [''] : ['', '']) : rand() < 0.03 ? ['  '] : [];
    if (n > 0) lines.push(...gap);
    // Sometimes the item holds a quote ("1.  > …", as pandoc writes it); its lines then mostly go on with ">".
    // Or a heading ("1. #### Introduction", as converters write numbered sections), sometimes one after a blank line too.
    const quoted = rand() < 0.12;
    const headed = !quoted && rand() < 0.08;
    const prefix = (): string => (quoted && rand() < 0.85 ? pick(rand, QUOTE_MARKS) : headed && rand() < 0.3 ? pick(rand, HEADING_MARKS) : '');
    lines.push(' '.repeat(indent) + marker + (quoted ? '> ' : headed ? pick(rand, HEADING_MARKS) : '') + text(rand));
    const width = indent + marker.length;
    // Continuation lines: indented to the content (or more), sometimes lazy, sometimes after a blank.
    const more = rand() < 0.35 ? 1 + Math.floor(rand() * 2) : 0;
    for (let k = 0; k < more; k++) {
      const blank = rand() < 0.3;
      if (blank) lines.push('');
      const ind = rand() < 0.8 ? width + (rand() < 0.2 ? 1 + Math.floor(rand() * 5) : 0) : Math.floor(rand() * width);
      lines.push(' '.repeat(ind) + prefix() + text(rand));
    }
    widths.length = level + 1;
    widths.push(width);
  }
  return lines.join('\n');
}

function cell(rand: Rand): string {
  const r = rand();
  if (r < 0.05) return '';
  if (r < 0.08) return ' a \\| b ';
  if (r < 0.1) return ' `x` ';
  if (r < 0.12) return '\t';
  return ` ${pick(rand, ['Backups', '99.9%', 'Service Credit', '合同', '😀 x', '**Tier 1**', '24 hours', 'n/a'])}${rand() < 0.2 ? '  ' : ' '}`;
}

const ALIGN = ['---', ':--', '--:', ':-:', ' --- ', '-', ':---:'];

/** A pipe table, sometimes malformed or irregular. */
export function table(rand: Rand): string {
  const cols = 1 + Math.floor(rand() * 4);
  const close = rand() < 0.85;
  const open = rand() < 0.95;
  const rowOf = (cells: string[]): string => (open ? '|' : '') + cells.join('|') + (close ? '|' : '') + (rand() < 0.1 ? '  ' : '');
  const lines = [rowOf(Array.from({ length: cols }, () => cell(rand)))];
  const delimCols = rand() < 0.93 ? cols : cols + 1;
  lines.push(rowOf(Array.from({ length: delimCols }, () => pick(rand, ALIGN))));
  const rows = Math.floor(rand() * 5);
  for (let r = 0; r < rows; r++) {
    const n = rand() < 0.85 ? cols : Math.max(1, cols + Math.floor(rand() * 3) - 1);
    lines.push(rand() < 0.04 ? pick(rand, NEAR_MISSES) : rowOf(Array.from({ length: n }, () => cell(rand))));
  }
  return lines.join('\n');
}

const TAGS = ['table', 'TABLE', 'div', '/div', 'p', 'tr', 'td', 'section', 'details', 'pre', 'script', 'span', 'tablex', 'h1', 'ul', 'li', '!--', '!-->', '!--->', '?php', '!DOCTYPE'];

/**
 * A leaf block the parser-free readers take or must refuse: thematic breaks, HTML blocks (block
 * tags, comments, raw and inline tags, unclosed), paragraphs opening a label that closes later.
 */
export function leaf(rand: Rand): string {
  const indent = rand() < 0.2 ? ' '.repeat(1 + Math.floor(rand() * 4)) : '';
  const r = rand();
  if (r < 0.3) return indent + pick(rand, ['---', '***', '___', '- - -', '* * *', '_ _ _', '-----  ', '*\t*\t*', '--', '- - - x', '***x']);
  if (r < 0.7) {
    const tag = pick(rand, TAGS);
    const after = pick(rand, ['>', ' class="x">', '', '/>', '>text', ' -->', '> <!-- x -->']);
    const body = Array.from({ length: Math.floor(rand() * 4) }, () => (rand() < 0.15 ? '' : rand() < 0.2 ? '# not a heading' : rand() < 0.2 ? 'end -->' : pick(rand, TEXTS)));
    return [indent + '<' + tag + after, ...body].join('\n');
  }
  const close = pick(rand, ['](#anchor)', ']: /url', '] text', ']', '](x)\nmore', '\\]x](y)', '[inner](z)](y)']);
  return indent + pick(rand, ['[', '[^', '[<span class="u">']) + pick(rand, TEXTS) + '\n' + pick(rand, ['Invoice', '4.5 Terms', '']) + close;
}

const HEADING_MARKS = ['# ', '#### ', '###### ', '####### ', '#\t', '#', '## ## '];
const QUOTE_MARKS = ['> ', '> ', '> ', '>', '>  ', '>    ', '>\t', '> > ', ' > '];

/** A block quote: lines with ">" (some empty, which end a paragraph), lazy lines, near misses. */
export function quote(rand: Rand): string {
  const lines: string[] = [];
  const count = 1 + Math.floor(rand() * 5);
  for (let n = 0; n < count; n++) {
    const r = rand();
    const indent = rand() < 0.15 ? ' '.repeat(1 + Math.floor(rand() * 4)) : '';
    lines.push(n > 0 && r < 0.15 ? indent + text(rand) : r < 0.25 ? indent + '>' : indent + pick(rand, QUOTE_MARKS) + text(rand));
  }
  return lines.join('\n');
}

/** A document of lists, tables, paragraphs and headings, one or two line breaks apart. */
export function listsAndTables(options: DocOptions, eol = '\n'): string {
  const rand = prng(options.seed);
  const parts: string[] = [];
  const count = options.parts ?? 6;
  for (let n = 0; n < count; n++) {
    const r = rand();
    // Paragraphs are sometimes indented (up to three spaces: still paragraphs; four and more: code).
    const paragraph = (): string => (rand() < 0.3 ? ' '.repeat(1 + Math.floor(rand() * 4)) : '') + pick(rand, TEXTS);
    const part = r < 0.35 ? list(rand) : r < 0.55 ? table(rand) : r < 0.67 ? leaf(rand) : r < 0.79 ? quote(rand) : r < 0.9 ? paragraph() : `## ${pick(rand, TEXTS)}`;
    parts.push(part, rand() < 0.75 ? '\n\n' : rand() < 0.5 ? '\n' : '\n\n\n');
  }
  const doc = parts.join('');
  return eol === '\n' ? doc : doc.replace(/\n/g, eol);
}
