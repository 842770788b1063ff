// The words around a duty denied without a disclaiming verb are lexicon data
// (clauses/<pack>/lexicon.yaml): the act or object said not to be done (`negatedConcept`), and a
// disclaimer of a requirement's whole topic (`topicDisclaimer`).
// A workspace pack that adds a word is read with it; one that omits the key still loads.
// Sentences of our own.
import { strict as assert } from 'node:assert';
import { bundledLexicon, parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { negatedConcept } from '../../server/src/engine/negated-concept';
import { itReadsWithPack, packCopyStatus, type PackCase } from './house-pack';

/** The words that deny `word` in `text`, read with `patterns`. */
function denial(text: string, word: string, patterns = bundledLexicon().negatedConcept): string | undefined {
  const at = text.indexOf(word);
  const found = negatedConcept(text, [{ start: at, end: at + word.length }], { start: 0, end: text.length }, patterns);
  return found ? text.slice(found.start, found.end) : undefined;
}

describe('denial words are lexicon data', () => {
  it('the bundled lexicon reads a refused act, a duty held by no one, a thing not provided', () => {
    assert.equal(denial('The Operator will never encrypt the archive tapes.', 'archive tapes'), 'will never encrypt the archive tapes');
    assert.equal(denial('The Operator owes no vulnerability scanning duties.', 'vulnerability scanning'), 'owes no vulnerability scanning');
    assert.equal(denial('Hardware tokens are not supported for operator logins.', 'Hardware tokens'), 'Hardware tokens are not supported');
    // A verb that bears on another clause, and a refusal that protects, deny nothing.
    assert.equal(denial('Clause 9 does not waive the Operator\'s scanning duties.', 'scanning'), undefined);
    assert.equal(denial('The Operator will not install unlicensed scanning agents.', 'scanning agents'), undefined);
  });

  it('schema-checked: negatedConcept takes its own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('negatedConcept:\n  refusedActs: [schedule]\n  notDone: [mirrored]\n', 'lexicon.yaml').problems, []);
    assert.deepEqual(parseLexicon('topicDisclaimer:\n  wholeTopic: [at all]\n  undoing: [wip…]\n', 'lexicon.yaml').problems, []);
    for (const key of ['negatedConcept', 'topicDisclaimer']) assert.ok(parseLexicon(`${key}:\n  wordz: [schedule]\n`, 'lexicon.yaml').problems.length > 0, key);
  });

  it('a lexicon without the key compiles: no act is refused, and the grammar alone still reads "does not"', () => {
    const bare = compileLexicon({}).negatedConcept;
    assert.equal(denial('The Operator will never encrypt the archive tapes.', 'archive tapes', bare), undefined);
    assert.equal(denial('The Operator does not encrypt the archive tapes.', 'encrypt', bare), 'does not encrypt');
  });

  // Each case: a sentence the bundled lexicon reads one way, and a pack adding one word reads another.
  const cases: PackCase[] = [
    {
      name: 'a refused act makes "will not" a refusal of the duty',
      pack: 'negatedConcept:\n  refusedActs: [schedule]\n',
      body: 'The Provider will not schedule backups of the Customer servers.\n',
      bundled: 'present',
      withPack: 'negated',
    },
    {
      name: 'a holding verb makes "… no backup obligations" a duty the party does not have',
      pack: 'negatedConcept:\n  holdsNo: [carries]\n',
      body: 'The Provider carries no backup obligations.\n',
      bundled: 'weak',
      withPack: 'negated',
    },
    {
      name: 'a providing verb makes "furnishes no backup" a service not given',
      pack: 'negatedConcept:\n  providesNo: [furnishes]\n',
      body: 'The Provider furnishes no backup of any Customer server.\n',
      bundled: 'weak',
      withPack: 'negated',
    },
  ];
  itReadsWithPack(cases);
});

describe('topic-disclaimer words are lexicon data', () => {
  it('the bundled lexicon reads the words around a whole-topic disclaimer', () => {
    const words = bundledLexicon().topicDisclaimer;
    assert.ok(words.disclaimingWord.test('hardware tokens are excluded from the service'));
    assert.ok(words.subjectCue.test('form part of our services'));
    assert.ok(words.wholeAfter.test(' of any kind, whether or not requested'));
    assert.ok(words.liability.test(' any indemnification for '));
    assert.ok(words.undoing.test(' to switch off '));
    assert.equal(words.wholeAfter.test(' for the finance team'), false);
  });

  it('a lexicon without the key compiles to patterns that find nothing but the grammar', () => {
    const bare = compileLexicon({}).topicDisclaimer;
    assert.equal(bare.subjectCue.test('is excluded'), false);
    assert.equal(bare.liability.test(' any loss of '), false);
    assert.ok(bare.disclaimingWord.test("doesn't"));
  });

  // The bundled requirement's topic named alone, read with a copy of the bundled pack that adds one word.
  const PLAIN = '# Agreement\n\nThis Agreement is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer").\n\n';
  const topicCases: PackCase[] = [
    {
      name: 'words after the topic that say the whole topic is meant',
      pack: 'topicDisclaimer:\n  wholeTopic: [at all]\n',
      body: 'The Provider has no obligation in respect of backups at all.',
      bundled: 'missing',
      withPack: 'negated',
    },
    {
      name: 'a remedy word between cue and topic',
      pack: 'topicDisclaimer:\n  liabilityWords: [insurance]\n',
      body: 'The Provider is not responsible for the insurance of backups.',
      bundled: 'negated',
      withPack: 'missing',
    },
  ];
  itReadsWithPack(topicCases, (lexicon, body) => packCopyStatus(lexicon, body, 'backup.testing', PLAIN));
});
