import { strict as assert } from 'node:assert';
import { headingTitle, isTitle, parseDocument, type ClauseUnit, type ParsedDocument } from '../../server/src/engine/parse';

const sentencesOf = (doc: ParsedDocument): string[] => doc.units.filter((u) => u.kind !== 'heading').flatMap((u) => u.sentences.map((s) => s.text.replace(/\s+/g, ' ').trim()));
const unitWith = (doc: ParsedDocument, words: string): ClauseUnit => {
  const u = doc.units.find((x) => x.sentences.some((s) => s.text.includes(words)));
  if (!u) throw new Error(`no unit with "${words}"`);
  return u;
};
const captionOf = (doc: ParsedDocument, u: number): string | undefined => doc.units[u]!.caption?.text.trim();

describe('parse: sections', () => {
  it('reads ATX and setext headings and their clause numbers', () => {
    const doc = parseDocument('Master Agreement\n================\n\nThis is the introduction.\n\n## 7.2 Security Logs\n\nLogs are kept here.\n\nSchedule 2 - Backups\n--------------------\n\nBackups are made daily.\n');
    assert.deepEqual(doc.sections.map((s) => [s.depth, s.number ?? '', s.title]), [
      [1, '', 'Master Agreement'],
      [2, '7.2', 'Security Logs'],
      [2, '2', 'Backups'],
    ]);
  });

  for (const [raw, number, title] of [
    ['Section 7 Monitoring', '7', 'Monitoring'],
    ['Article VII: Incident Response', 'VII', 'Incident Response'],
    ['Schedule 2 – Security', '2', 'Security'],
    ['7.2.1 Retention', '7.2.1', 'Retention'],
    ['1\\. INTRODUCTION', '1', 'INTRODUCTION'],
    ['Annex A. Definitions', 'A', 'Definitions'],
  ] as const) {
    it(`splits "${raw}" into number and title`, () => {
      const masked = raw.replace('\\', ' ');
      assert.deepEqual(headingTitle(masked), { number, title });
    });
  }

  it('treats a paragraph that is only a title as a section heading', () => {
    const doc = parseDocument('# Agreement\n\n**Security Incident Notification**\n\nThe Provider shall notify the Customer.\n');
    const unit = unitWith(doc, 'notify');
    assert.equal(doc.sections[unit.section]!.title, 'Security Incident Notification');
    assert.equal(doc.sections[unit.section]!.kind, 'title');
  });

  it('keeps the sentences of a heading out of the clause text', () => {
    const doc = parseDocument('## Backups\n\nThe Provider shall back up data daily.\n');
    assert.deepEqual(sentencesOf(doc), ['The Provider shall back up data daily.']);
  });
});

