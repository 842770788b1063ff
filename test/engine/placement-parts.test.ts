/** The parts of placement/ one by one: numbering, clause style, targets, re-flow. */
import { strict as assert } from 'node:assert';
import type { ClauseUnit } from '../../server/src/engine/parse';
import { firstLabelValue, labelKind } from '../../server/src/engine/placement/labels';
import { columns, wrap } from '../../server/src/engine/placement/reflow';
import { labelText, styleOf } from '../../server/src/engine/placement/style';
import { NOT_A_TARGET, SCHEDULE_HEADING, SIGNATURE_LINE } from '../../server/src/engine/placement/targets';
import { termSet } from '../../server/src/engine/terms';
import { aa22 } from './matching-helpers';

/** A clause unit over the whole of `text` (styleOf reads only kind, start and end). */
const unitOf = (text: string, kind: ClauseUnit['kind'] = 'paragraph'): ClauseUnit => ({ kind, start: 0, end: text.length }) as ClauseUnit;

describe('placement parts', () => {
  it('labels: a new run starts where the model run did, and "i" after "h" is a letter', () => {
    assert.equal(firstLabelValue('dotted', false, '15'), '15.1');
    assert.equal(firstLabelValue('dotted', false, '15', 2), '15.01');
    assert.equal(firstLabelValue('letter', false), 'a');
    assert.equal(firstLabelValue('roman', false), 'i');
    assert.equal(labelKind('i', 'h'), 'letter');
    assert.equal(labelKind('iv', undefined), 'roman');
    assert.equal(labelKind('7.2', undefined), 'dotted');
  });

  it('style: reads the label, the gap and a bold run-in title from a clause line', () => {
    const text = '**7.3** **Patching.** The Provider shall apply security patches.';
    const style = styleOf(text, unitOf(text));
    assert.equal(style.label?.value, '7.3');
    assert.equal(labelText(style.label!, '7.4'), '**7.4**');
    assert.deepEqual(style.runIn, { marker: '**', dotInside: true, dotOutside: false });
    const lettered = '(c) The Supplier shall keep logs.';
    assert.equal(labelText(styleOf(lettered, unitOf(lettered)).label!, 'd'), '(d)');
  });

  it('style: a numbered list item keeps its marker, number and delimiter', () => {
    const text = '3. The Provider shall back up the data.';
    const style = styleOf(text, { kind: 'list-item', start: 3, end: text.length } as ClauseUnit);
    assert.deepEqual(style.list, { indent: '', number: 3, delimiter: '.', gap: ' ' });
  });

  it('targets: definitions, schedules and signature blocks are never targets; topics are found in titles', () => {
    assert.ok(NOT_A_TARGET.test('Definitions and Interpretation'));
    assert.ok(!NOT_A_TARGET.test('Information Security'));
    assert.ok(SCHEDULE_HEADING.test('## Schedule 2 — Service Levels'));
    assert.ok(SIGNATURE_LINE.test('IN WITNESS WHEREOF the parties have signed'));
    assert.ok(SIGNATURE_LINE.test('Signed for and on behalf of the Customer'));
    // A heading's topic words are the pack's (pack.yaml `topics`), compiled like any terms.
    const topics = (id: string): ReturnType<typeof termSet> => termSet(aa22().headings.find((h) => h.id === id)!.topics!);
    assert.ok(topics('backup').test('Backup and Recovery'));
    assert.ok(topics('updates').test('Patching and Vulnerability Management'));
    assert.ok(topics('supply-chain').test('Third Parties'));
    assert.ok(!topics('backup').test('Fees and Payment'));
  });

  it('reflow: wraps greedily at the width, the first line shortened by its label; tabs count to the next stop', () => {
    assert.deepEqual(wrap('one two three four five', 12, 2, 4), ['one two', 'three four', 'five']);
    assert.deepEqual(wrap('kept on one line', undefined, 0, 0), ['kept on one line']);
    assert.equal(columns('\t  '), 6);
    assert.equal(columns('  \t'), 4);
  });
});
