// The quick fixes read lexicon data (clauses/<pack>/lexicon.yaml): how a cue is rewritten
// (`quickFixes`, `negationRewrites`) and, for what to rewrite, the lists detection reads (the
// maxima of `durationQualifiers`). A pack copy that adds a word has a sentence fixed that the
// bundled pack leaves unfixed; a permissive modal added for the fix is found by detection too.
// Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { applyEdits } from '../../server/src/engine/edits';
import { fixesFor } from '../../server/src/engine/fixes';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { packCopyAnalysis } from './house-pack';

const BUNDLED = 'hedges: []\n';

/** The clause as the cue fix (not the template or the suppression) leaves it; undefined when none is offered. */
function cueFixed(lexicon: string, body: string, id: string): string | undefined {
  const result = packCopyAnalysis(lexicon, body, id);
  const fix = fixesFor(result, result.findings[0]!).find((f) => f.kind !== 'suppress' && f.kind !== 'replace-with-template');
  if (!fix) return undefined;
  const text = applyEdits(result.doc.text, fix.edits);
  return text.slice(text.lastIndexOf('\n', text.length - 2) + 1).trim();
}

interface FixCase {
  name: string;
  pack: string;
  body: string;
  /** What the bundled pack's fix writes, or undefined when it offers none. */
  bundled: string | undefined;
  withPack: string;
  id?: string;
}

const cases: FixCase[] = [
  {
    name: 'a permissive modal is found and made binding',
    pack: 'quickFixes:\n  permissiveToShall: [is at liberty to]\n',
    body: 'The Provider is at liberty to back up all Customer Data every day.',
    bundled: undefined,
    withPack: 'The Provider shall back up all Customer Data every day.',
  },
  {
    name: 'the verb of an effort standard goes with it',
    pack: 'quickFixes:\n  effortVerbs: [deploy]\n',
    body: 'The Provider shall deploy reasonable efforts to back up all Customer Data every day.',
    bundled: undefined,
    withPack: 'The Provider shall back up all Customer Data every day.',
  },
  {
    name: 'a word between the effort verb and the standard goes with them',
    pack: 'quickFixes:\n  effortDeterminers: [such]\n',
    body: 'The Provider shall use such reasonable efforts to back up all Customer Data every day.',
    bundled: undefined,
    withPack: 'The Provider shall back up all Customer Data every day.',
  },
  {
    name: 'a binding word before a hedge is kept, as "shall" is',
    pack: 'binding: [is bound to]\n',
    body: 'The Provider is bound to endeavour to back up all Customer Data every day.',
    bundled: 'The Provider is bound to shall back up all Customer Data every day.',
    withPack: 'The Provider is bound to back up all Customer Data every day.',
  },
  {
    name: 'a denial of a duty with its "to" becomes "shall"',
    pack: 'quickFixes:\n  noObligationTo: [no duty to]\n',
    body: 'The Provider is under no duty to back up any Customer Data.',
    bundled: undefined,
    withPack: 'The Provider shall back up any Customer Data.',
  },
  {
    name: 'the words before such a denial go with it',
    pack: 'quickFixes:\n  underBefore: [remains under]\n',
    body: 'The Provider remains under no obligation to back up any Customer Data.',
    bundled: 'The Provider remains under shall back up any Customer Data.',
    withPack: 'The Provider shall back up any Customer Data.',
  },
  {
    name: 'a negation cue gets its positive rewrite',
    pack: 'negations:\n  - reason: a refusal of the duty\n    phrases: [declines to]\nnegationRewrites:\n  shall: [declines to]\n',
    body: 'The Provider declines to back up any Customer Data.',
    bundled: undefined,
    withPack: 'The Provider shall back up any Customer Data.',
  },
  {
    name: 'the pronoun object of a deleted condition goes with it',
    pack: 'quickFixes:\n  conditionObjects: [that]\n',
    body: 'The Provider shall back up all Customer Data every day in so far as the backup tools allow that.',
    bundled: 'The Provider shall back up all Customer Data every day that.',
    withPack: 'The Provider shall back up all Customer Data every day.',
  },
  {
    name: 'a maximum detection reads is the maximum the threshold fix raises',
    pack: 'durationQualifiers:\n  atMost: [a ceiling of]\n',
    body: 'The Provider shall retain the security logs for a ceiling of ninety days.',
    bundled: 'The Provider shall retain the security logs for a ceiling of six months.',
    withPack: 'The Provider shall retain the security logs for at least six months.',
    id: 'logging.retention',
  },
];

describe('quick-fix words are lexicon data', () => {
  it('the bundled words fix an effort standard (after any binding word), a permissive modal, a denial and a capped period', () => {
    const fixed = (body: string, id = 'backup.contracted-service'): string | undefined => cueFixed(BUNDLED, body, id);
    assert.equal(fixed('The Provider shall exercise all its reasonable efforts to back up all Customer Data every day.'), 'The Provider shall back up all Customer Data every day.');
    // The binding words detection reads stay before the duty: "agrees to", not "agrees to shall".
    assert.equal(fixed('The Provider agrees to use reasonable efforts to back up all Customer Data every day.'), 'The Provider agrees to back up all Customer Data every day.');
    assert.equal(fixed('The Provider undertakes to make every effort to back up all Customer Data every day.'), 'The Provider undertakes to back up all Customer Data every day.');
    assert.equal(fixed('The Provider might back up all Customer Data every day.'), 'The Provider shall back up all Customer Data every day.');
    assert.equal(fixed('The Provider has no obligation to back up any Customer Data.'), 'The Provider shall back up any Customer Data.');
    assert.equal(fixed('The Provider will not be obliged to back up any Customer Data.'), 'The Provider shall back up any Customer Data.');
    // The "for" before a cap stays: the cap is "no more than", not "for no more than".
    assert.equal(fixed('The Provider shall keep the security logs for no more than ninety days.', 'logging.retention'), 'The Provider shall keep the security logs for at least six months.');
  });

  it('schema-checked: quickFixes takes its own lists, negationRewrites maps a rewrite to its cues', () => {
    assert.deepEqual(parseLexicon('quickFixes:\n  effortVerbs: [deploy]\n  modals: [is to]\nnegationRewrites:\n  shall: [declines to]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('quickFixes:\n  effortVerbz: [deploy]\n', 'lexicon.yaml').problems.length > 0);
    assert.ok(parseLexicon('negationRewrites:\n  shall: declines to\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the keys compiles: nothing is rewritten', () => {
    const bare = compileLexicon({}).quickFixes;
    assert.equal(bare.permissiveToShall.test('may'), false);
    assert.equal(bare.effortVerbBefore.test('shall use '), false);
    assert.equal(bare.modal.test('The Provider shall monitor.'), false);
    assert.deepEqual(bare.negationRewrites, []);
  });

  for (const c of cases) {
    it(`added by a pack, ${c.name}`, () => {
      const id = c.id ?? 'backup.contracted-service';
      assert.equal(cueFixed(BUNDLED, c.body, id), c.bundled);
      assert.equal(cueFixed(c.pack, c.body, id), c.withPack);
    });
  }
});
