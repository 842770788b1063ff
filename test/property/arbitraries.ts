/**
 * Generators for the property suites: Markdown contract drafts assembled from contract wording
 * and Markdown constructs (front matter, headings, lists, quotes, tables, HTML, fenced code with
 * headings inside), salted with the characters that break offset arithmetic (CRLF and lone CR,
 * BOM, tabs, NUL and control characters, lone surrogates, emoji, CJK, combining marks).
 */
import fc from 'fast-check';

export const EOLS = ['\n', '\r\n', '\r'] as const;

/** Characters that have broken offset handling in editors and parsers before. */
export const NASTY = [
  '\t', '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\uFEFF', '\u200B', '\u200D',
  '\u2028', '\u2029', '\u00A0', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '👩‍⚖️', '🇦🇺', '合同', '条款', '提供者',
  'é', 'e\u0301', 'ﬁ', 'İ', 'ß', 'Ω', '\\', '`', '*', '**', '_', '~~', '[', ']', '(', ')', '![', '](', '<', '>', '|', '#',
  '"', '“', '”', "'", '’', '&amp;', '&#0;', '<!--', '-->', '{{provider}}', '$', '^', '.*', '(?:', '\\b',
] as const;

const PARTY = ['Provider', 'Customer', 'Supplier', 'Client', 'MSP', 'Service Provider', 'the Provider', 'the Customer', 'its personnel'];
const MODAL = ['shall', 'must', 'will', 'may', 'should', 'shall not', 'is not required to', 'need not', 'agrees to', 'is responsible for', 'can'];
const HEDGE = ['where possible', 'commercially reasonable efforts', 'upon request', 'at its sole discretion', 'unless otherwise agreed', 'optional', 'reasonable endeavours'];
const CONCEPT = [
  'multi-factor authentication', 'MFA', 'two-factor', 'Provider Account', 'remote access', 'privileged', 'technician',
  'logs', 'log', 'audit logs', 'security events', 'monitor', 'retain', 'keep', 'store', 'backups', 'back up', 'restore',
  'incident', 'notify', 'patch', 'vulnerabilities', 'least privilege', 'accounts', 'disable', 'supply chain', 'subcontractors',
  'uptime', 'service account', 'administrative access', 'security key', 'delegated admin privileges',
];
const DURATION = [
  'ninety (90) days', 'six (6) months', '180 days', 'one year', '24 hours', 'up to 30 days', 'at least 12 months',
  'two (2) Business Days', 'a quarter', 'within 72 hours', 'one hundred and eighty days', 'no less than six months', '1.5 years',
];
const FILLER = ['the', 'and', 'of', 'all', 'any', 'in', 'for', 'with', 'to', 'its', 'systems', 'Customer Environment', 'at least', 'every', 'except', 'but', 'provided that', ';', ','];

/** A UTF-16 code unit, lone surrogates included (fc's string units are code points). */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Any JavaScript string, including invalid UTF-16. */
export const anyString = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ unit: codeUnit, maxLength }), fc.string({ unit: 'binary', maxLength }), fc.string({ unit: 'grapheme', maxLength }));

const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PARTY) },
  { weight: 3, arbitrary: fc.constantFrom(...MODAL) },
  { weight: 1, arbitrary: fc.constantFrom(...HEDGE) },
  { weight: 4, arbitrary: fc.constantFrom(...CONCEPT) },
  { weight: 1, arbitrary: fc.constantFrom(...DURATION) },
  { weight: 4, arbitrary: fc.constantFrom(...FILLER) },
  { weight: 1, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) },
);

const eol = fc.constantFrom(...EOLS);

/** A sentence of contract wording; tokens are joined by a space, sometimes by nothing. */
export const sentence: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '', '  ', '\t')), { minLength: 1, maxLength: 18 }), fc.constantFrom('.', '.', ';', '', '?', '!', ':', '.)', '."'))
  .map(([parts, end]) => parts.map(([t, sep]) => t + sep).join('').trimEnd() + end);

const paragraphLines = fc.array(sentence, { minLength: 1, maxLength: 4 });

/** Sentences on one line, or soft-wrapped over several. */
const paragraph = fc.tuple(paragraphLines, fc.constantFrom(' ', ...EOLS)).map(([ss, sep]) => ss.join(sep));

const headingText = fc.tuple(fc.constantFrom('', '7. ', '7.2 ', 'Section 3: ', 'Schedule 2 – ', 'IV. ', '(a) '), fc.array(token, { minLength: 1, maxLength: 5 })).map(([n, ws]) => n + ws.join(' '));

const atxHeading = fc.tuple(fc.integer({ min: 1, max: 6 }), headingText, fc.constantFrom('', ' #', ' ###', '  ')).map(([d, t, close]) => `${'#'.repeat(d)} ${t}${close}`);
const setextHeading = fc.tuple(headingText, eol, fc.constantFrom('===', '---', '=')).map(([t, e, u]) => `${t}${e}${u}`);