describe('parse: captions and outline', () => {
  it('reads an emphasised lead-in as a caption, not a sentence', () => {
    const doc = parseDocument('**a. Periodic Tests.** Supplier shall allow testing. Tests run yearly.\n');
    const u = doc.units[0]!;
    assert.equal(u.caption?.text.trim(), 'Periodic Tests');
    assert.equal(u.enumerator, 'a.');
    assert.deepEqual(u.sentences.map((s) => s.text.trim()), ['Supplier shall allow testing.', 'Tests run yearly.']);
  });

  it('reads Title Case lead-ins and "Title :" captions', () => {
    const doc = parseDocument('1. Provider as Processor.  Provider will process data.\n\n- (e) Logging : The requirements shall specify events.\n');
    assert.equal(unitWith(doc, 'process data').caption?.text.trim(), 'Provider as Processor');
    const logging = unitWith(doc, 'requirements shall');
    assert.equal(logging.caption?.text.trim(), 'Logging');
    assert.equal(logging.enumerator, '(e)');
  });

  it('reads "Section 4.3 Use of Subcontractors." as number and caption (the section word goes with the number)', () => {
    const doc = parseDocument('Section 4.3 Use of Subcontractors. The Supplier shall stay responsible for its subcontractors.\n\nArticle 2.1 Term. This Agreement runs for two years.\n');
    const u = unitWith(doc, 'stay responsible');
    assert.equal(u.enumerator, '4.3');
    assert.equal(u.caption?.text.trim(), 'Use of Subcontractors');
    assert.deepEqual(u.sentences.map((s) => s.text.trim()), ['The Supplier shall stay responsible for its subcontractors.']);
    assert.equal(unitWith(doc, 'two years').caption?.text.trim(), 'Term');
    // A section named in a sentence is no enumerator.
    assert.equal(parseDocument('Section 4.3 applies to every subcontractor.\n').units[0]!.enumerator, undefined);
  });

  it('reads a schedule\'s part-letter numbers ("C2.") and a short numbered line as a title', () => {
    const doc = parseDocument('D4. Patch windows\n\nD5. The Supplier shall patch servers monthly.\n\n7. Records are kept.\n');
    const title = doc.units[0]!;
    assert.equal(title.enumerator, 'D4.');
    assert.equal(title.caption?.text.trim(), 'Patch windows');
    assert.equal(title.sentences.length, 0);
    assert.equal(doc.units[1]!.enumerator, 'D5.');
    assert.deepEqual(doc.units[1]!.sentences.map((s) => s.text.trim()), ['The Supplier shall patch servers monthly.']);
    // A numbered sentence stays a sentence.
    assert.deepEqual(doc.units[2]!.sentences.map((s) => s.text.trim()), ['Records are kept.']);
  });

  it('does not take an ordinary first sentence for a caption', () => {
    const doc = parseDocument('The Provider shall keep logs. Logs are encrypted.\n\nBackups are encrypted. They are tested.\n');
    assert.ok(doc.units.every((u) => u.caption === undefined));
    assert.equal(sentencesOf(doc).length, 4);
  });

  it('nests enumerated paragraphs: (c) holds (1), which holds (i) and (ii)', () => {
    const doc = parseDocument(
      '(c) *Cyber incident reporting.*\n\n(1) When the Contractor discovers a cyber incident, the Contractor shall—\n\n(i) Conduct a review.\n\n(ii) Rapidly report cyber incidents.\n\n(2) *Report content*. The report shall include the elements.\n\n(d) *Malware*. Submit malware.\n',
    );
    const c = doc.units.findIndex((u) => u.enumerator === '(c)');
    const one = doc.units.findIndex((u) => u.enumerator === '(1)');
    const ii = doc.units.find((u) => u.enumerator === '(ii)')!;
    const two = doc.units.find((u) => u.enumerator === '(2)')!;
    const d = doc.units.find((u) => u.enumerator === '(d)')!;
    assert.equal(captionOf(doc, c), 'Cyber incident reporting');
    assert.deepEqual(doc.units[c]!.sentences, [], 'a bare title has no sentences');
    assert.deepEqual(ii.parents, [c, one]);
    assert.deepEqual(two.parents, [c]);
    assert.deepEqual(d.parents, []);
  });

  it('reads "(i)" after "(h)" as a letter, not a roman numeral', () => {
    const doc = parseDocument('(a) Top.\n\n(h) Eighth item.\n\n(i) Ninth item.\n\n(ii) Roman after ninth?\n');
    const h = doc.units.findIndex((u) => u.enumerator === '(h)');
    const i = doc.units.find((u) => u.enumerator === '(i)')!;
    assert.deepEqual(i.parents, [], '(i) is a sibling of (h)');
    assert.ok(h >= 0);
  });

  it('hangs list items under the paragraph that introduces them and nested items under their parent item', () => {
    const doc = parseDocument('The Provider shall:\n\n- maintain backups; and\n- test restores:\n  - monthly\n');
    const lead = doc.units.findIndex((u) => u.sentences.some((s) => s.text.includes('shall:')));
    const backups = unitWith(doc, 'maintain backups');
    const monthly = unitWith(doc, 'monthly');
    assert.deepEqual(backups.parents, [lead]);
    assert.deepEqual(monthly.parents, [lead, doc.units.indexOf(unitWith(doc, 'test restores'))]);
  });

  it('makes each table cell a unit under its column header and row head', () => {
    const doc = parseDocument('| Control | Owner |\n| --- | --- |\n| Backups | Provider shall run them |\n');
    const cell = unitWith(doc, 'Provider shall run them');
    assert.equal(cell.kind, 'table-cell');
    const heads = cell.parents.map((p) => doc.units[p]!.sentences[0]?.text.trim());
    assert.deepEqual(heads, ['Owner', 'Backups']);
  });
});

