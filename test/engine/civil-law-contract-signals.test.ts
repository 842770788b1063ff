/**
 * Contract detection reads civil-law drafting: public contracts translated from French, Belgian or
 * Luxembourg models bind "the Holder" (le titulaire) with "is bound to" and "undertakes to", not
 * "shall", and head their annexes with an abbreviation in brackets ("Technical Annex (CCTP)"),
 * which is no API signature.
 */
import { strict as assert } from 'node:assert';
import { decideContract } from '../../server/src/engine/contract';
import { contractSignals } from '../../server/src/engine/contract-signals';
import { parseDocument } from '../../server/src/engine/parse';
import { detectParties } from '../../server/src/engine/parties';
import { bundledLexicon } from '../../server/src/engine/catalog/lexicon-file';

function signalsOf(text: string) {
  const doc = parseDocument(text);
  const parties = detectParties(doc);
  return { signals: contractSignals(doc, parties, bundledLexicon().contractSignals), decision: decideContract(doc, parties) };
}

describe('civil-law contract signals', () => {
  it('takes the Holder as the provider and the Purchaser as the customer, undefined, as translations write them', () => {
    const doc = parseDocument('# Contract\n\n**Contractor (le Titulaire):** Brevain SAS.\n\nThe Holder is bound to repair failed printers. The Purchaser pays each invoice within thirty days.\n');
    const roles = new Map(detectParties(doc).names.map((n) => [n.term, n.role]));
    assert.equal(roles.get('Holder'), 'provider');
    assert.equal(roles.get('Purchaser'), 'customer');
  });

  it('counts "is bound to" and "undertakes to" of the Holder or the contracting authority as obligations', () => {
    const { signals } = signalsOf(
      [
        '# Market for Cleaning Services',
        '',
        'Article 3. The Holder is bound to clean the offices of the town hall every working day.',
        '',
        'Article 4. The Holder undertakes to replace any absent cleaner within one day.',
        '',
        'Article 5. The contracting authority is bound to pay each invoice within thirty days of receipt.',
        '',
        'Article 6. The holders are bound to keep the keys of the building in a locked cabinet.',
      ].join('\n'),
    );
    assert.equal(signals.partyObligations, 4);
  });

  it('does not count "is bound to" whose subject is no party or legal role', () => {
    const { signals } = signalsOf(
      [
        '# Event handling',
        '',
        'The click handler is bound to the button when the page loads.',
        '',
        'Prices are bound to rise when the season starts.',
      ].join('\n'),
    );
    assert.equal(signals.partyObligations, 0);
  });

  it('does not read a heading ending on an abbreviation in brackets as an API signature', () => {
    const { signals } = signalsOf(['# Tender file', '', '## Special Technical Clauses (CCTP)', '', '## Service Levels (SLA)', '', 'Text.'].join('\n'));
    assert.equal(signals.apiHeadings, 0);
  });

  it('still reads a function heading with parameters as an API signature', () => {
    const { signals } = signalsOf(['# Library', '', '## parse(text, options)', '', '## render(Node)', '', 'Text.'].join('\n'));
    assert.equal(signals.apiHeadings, 2);
  });

  it('reads a translated civil-law contract without "shall" as a contract', () => {
    const { decision } = signalsOf(
      [
        '# Public Contract for the Maintenance of School Computers',
        '',
        '## Technical Annex (CCTP)',
        '',
        'Article 1. The contract concerns the maintenance of the computers of the eleven schools of the municipality.',
        '',
        'Article 2. The Holder is bound to repair a failed computer within two working days of the report.',
        '',
        'Article 3. The Holder undertakes to install the updates of the operating system each month.',
        '',
        'Article 4. The Holder is bound to keep a register of the interventions and to send it to the municipality each quarter.',
        '',
        'Article 5. The contracting authority is bound to give the technicians access to the classrooms outside lesson times.',
        '',
        'Article 6. Penalties for late repair are deducted from the next payment.',
      ].join('\n'),
    );
    assert.equal(decision.isContract, true, decision.reason);
  });
});
