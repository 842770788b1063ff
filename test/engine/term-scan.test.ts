/**
 * Term matching's data structures find exactly what the old path found: the Aho–Corasick
 * anchor scan agrees with `includes` for every anchor, and a term set (one ASCII fast pattern per
 * term, run only where its anchor occurs) gives the hits of the old single alternation of all
 * its terms, on overlapping terms, word boundaries, case, Unicode and CRLF.
 */
import { strict as assert } from 'node:assert';
import { random } from './seeded-random';
import { AnchorAutomaton } from '../../server/src/engine/anchors';
import { addFamilyMember, registerAnchors, TextScan } from '../../server/src/engine/text-scan';
import { defaultPackDir, loadCatalog } from '../../server/src/engine/catalog/load';
import { anchorOf, apostropheTwins, DETERMINER, leadOf, otherWordsOf, PLAIN_DETERMINER, scanOf, TermSet, termSource, type TermHit } from '../../server/src/engine/terms';
import { parseDocument } from '../../server/src/engine/parse';
import { unitAids } from '../../server/src/engine/unit-aids';

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

/** The old TermSet.find: the set's anchors tested with `includes`, then one alternation per case mode, hits scanned left to right. */
function referenceFind(terms: readonly string[], text: string): TermHit[] {
  const anchors = terms.filter((t) => /[^\s*-]/.test(t)).map(anchorOf);
  if (anchors.every(Boolean) && !anchors.some((a) => text.toLowerCase().includes(a))) return [];
  const WORD = /[\p{L}\p{N}]/u;
  const before = (i: number): boolean => i > 0 && WORD.test(String.fromCodePoint(text.codePointAt(i - 1 - (i >= 2 && /[\udc00-\udfff]/.test(text[i - 1]!) && /[\ud800-\udbff]/.test(text[i - 2]!) ? 1 : 0))!));
  const nextWord = (index: number): number => {
    for (let i = index; ; ) {
      const code = text.codePointAt(i);
      if (code === undefined) return text.length + 1;
      const width = code > 0xffff ? 2 : 1;
      if (!WORD.test(String.fromCodePoint(code))) return i + width;
      i += width;
    }
  };
  const hits: TermHit[] = [];
  for (const sensitive of [false, true]) {
    const sources: string[] = [];
    const indexes: number[] = [];
    terms.forEach((term, index) => {
      if (!/[^\s*-]/.test(term)) return;
      const { source, caseSensitive } = termSource(term);
      if (caseSensitive !== sensitive) return;
      sources.push(`(${source})`);
      indexes.push(index);
    });
    if (!sources.length) continue;
    const re = new RegExp(`(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, sensitive ? 'gu' : 'giu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0 || before(m.index)) {
        re.lastIndex = nextWord(m.index);
        continue;
      }
      let g = 1;
      while (g < m.length && m[g] === undefined) g++;
      // A term right after its twin in the other apostrophe is read by the twin's pattern (terms.ts).
      const index = indexes[g - 1]!;
      hits.push({ term: m[0], start: m.index, end: m.index + m[0].length, index: index > 0 && apostropheTwins(terms[index - 1]!, terms[index]!) ? index - 1 : index });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

describe('anchor scan (Aho–Corasick)', () => {
  it('reports exactly the anchors that occur, overlapping, nested and repeated ones included', () => {
    const next = random(7);
    const alphabet = ['a', 'b', 'c', 'é', '\u{1F600}', '\r', '\n', ' '];
    for (let round = 0; round < 300; round++) {
      const anchors = [...new Set(Array.from({ length: 1 + Math.floor(next() * 12) }, () => Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(next, alphabet)).join('')))];
      const automaton = new AnchorAutomaton(anchors);
      const text = Array.from({ length: Math.floor(next() * 60) }, () => pick(next, alphabet)).join('');
      const found = new Set<number>();
      automaton.scan(text, (id) => found.add(id));
      const expected = new Set(anchors.flatMap((a, id) => (text.includes(a) ? [id] : [])));
      assert.deepEqual([...found].sort(), [...expected].sort(), `anchors ${JSON.stringify(anchors)} in ${JSON.stringify(text)}`);
    }
  });

  it('finds an anchor inside another and one that ends where another fails', () => {
    const automaton = new AnchorAutomaton(['factor', 'multifactor', 'act', 'ab', 'bc', 'abcd']);
    const found = new Set<number>();
    automaton.scan('multifactor abc', (id) => found.add(id));
    assert.deepEqual([...found].sort(), [0, 1, 2, 3, 4]);
  });

  it('a scan made before new anchors were registered is redone on its next question', () => {
    const [first] = registerAnchors(['zyxwv-first']).ids;
    const scan = new TextScan('… zyxwv-first and qponm-second …');
    assert.equal(scan.has(first!), true);
    const [second] = registerAnchors(['qponm-second']).ids;
    assert.equal(scan.has(second!), true);
    const [absent] = registerAnchors(['never-in-the-text']).ids;
    assert.equal(scan.has(absent!), false);
  });

  it('a family member occurs exactly when one of its anchors does, members added after the scan too', () => {
    const next = random(11);
    const words = ['qfam', 'rfam', 'sfam', 'tfam', 'ufam', 'vfam', 'wfam', 'xfam'];
    const text = Array.from({ length: 12 }, () => pick(next, words.slice(0, 6))).join(' ');
    const scan = new TextScan(text);
    for (let round = 0; round < 80; round++) {
      const anchors = [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(next, words)))];
      const { member } = addFamilyMember(registerAnchors(anchors).ids);
      assert.equal(scan.hasMember(member), anchors.some((a) => text.includes(a)), `${JSON.stringify(anchors)} in ${text}`);
    }
  });
});

describe('term sets find what the single alternation found', () => {
  const TERMS = [
    ['backup', 'backup copy', 'copies', 'data backup', 'back-up', 'store', 'offsite', 'off-site'],
    ['multi-factor authentication', 'MFA', 'factor', 'authenticat*', 'SOC 2', 'ISO 27001'],
    ['log', 'logs', 'logging', 'event log*', 'retain', 'retention period', 'days’ notice', 'days\' notice'],
    ['café', 'straße', 'résumé*', 'naïve', 'sk', 'ok', 'us', 'όρος', 'log'],
    // Contracted twins (contractions.ts writes each in both apostrophes), one ’ term alone.
    ["isn't included", 'isn’t included', 'not included', "don't", 'don’t', "we're responsible*", 'we’re responsible*', 'they’re', 'store'],
  ];
  const WORDS = [
    'backup', 'Backups', 'BACKUP', 'back-up', 'back up', 'back\r\nup', 'backup copy', 'backupcopy', 'copies', 'data backup', 'data  backup', 'storing', 'stored', 'store', 'restore',
    'offsite', 'off-site', 'off site', 'multi-factor authentication', 'multifactor  authentication', 'Multi-Factor', 'MFA', 'mfa', 'MFAs', 'factor', 'factors', 'authenticated', 'authentication',
    'SOC 2', 'SOC-2', 'soc 2', 'SOC 2s', 'ISO 27001', 'log', 'logs', 'Logging', 'event logs', 'event-logging', 'catalog', 'retain', 'retained', 'retention period', 'days’ notice', "days' notice",
    'café', 'CAFÉ', 'cafés', 'ΌΡΟΣ', 'όρος', 'όροσ', 'Όροι', 'straße', 'STRASSE', 'résumés', 'naïve', 'naïveté', 'sk', 'ok', 'OK', 'us',
    // Characters that decide a match: non-ASCII letters after a term, folding (KELVIN SIGN, LONG S), astral and combining characters.
    'backupé', 'backupsé', 'logé', 'factorñ', 'ba\u212Aup', 'bac\u212Aup', 'ſtore', 'stores\u0301', 'log\u{1D400}', '\u{1D400}log', 'mfa\u00AD', 'İso 27001',
    '.', ',', ' ', '  ', '\r\n', '\n', '—', '(', ')', '/', '-', '1', 'a',
    "isn't included", 'isn’t included', 'ISN’T INCLUDED', "isn't", 'isn’t', 'not included', "don't", 'don’t', 'Don’t', 'dont', "don''t", "don'’t", "we're responsible", 'we’re responsibility', 'We’Re Responsible', "they're", 'they’re', 'they’rer', '’', "'",
  ];

  it('on generated sentences: the same hits, from a string and from a shared scan; test() agrees', () => {
    const next = random(42);
    for (let round = 0; round < 4000; round++) {
      const terms = pick(next, TERMS);
      const set = new TermSet(terms);
      const text = Array.from({ length: 1 + Math.floor(next() * 14) }, () => pick(next, WORDS)).join(pick(next, ['', ' ', ' ', '-']));
      const expected = referenceFind(terms, text);
      const lower = text.toLowerCase();
      assert.deepEqual(set.find(text), expected, `find(${JSON.stringify(text)}) over ${JSON.stringify(terms)}`);
      assert.deepEqual(set.find(text, 0, new TextScan(lower)), expected, `find with a scan: ${JSON.stringify(text)}`);
      assert.equal(set.test(text), expected.length > 0, `test(${JSON.stringify(text)})`);
      assert.equal(set.test(text, new TextScan(lower)), expected.length > 0);
      // mayMatch is a necessary condition: never false where a term matches.
      if (expected.length) assert.ok(set.mayMatch(text, new TextScan(lower)), `mayMatch(${JSON.stringify(text)}) over ${JSON.stringify(terms)}`);
    }
  });

  it('mayMatch rejects a text that holds a term\'s anchor but not its other words, and keeps one that holds both', () => {
    const set = new TermSet(['Provider Account*', 'MSP account*', 'use of system accounts']);
    const may = (text: string): boolean => set.mayMatch(text, new TextScan(text.toLowerCase()));
    const anchorOnly = 'The Provider shall keep an inventory of the systems it manages.';
    assert.equal(set.mayOccur(new TextScan(anchorOnly.toLowerCase())), true); // the anchor alone lets it through
    assert.equal(may(anchorOnly), false);
    assert.equal(may('Accounts of every user are listed, and the Provider reviews them.'), true); // both words, in another order: a pattern must run to say no
    assert.deepEqual(set.find('Accounts of every user are listed, and the Provider reviews them.'), []);
    assert.equal(may('Each Provider-account is reviewed monthly.'), true);
    assert.equal(may('Each ſystem account is named.'), true); // LONG S folds to "s": no fast answer, the patterns decide
  });

  it('worked cases: overlapping terms, word boundaries, case, CRLF', () => {
    const set = new TermSet(['backup', 'data backup', 'MFA', 'authenticat*']);
    const terms = (text: string): string[] => set.find(text, 0, new TextScan(text.toLowerCase())).map((h) => h.term);
    assert.deepEqual(terms('Data backup and backups'), ['Data backup', 'backups']);
    assert.deepEqual(terms('databackup, the backupé'), ['databackup']); // a space or hyphen inside a term may be left out
    assert.deepEqual(terms('mfa and MFA'), ['MFA']);
    assert.deepEqual(terms('Data\r\nbackup; Authenticators'), ['Data\r\nbackup', 'Authenticators']);
    assert.deepEqual(terms('authenticatéd'), ['authenticatéd']);
  });

  it("a ’ term right after its ' twin is read by the twin's pattern: either apostrophe, the twin's index", () => {
    assert.equal(apostropheTwins("isn't included", 'isn’t included'), true);
    assert.equal(apostropheTwins('days’ notice', "days' notice"), true);
    assert.equal(apostropheTwins('not included', 'not included'), false);
    assert.equal(apostropheTwins("isn't it’s", 'isn’t it’s'), false, 'mixed apostrophes are kept apart');
    const set = new TermSet(['backup', "isn't included", 'isn’t included', 'we’re responsible']);
    const read = (text: string): [string, number][] => set.find(text, 0, new TextScan(text.toLowerCase())).map((h) => [h.term, h.index]);
    assert.deepEqual(read("Backup isn’t included; backup isn't included."), [['Backup', 0], ['isn’t included', 1], ['backup', 0], ["isn't included", 1]]);
    assert.deepEqual(read("We're responsible, we’re responsible."), [['we’re responsible', 3]], 'a ’ term alone keeps its one apostrophe');
  });

  it('the determiner between words matches the same with and without its first-letter lookahead', () => {
    const catalog = loadCatalog([defaultPackDir()]);
    const terms = [...new Set(catalog.requirements.flatMap((r) => r.detect.flat()))].filter((t) => termSource(t).source.includes(DETERMINER));
    assert.ok(terms.length > 100);
    const next = random(99);
    const fillers = ['the', 'THE', 'The', 'an', 'a', 'An', 'all', 'any', 'its', 'their', 'each', 'every', 'such', 'them', 'anything', 'i', 'Eachother', 'sure', 'thee', 'the  the', ' ', '\r\n', '-', ','];
    for (let round = 0; round < 800; round++) {
      const term = pick(next, terms);
      const words = term.replace(/\*$/, '').split(/[\s-]+/);
      const text = words.flatMap((w) => [pick(next, fillers), w]).join(pick(next, [' ', ' ', '-', '  ']));
      const source = termSource(term).source;
      const run = (src: string): string[] => [...text.matchAll(new RegExp(`(?:${src})(?![\\p{L}\\p{N}])`, 'giu'))].map((m) => `${m.index}:${m[0]}`);
      assert.deepEqual(run(source), run(source.split(DETERMINER).join(PLAIN_DETERMINER)), `${term} in ${JSON.stringify(text)}`);
    }
  });

  it('only KELVIN SIGN and LONG S match an ASCII letter case-insensitively outside ASCII (the fast patterns rely on it)', () => {
    const folding: string[] = [];
    const letters = /[a-z]/iu;
    for (let code = 0x80; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (letters.test(String.fromCharCode(code))) folding.push(code.toString(16));
    }
    assert.deepEqual(folding, ['17f', '212a']);
  });
});

describe('term patterns run only where a match can start (leads, other words)', () => {
  it('leadOf and otherWordsOf name text every match holds', () => {
    assert.equal(leadOf('multi-factor authentication'), 'multi');
    assert.equal(leadOf('store'), 'stor', 'store → storing');
    assert.equal(leadOf('SOC 2'), 'soc');
    assert.equal(leadOf('café'), '', 'not ASCII');
    assert.deepEqual(otherWordsOf('security incident response'), ['incident', 'respons']);
    assert.deepEqual(otherWordsOf('multi-factor authentication'), ['multi', 'factor']);
    assert.deepEqual(otherWordsOf('log of events'), ['log'], 'short words are left out, and the anchor');
  });

  it('a lead inside a longer word is skipped: the hits stay those of the single alternation', () => {
    // Leads that continue a word ("log" in "catalog", "store" in "restore"), other terms inside
    // the same word, and a lead after a non-ASCII letter, a digit, an underscore or a hyphen.
    const lists = [
      ['log', 'logs', 'event log*', 'catalog entry', 'atalog'],
      ['store', 'restore', 'stored data', 'data store', 'tore'],
      ['access', 'access control', 'ccess', 'MFA', 'FA'],
    ];
    const words = ['catalog', 'catalogs', 'catalog entry', 'log', 'logs', 'élog', '2log', '_log', 'x-log', 'event log', 'eventlog', 'restore', 'restored data', 'store', 'stored data', 'data store', 'datastore', 'tore', 'access', 'inaccessible', 'access control', 'MFA', 'NMFA', 'FA', 'ſtore', 'é', ' ', '.', '\r\n'];
    const next = random(1313);
    for (let round = 0; round < 3000; round++) {
      const terms = pick(next, lists);
      const set = new TermSet(terms);
      const text = Array.from({ length: 1 + Math.floor(next() * 10) }, () => pick(next, words)).join(pick(next, ['', ' ', ' ', '-']));
      const expected = referenceFind(terms, text);
      assert.deepEqual(set.find(text, 0, new TextScan(text.toLowerCase())), expected, `find(${JSON.stringify(text)}) over ${JSON.stringify(terms)}`);
      assert.equal(set.test(text, new TextScan(text.toLowerCase())), expected.length > 0);
    }
    const set = new TermSet(['log', 'event log*']);
    assert.deepEqual(set.find('catalog, élog and an event log', 0, new TextScan('catalog, élog and an event log')).map((h) => h.term), ['event log']);
  });

  it("on the bundled catalog's own terms, written in many forms: the hits of the single alternation", () => {
    const catalog = loadCatalog([defaultPackDir()]);
    const lists = catalog.requirements.flatMap((r) => [...r.detect, r.exclude]).filter((l) => l.length);
    const next = random(2024);
    const forms = (term: string): string[] => {
      const t = term.replace(/\*$/, '');
      const words = t.split(/[\s-]+/);
      return [t, t.toUpperCase(), words.join('-'), words.join('\r\n'), words.join(''), `${t}s`, `${t}ing`, `${t.replace(/e$/, '')}ing`, `${t}é`, `x${t}`, words.slice(1).join(' ')];
    };
    for (let round = 0; round < 1500; round++) {
      const terms = pick(next, lists);
      const set = new TermSet(terms);
      const parts = Array.from({ length: 1 + Math.floor(next() * 5) }, () => pick(next, [...forms(pick(next, terms)), 'the Provider shall', ',', 'İ', 'data']));
      const text = parts.join(pick(next, [' ', ' ', '-', '. ']));
      const expected = referenceFind(terms, text);
      assert.deepEqual(set.find(text), expected, `find(${JSON.stringify(text)}) over ${JSON.stringify(terms)}`);
      assert.deepEqual(set.find(text, 0, new TextScan(text.toLowerCase())), expected, `with a scan: ${JSON.stringify(text)}`);
      if (expected.length) assert.ok(set.mayMatch(text, new TextScan(text.toLowerCase())), `mayMatch(${JSON.stringify(text)}) over ${JSON.stringify(terms)}`);
    }
  });
});

describe('term sets across a fresh start of the anchor registry', () => {
  it('a set whose family started afresh (past its member limit) joins again and still finds its terms', () => {
    const set = new TermSet(['retention period', 'audit log*']);
    set.register();
    const text = 'The Audit Logs have a retention period.';
    const scan = new TextScan(text.toLowerCase());
    assert.equal(set.test(text, scan), true);
    const [filler] = registerAnchors(['zz-family-filler']).ids;
    for (let i = 0; i < 5000; i++) addFamilyMember(Int32Array.of(filler!));
    assert.deepEqual(set.find(text, 0, scan).map((h) => h.term), ['Audit Logs', 'retention period']);
    assert.equal(set.test('No such words here.', new TextScan('no such words here.')), false);
  });

  it('a set registered before the registry started afresh registers again and still finds its terms', () => {
    const set = new TermSet(['security incident response', 'backup copy']);
    set.register();
    // Past the registry's limit (64 Ki anchors) it starts afresh: ids handed out before are void.
    registerAnchors(Array.from({ length: 70_000 }, (_, i) => `zz-filler-${i}`));
    const text = 'The Provider keeps a Backup Copy and a security-incident response plan.';
    assert.deepEqual(set.find(text, 0, new TextScan(text.toLowerCase())).map((h) => h.term), ['Backup Copy', 'security-incident response']);
  });
});

describe('shared scans', () => {
  it('scanOf hands every asker of one text the same scan, answering as a fresh scan of it does', () => {
    const set = new TermSet(['back up', 'backup*']);
    const text = 'The Supplier shall back up the Customer Data daily.';
    const shared = scanOf(text);
    assert.equal(scanOf(text), shared);
    assert.notEqual(scanOf(`${text} `), shared);
    assert.deepEqual(set.find(text, 0, shared), set.find(text, 0, new TextScan(text.toLowerCase())));
    assert.equal(set.mayMatch(text, shared), true);
  });

  it('a sentence repeated in a draft has one scan in the reading aids', () => {
    const restated = 'The Supplier shall back up the Customer Data every day.';
    const doc = parseDocument(`# Schedule A\n\n${restated}\n\n# Schedule B\n\n${restated} The Customer may ask for a copy.\n`);
    const aids = unitAids(doc);
    const scans = doc.units.flatMap((unit, u) => unit.sentences.map((s, i) => ({ text: s.text, scan: aids.lower[u]![i]! })));
    const twice = scans.filter((s) => s.text === restated);
    assert.equal(twice.length, 2);
    assert.equal(twice[0]!.scan, twice[1]!.scan);
    assert.equal(new Set(scans.map((s) => s.scan)).size, new Set(scans.map((s) => s.text)).size);
  });
});