describe('parse: markup, quotes, comments and code', () => {
  it('blanks markup without moving offsets', () => {
    const text = 'The **Provider** shall keep [logs](https://x.example/a_b) for *six* months.\n';
    const doc = parseDocument(text);
    const s = doc.units[0]!.sentences[0]!;
    assert.equal(text.slice(s.start, s.end).length, s.text.length);
    assert.equal(s.text.replace(/\s+/g, ' '), 'The Provider shall keep logs for six months.');
  });

  it('reads block quotes as clause text but skips GitHub alert notes', () => {
    const doc = parseDocument('> The Provider shall keep logs.\n\n> [!NOTE]\n> These terms are deprecated.\n');
    assert.deepEqual(sentencesOf(doc), ['The Provider shall keep logs.']);
  });

  it('collects HTML comments and keeps them out of sentences', () => {
    const doc = parseDocument('<!-- clauselint-disable x -- agreed -->\n\nThe Provider shall <!-- note --> back up data.\n');
    assert.equal(doc.comments.length, 2);
    assert.deepEqual(sentencesOf(doc), ['The Provider shall back up data.']);
  });

  it('reads indented code as prose only when the whole body is indented prose', () => {
    const body = '    1. The Supplier shall back up all data daily and the parties agree to this.\n\n    2. The Supplier shall keep logs for six months as the parties agree.\n\n    3. The Supplier must patch systems.\n';
    const prose = parseDocument(`# Agreement\n\n${body}`);
    assert.equal(prose.indentedProse, true);
    assert.ok(sentencesOf(prose).some((s) => s.includes('back up all data')));
    const code = parseDocument(`# Readme\n\nSome words here in a paragraph that is long enough to count as prose for the ratio test, really.\n\n    npm install\n`);
    assert.equal(code.indentedProse, false);
    assert.ok(!sentencesOf(code).some((s) => s.includes('npm')));
    const fenced = parseDocument('# A\n\n```\nThe Supplier shall back up data.\n```\n');
    assert.ok(!sentencesOf(fenced).some((s) => s.includes('back up')));
  });

  it('blanks template section tags and backslash escapes', () => {
    const doc = parseDocument('{{#hipaa}}\nThe Provider shall keep logs\\.\n{{/hipaa}}\n');
    assert.deepEqual(sentencesOf(doc), ['The Provider shall keep logs .']);
  });
});

describe('parse: isTitle', () => {
  for (const [text, setOff, expected] of [
    ['Multifactor Authentication', false, true],
    ['SAFEGUARDING COVERED DEFENSE INFORMATION', false, true],
    ['Definitions', false, true],
    ['Vulnerabilities Are Expected', false, true],
    ['The Provider shall keep logs', false, false],
    ['Backups are encrypted', false, false],
    ['Cyber incident reporting requirement', true, true],
    ['Cyber incident reporting requirement', false, false],
    ['requirements for logging', true, false],
    // A sentence full of defined terms is not a title unless it is set off.
    ['The Provider endeavours to monitor the Customer Environment for Security Events', false, false],
    ['Monitoring of the Customer Environment', false, true],
    // A letter's date, salutation and close stand alone on their lines but are not titles.
    ['12 October 2026', false, false],
    ['September 30, 2027', false, false],
    ['Dear Ms Hale,', false, false],
    ['Yours faithfully,', true, false],
    ['12 Security Obligations', false, true],
  ] as const) {
    it(`${expected ? 'accepts' : 'rejects'} "${text}"${setOff ? ' (emphasised)' : ''}`, () => {
      assert.equal(isTitle(text, setOff), expected);
    });
  }
});