const listMarker = fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '10. ', '- [ ] ', '(a) ');
const indentUnit = fc.constantFrom('  ', '   ', '    ', '\t');

/** Lists nested up to `depth` levels, by indentation. */
const list = fc
  .tuple(fc.array(fc.tuple(fc.integer({ min: 0, max: 8 }), listMarker, sentence), { minLength: 1, maxLength: 12 }), indentUnit, eol)
  .map(([items, unit, e]) => {
    let level = 0;
    return items
      .map(([want, marker, s]) => {
        level = Math.min(want, level + 1);
        return unit.repeat(level) + marker + s;
      })
      .join(e);
  });

const quote = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.array(fc.oneof(sentence, atxHeading), { minLength: 1, maxLength: 4 }), eol, fc.boolean())
  .map(([depth, lines, e, lazy]) => lines.map((l, i) => (lazy && i > 0 ? l : '> '.repeat(depth) + l)).join(e));

/** Fenced code holding lines that look like headings and clauses: none of it is prose. */
const fenced = fc
  .tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'md', 'yaml', 'json'), fc.array(fc.oneof(atxHeading, sentence), { maxLength: 5 }), eol, fc.boolean())
  .map(([fence, lang, lines, e, closed]) => [fence + lang, ...lines, ...(closed ? [fence] : [])].join(e));

const indentedCode = fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), eol).map(([ls, e]) => ls.map((l) => '    ' + l).join(e));

const html = fc.oneof(
  fc.tuple(sentence, eol).map(([s, e]) => `<div class="clause">${e}${s}${e}</div>`),
  fc.tuple(fc.constantFrom('clauselint-disable mfa.provider-access', 'note', 'TODO: ask the Provider', ''), fc.boolean()).map(([c, closed]) => `<!-- ${c}${closed ? ' -->' : ''}`),
  sentence.map((s) => `<p>${s}</p>`),
  fc.constant('<script>alert(1)</script>'),
);

const table = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.array(fc.array(fc.oneof(sentence, fc.constant(''), fc.constant('a \\| b')), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), eol)
  .map(([cols, rows, e]) => {
    const row = (cells: string[]): string => `| ${Array.from({ length: cols }, (_, i) => (cells[i] ?? '').replace(/[\r\n|]/g, ' ')).join(' | ')} |`;
    return [row(rows[0]!), `|${' --- |'.repeat(cols)}`, ...rows.slice(1).map(row)].join(e);
  });

const definition = fc
  .tuple(fc.constantFrom('Northwind IT Ltd.', 'Acme, Inc.', '株式会社テスト', 'Jade 😀 Co.'), fc.constantFrom('Provider', 'Supplier', 'MSP', 'Customer', 'Client', 'Vendor'), fc.constantFrom('"', '“', "'"))
  .map(([legal, term, q]) => `${legal} (the ${q}${term}${q === '“' ? '”' : q}) agrees as follows.`);

const frontMatter = fc
  .tuple(fc.constantFrom('clauselint: true', 'clauselint: false', 'title: Master Services Agreement', 'a: [unclosed', ': : :', 'clauselint: "on"', ''), eol, fc.boolean())
  .map(([body, e, closed]) => `---${e}${body}${e}${closed ? '---' : ''}`);

const thematic = fc.constantFrom('---', '***', '___', '* * *');

export const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 3, arbitrary: atxHeading },
  { weight: 1, arbitrary: setextHeading },
  { weight: 3, arbitrary: list },
  { weight: 2, arbitrary: quote },
  { weight: 2, arbitrary: fenced },
  { weight: 1, arbitrary: indentedCode },
  { weight: 1, arbitrary: html },
  { weight: 2, arbitrary: table },
  { weight: 2, arbitrary: definition },
  { weight: 1, arbitrary: thematic },
  { weight: 1, arbitrary: anyString(80) },
);

/** A whole Markdown document: optional BOM and front matter, blocks separated by mixed line breaks. */
export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.option(frontMatter, { freq: 4 }),
    fc.array(fc.tuple(block, fc.constantFrom('\n\n', '\r\n\r\n', '\r\r', '\n', '\r\n', '\n\r\n', '\n \n')), { minLength: 1, maxLength: 16 }),
    fc.constantFrom('', '\n', '\r\n', '\r'),
  )
  .map(([bom, fm, blocks, tail]) => (bom ? '\uFEFF' : '') + (fm ? fm + '\n' : '') + blocks.map(([b, sep]) => b + sep).join('') + tail);

/** A document that looks like a contract to the engine even without forcing (title + parties). */
export const contractDocument: fc.Arbitrary<string> = fc
  .tuple(definition, markdownDocument, fc.constantFrom(...EOLS))
  .map(([def, body, e]) => `# Managed Services Agreement${e}${e}${def} The Provider shall comply. The Provider shall act. The Provider must report.${e}${e}${body}`);

/** Either kind of document, or raw text. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof({ weight: 4, arbitrary: markdownDocument }, { weight: 3, arbitrary: contractDocument }, { weight: 1, arbitrary: anyString(400) });
