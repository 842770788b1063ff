// Three shapes that name a requirement's topic without owing it read their words from the lexicon
// (clauses/<pack>/lexicon.yaml): a possibility, an effect, a difficulty or a back-reference
// (`asideMentions`), a view of what works best or a belief (`opinionStatements`), and a report on
// the work (`reportContents`). A pack copy that adds a word reads a sentence the bundled pack reads
// otherwise; a lexicon without the keys still compiles. Sentences of our own.
import { strict as assert } from 'node:assert';
import { parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { itReadsWithPack, packCopyStatus } from './house-pack';

const reader = (id: string) => (lexicon: string, body: string): string => packCopyStatus(lexicon, body, id);
const MIGRATE = 'The Provider shall migrate the platform to the new data centre. ';
const SUPPLIERS = 'The Provider shall buy its hardware from approved suppliers only. ';
const FEWER = 'help to reduce the number of systems left without security patches.';
const RESTORE = 'Storing the Customer Data in a proprietary format';
const BACK = 'the security roles and responsibilities';
const POLICY = 'all personnel shall comply with the acceptable use policy.';
const INSTALL = 'the Provider is to install security patches within days of release.';
const TICKETS = 'ticket volumes and patch compliance.';
const CONTENTS = 'patch compliance, backup success rates and open tickets.';

/** `pack` under `key`, one list with one word. */
const word = (key: string, list: string, w: string): string => `${key}:\n  ${list}: [${w}]\n`;

describe('sentences that name a topic without owing it are lexicon data', () => {
  it('the bundled words: a possibility, a view and a report bind no one', () => {
    assert.equal(reader('backup.contracted-service')('hedges: []\n', `${MIGRATE}It may also involve restoring the backups of the Customer Data.`), 'missing');
    assert.equal(reader('patching.ongoing-service')('hedges: []\n', `We believe that ${INSTALL}`), 'weak');
    assert.equal(reader('patching.ongoing-service')('hedges: []\n', `The Provider shall report monthly on ${TICKETS}`), 'weak');
  });

  it('schema-checked: the three keys take their own lists, and an unknown one is refused', () => {
    assert.deepEqual(parseLexicon('asideMentions:\n  effectVerbs: [aid]\nopinionStatements:\n  wayNouns: [recipe]\nreportContents:\n  reportNouns: [digest]\n', 'lexicon.yaml').problems, []);
    assert.ok(parseLexicon('asideMentions:\n  effectVerb: [aid]\n', 'lexicon.yaml').problems.length > 0);
    assert.ok(parseLexicon('reportContents:\n  nouns: [digest]\n', 'lexicon.yaml').problems.length > 0);
  });

  it('a lexicon without the keys compiles: nothing is an aside, a view or a report', () => {
    const bare = compileLexicon({});
    assert.equal(bare.asideMentions.possibleConsequence.test('This may require restoring the backups.'), false);
    assert.equal(bare.opinionStatements.belief.test('We believe that patches matter.'), false);
    assert.equal(bare.reportContents.mentions.test('The monthly report shall include patch compliance.'), false);
  });

  it('words whose sentences read weak either way drive their patterns: a copula of a view, the giving of a report, a modal of its contents', () => {
    const lex = compileLexicon({ opinionStatements: { wayNouns: ['way'], wayCopulas: ['remains'] }, reportContents: { reportNouns: ['report'], givingVerbs: ['circulate'], contentLinks: ['on'], subjectModals: ['needs to'], subjectContents: ['include'] } });
    assert.equal(lex.opinionStatements.wayIsTo.test('The most effective way to keep servers secure remains to patch them.'), true);
    assert.equal(lex.reportContents.reportOn.test('The Provider shall circulate a monthly report on patch compliance.'), true);
    assert.equal(lex.reportContents.reportSubject.test('The monthly service report needs to include patch compliance.'), true);
    assert.equal(compileLexicon({}).reportContents.reportSubject.test('The monthly service report needs to include patch compliance.'), false);
  });

  describe('asides', () => {
    itReadsWithPack(
      [
        { name: 'a subject of a possibility', pack: word('asideMentions', 'possibilitySubjects', 'the migration'), body: `${MIGRATE}The migration may also involve restoring the backups of the Customer Data.`, bundled: 'weak', withPack: 'missing' },
        { name: 'a modal of a possibility', pack: word('asideMentions', 'possibilityModals', 'will likely'), body: `${MIGRATE}It will likely involve restoring the backups of the Customer Data.`, bundled: 'present', withPack: 'missing' },
        { name: 'an adverb of a possibility', pack: word('asideMentions', 'possibilityAdverbs', 'occasionally'), body: `${MIGRATE}It may occasionally involve restoring the backups of the Customer Data.`, bundled: 'weak', withPack: 'missing' },
        { name: 'a verb of consequence', pack: word('asideMentions', 'consequenceVerbs', 'demand'), body: `${MIGRATE}It may also demand restoring the backups of the Customer Data.`, bundled: 'weak', withPack: 'missing' },
        { name: 'a difficulty: its modal', pack: word('asideMentions', 'hardModals', 'tends to'), body: `${RESTORE} tends to make it more difficult for the Customer to restore its backups.`, bundled: 'weak', withPack: 'missing' },
        { name: 'a difficulty: its degree', pack: word('asideMentions', 'hardDegrees', 'considerably'), body: `${RESTORE} may make it considerably harder for the Customer to restore its backups.`, bundled: 'weak', withPack: 'missing' },
        { name: 'a difficulty: its adjective', pack: word('asideMentions', 'hardAdjectives', 'slower'), body: `${RESTORE} may make it slower for the Customer to restore its backups.`, bundled: 'weak', withPack: 'missing' },
      ],
      reader('backup.contracted-service'),
    );
    itReadsWithPack(
      [
        { name: 'a subject of an effect', pack: word('asideMentions', 'effectSubjects', 'the policy'), body: `${SUPPLIERS}The policy will ${FEWER}`, bundled: 'present', withPack: 'missing' },
        { name: 'a modal of an effect', pack: word('asideMentions', 'effectModals', 'is expected to'), body: `${SUPPLIERS}This is expected to ${FEWER}`, bundled: 'weak', withPack: 'missing' },
        { name: 'an adverb of an effect', pack: word('asideMentions', 'effectAdverbs', 'further'), body: `${SUPPLIERS}This will further ${FEWER}`, bundled: 'present', withPack: 'missing' },
        { name: 'a verb of effect', pack: word('asideMentions', 'effectVerbs', 'aid'), body: `${SUPPLIERS}This will aid in reducing the number of systems left without security patches.`, bundled: 'present', withPack: 'missing' },
      ],
      reader('patching.ongoing-service'),
    );
    itReadsWithPack(
      [
        { name: 'the opener of a back-reference', pack: word('asideMentions', 'backOpeners', 'on top of'), body: `On top of ${BACK} described above, ${POLICY}`, bundled: 'present', withPack: 'missing' },
        { name: 'its participle', pack: word('asideMentions', 'backParticiples', 'specified'), body: `In addition to ${BACK} specified above, ${POLICY}`, bundled: 'present', withPack: 'missing' },
        { name: 'the place it points at', pack: word('asideMentions', 'backPlaces', 'herein'), body: `In addition to ${BACK} described herein, ${POLICY}`, bundled: 'present', withPack: 'missing' },
      ],
      reader('transparency.roles-responsibilities'),
    );
  });

  describe('views and reports', () => {
    itReadsWithPack(
      [
        { name: 'the noun of a way', pack: word('opinionStatements', 'wayNouns', 'recipe'), body: 'The surest recipe for secure servers is to install security patches within days of release.', bundled: 'present', withPack: 'weak' },
        { name: 'who believes', pack: word('opinionStatements', 'believers', 'our experts'), body: `Our experts believe that ${INSTALL}`, bundled: 'present', withPack: 'weak' },
        { name: 'a state of belief', pack: word('opinionStatements', 'beliefStates', 'persuaded'), body: `We are persuaded that ${INSTALL}`, bundled: 'present', withPack: 'weak' },
        { name: 'an adverb of belief', pack: word('opinionStatements', 'beliefAdverbs', 'strongly'), body: `We strongly believe that ${INSTALL}`, bundled: 'present', withPack: 'weak' },
        { name: 'a verb of belief', pack: word('opinionStatements', 'beliefVerbs', 'maintain'), body: `We maintain that ${INSTALL}`, bundled: 'present', withPack: 'weak' },
        { name: 'duty words beside a view', pack: word('opinionStatements', 'dutyWords', 'is bound to'), body: 'We believe that the best way to keep the servers secure is to install security patches within days of release, and the Provider is bound to do so.', bundled: 'weak', withPack: 'present' },
        { name: 'the noun of a report', pack: word('reportContents', 'reportNouns', 'digest'), body: `The monthly service digest shall include ${CONTENTS}`, bundled: 'present', withPack: 'weak' },
        { name: 'a verb of reporting', pack: word('reportContents', 'reportVerbs', 'brief'), body: `The Provider shall brief monthly on ${TICKETS}`, bundled: 'present', withPack: 'weak' },
        { name: 'what follows the verb', pack: word('reportContents', 'topicLinks', 'in respect of'), body: `The Provider shall report monthly in respect of ${TICKETS}`, bundled: 'present', withPack: 'weak' },
        { name: 'what is reported', pack: word('reportContents', 'measures', 'trends'), body: `The Provider shall report the trends of ${TICKETS}`, bundled: 'present', withPack: 'weak' },
        { name: 'what follows a report given', pack: word('reportContents', 'contentLinks', 'listing'), body: `The Provider shall provide a monthly report listing ${TICKETS}`, bundled: 'present', withPack: 'weak' },
        { name: 'a modal of what a report holds', pack: word('reportContents', 'thatModals', 'should'), body: `The Provider shall keep dashboards that should show ${TICKETS}`, bundled: 'present', withPack: 'weak' },
        { name: 'what a report holds', pack: word('reportContents', 'thatContents', 'record'), body: `The Provider shall keep dashboards that record ${TICKETS}`, bundled: 'present', withPack: 'weak' },
        { name: 'what a report as subject holds', pack: word('reportContents', 'subjectContents', 'capture'), body: `The monthly service report shall capture ${CONTENTS}`, bundled: 'present', withPack: 'weak' },
        { name: "a requirement's own act of reporting", pack: word('reportContents', 'ownAct', 'patch'), body: `The Provider shall report monthly on ${TICKETS}`, bundled: 'weak', withPack: 'present' },
      ],
      reader('patching.ongoing-service'),
    );
  });
});
