// The quick fix removes the whole hedge and nothing else. A hedge cue that opens a condition
// ("insofar as its", "to the extent its") runs on to the end of the condition ("… its tools
// allow"); deleting only the cue left "every day tools allow". The fix deletes the longest
// deletable hedge that starts where the cue does, and offers nothing where no list marks the
// condition's end. Sentences of our own.
import { strict as assert } from 'node:assert';
import { applyEdits } from '../../server/src/engine/edits';
import { fixesFor } from '../../server/src/engine/fixes';
import { packCopyAnalysis } from './house-pack';

/** The cue fix of the backup clause: its title and the clause it leaves; undefined when none is offered. */
function cueFix(body: string): { title: string; clause: string } | undefined {
  const result = packCopyAnalysis('hedges: []\n', body, 'backup.contracted-service');
  assert.equal(result.findings[0]!.status, 'weak');
  const fix = fixesFor(result, result.findings[0]!).find((f) => f.kind !== 'suppress' && f.kind !== 'replace-with-template');
  if (!fix) return undefined;
  const text = applyEdits(result.doc.text, fix.edits);
  return { title: fix.title, clause: text.slice(text.lastIndexOf('\n', text.length - 2) + 1).trim() };
}

describe('the hedge fix removes the whole hedge', () => {
  it('a trailing “insofar as its … allow” goes whole', () => {
    const fix = cueFix('The Provider shall back up all Customer Data every day insofar as its tools allow.');
    assert.equal(fix?.clause, 'The Provider shall back up all Customer Data every day.');
    assert.match(fix!.title, /insofar as its tools allow/);
  });

  it('with its pronoun object, and opening the sentence', () => {
    assert.equal(cueFix('The Provider shall back up all Customer Data every day in so far as its backup software permits it.')?.clause, 'The Provider shall back up all Customer Data every day.');
    assert.equal(cueFix('In so far as its backup software permits, the Provider shall back up all Customer Data every day.')?.clause, 'The Provider shall back up all Customer Data every day.');
  });

  it('“to the extent its … support” too, and what follows the condition stays', () => {
    assert.equal(cueFix('The Provider shall back up all Customer Data every day to the extent its tools support it.')?.clause, 'The Provider shall back up all Customer Data every day.');
    assert.equal(cueFix('The Provider shall back up all Customer Data every day, insofar as its tools allow, and keep each copy off site.')?.clause, 'The Provider shall back up all Customer Data every day and keep each copy off site.');
  });

  it('a short hedge still loses only itself', () => {
    assert.equal(cueFix('The Provider shall, where possible, back up all Customer Data every day.')?.clause, 'The Provider shall back up all Customer Data every day.');
  });

  it('no fix where the condition’s end is not marked by any list (half a hedge deleted reads worse)', () => {
    assert.equal(cueFix('The Provider shall back up all Customer Data every day insofar as its systems are capable of it.'), undefined);
  });
});
