// A service description made binding by the terms (binding-description.ts): the provider's
// present-tense statements in the part it names are promises; hedged, denied or customer ones stay.
import { strict as assert } from 'node:assert';
import { bindingDescriptions } from '../../server/src/engine/binding-description';
import { parseDocument } from '../../server/src/engine';
import { bundledStatus } from './matching-helpers';

const DESCRIPTION = (statement: string): string =>
  `## Schedule 2 — Service Description\n\n### Backups\n\n${statement}\n\n## Terms\n\n`;
const BINDS = 'The Provider shall deliver each feature described in Schedule 2 as a contractual commitment.\n';
const ID = 'backup.contracted-service';

describe('binding service description', () => {
  it('a provider statement under a description the terms bind is its promise', () => {
    assert.equal(bundledStatus(DESCRIPTION('The Provider copies every Customer server to a second site each night.') + BINDS, ID), 'present');
  });

  it('"The Service includes …" under a bound description is the provider’s promise', () => {
    assert.equal(bundledStatus(DESCRIPTION('The Service includes nightly backup of every covered server to a second site.') + BINDS, ID), 'present');
  });

  it('must not fire: without the binding clause the statement only describes', () => {
    assert.equal(bundledStatus(DESCRIPTION('The Provider copies every Customer server to a second site each night.'), ID), 'weak');
  });

  it('must not fire: a clause that says the description is not binding', () => {
    const denies = 'The features described in Schedule 2 are not contractual commitments.\n';
    assert.equal(bundledStatus(DESCRIPTION('The Provider copies every Customer server to a second site each night.') + denies, ID), 'weak');
  });

  it('must not fire: a possibility or a statement for information is no promise', () => {
    assert.equal(bundledStatus(DESCRIPTION('The Provider can copy Customer servers to a second site on request.') + BINDS, ID), 'weak');
  });

  it('must not fire: a section outside the part the clause names', () => {
    const text = `## Schedule 3 — Optional extras\n\nThe Provider copies every Customer server to a second site each night.\n\n## Terms\n\n${BINDS}`;
    assert.notEqual(bundledStatus(text, ID), 'present');
  });

  it('finds the sections of the part the declaration names', () => {
    const doc = parseDocument(`# T\n\n## Part 3 — Features\n\n### 3.1 A\n\nx.\n\n## Part 4 — Other\n\ny.\n\n## Part 7 — Terms\n\nThe features described in Part 3 are binding obligations of the Supplier.\n`);
    const titles = [...bindingDescriptions(doc).keys()].map((i) => doc.sections[i]!.title);
    assert.ok(titles.some((t) => t.includes('Features')));
    assert.ok(titles.includes('A'));
    assert.ok(!titles.some((t) => t.includes('Other')));
  });
});
