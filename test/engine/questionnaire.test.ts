// Questionnaires made contractual (questionnaire.ts, answer-reading.ts): a question binds no one
// and is the topic of its answer; the answer's verdict decides, and a clause that incorporates the
// responses makes a "Yes" a warranty. Every sentence here is written for this test.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { parseDocument } from '../../server/src/engine';
import { isQuestion, questionnaire, verdictOf } from '../../server/src/engine/questionnaire';
import { incorporatedResponses } from '../../server/src/engine/answer-reading';
import { aa22, bundledRequirement, bundledStatus, MSA_PREAMBLE } from './matching-helpers';

const INCORPORATES = "## 2. Questionnaire\n\nThe Provider's answers to the Customer's security questionnaire in Appendix A are incorporated into this Agreement as warranties.\n\n";
const APPENDIX = (pairs: string): string => `## Appendix A – Security questionnaire\n\n${pairs}\n`;
const pair = (q: string, a: string): string => `**${q}**\n\nA: ${a}\n\n`;

const PATCH_Q = 'Q4 Do you install security patches on the servers you manage for us?';
const MFA_Q = 'Q7 Do you require multi-factor authentication for every engineer who signs in to our network?';
const BACKUP_Q = 'Q9 Do you back up our file servers every night?';
const RETAIN_Q = 'Q3 How long do you retain audit logs?';

const status = (body: string, id: string): string => bundledStatus(body, id, MSA_PREAMBLE);

function finding(body: string, id: string) {
  const catalog = { ...aa22(), requirements: [bundledRequirement(id)] };
  return analyze(MSA_PREAMBLE + body + '\n', { catalog, force: true }).findings[0]!;
}

describe('questionnaire answers made contractual', () => {
  describe('a "Yes" answer with a description', () => {
    it('is the provider’s warranty where a clause incorporates the responses (patching)', () => {
      assert.equal(status(INCORPORATES + APPENDIX(pair(PATCH_Q, 'Yes. We install vendor security patches on every managed server within fourteen days of release.')), 'patching.ongoing-service'), 'present');
    });

    it('says in the hover which answer was read as a warranty and why', () => {
      const f = finding(INCORPORATES + APPENDIX(pair(PATCH_Q, 'Yes. We install vendor security patches on every managed server within fourteen days of release.')), 'patching.ongoing-service');
      assert.match(f.evidence[0]!.reason, /answer to Q4 as the Provider’s warranty/);
      assert.match(f.evidence[0]!.reason, /clause 2 incorporates the responses: “The Provider.s answers/);
      assert.match(f.evidence[0]!.text, /^We install vendor security patches/, 'the evidence is the answer, not the question');
    });

    it('is only weak where no clause makes the responses terms (backup)', () => {
      const f = finding(APPENDIX(pair(BACKUP_Q, 'Yes. We copy every file server to a second data centre each night.')), 'backup.contracted-service');
      assert.equal(f.status, 'weak');
      assert.match(f.evidence[0]!.reason, /no clause makes a term of the contract/);
    });

    it('a retention answer is read against the six-month minimum (log retention)', () => {
      assert.equal(status(INCORPORATES + APPENDIX(pair(RETAIN_Q, 'We keep the audit logs of customer systems for eighteen (18) months.')), 'logging.retention'), 'present');
      assert.equal(status(INCORPORATES + APPENDIX(pair(RETAIN_Q, 'We keep the audit logs of customer systems for sixty (60) days.')), 'logging.retention'), 'below-threshold');
    });
  });

  describe('a bare verdict takes its topic from the question', () => {
    it('"Yes." alone to a question that names the control (MFA)', () => {
      assert.equal(status(INCORPORATES + APPENDIX(pair(MFA_Q, 'Yes.')), 'mfa.provider-access'), 'present');
    });

    it('"No." alone refuses the control the question asks about (patching, backup)', () => {
      assert.equal(status(INCORPORATES + APPENDIX(pair(PATCH_Q, 'No.')), 'patching.ongoing-service'), 'negated');
      assert.equal(status(INCORPORATES + APPENDIX(pair(BACKUP_Q, 'No.')), 'backup.contracted-service'), 'negated');
    });

    it('"No" followed by what is done instead still refuses it (MFA)', () => {
      assert.equal(status(INCORPORATES + APPENDIX(pair(MFA_Q, 'No. Engineers sign in with a long password and a hardware token is being evaluated.')), 'mfa.provider-access'), 'negated');
    });
  });

  describe('hedged verdicts are weak, with the verdict in the reason', () => {
    it('"Partially" (backup)', () => {
      const f = finding(INCORPORATES + APPENDIX(pair(BACKUP_Q, 'Partially. We copy the finance server each night; the other servers are copied weekly.')), 'backup.contracted-service');
      assert.equal(f.status, 'weak');
      assert.ok(f.evidence.some((e) => /“Partially”/.test(e.reason)), f.evidence.map((e) => e.reason).join('\n'));
    });

    it('"Planned for next year" (MFA)', () => {
      assert.equal(status(INCORPORATES + APPENDIX(pair(MFA_Q, 'Planned for next year. We are choosing a token supplier.')), 'mfa.provider-access'), 'weak');
    });

    it('"On request" (patching)', () => {
      assert.equal(status(INCORPORATES + APPENDIX(pair(PATCH_Q, 'On request. We install security patches on a server when the Customer asks us to.')), 'patching.ongoing-service'), 'weak');
    });
  });

  describe('a later answer that cites an earlier one', () => {
    const YES = pair(PATCH_Q, 'Yes. We install vendor security patches on every managed server within fourteen days of release.');
    it('narrows it where it takes part of it away (patching)', () => {
      const body = INCORPORATES + APPENDIX(YES + pair('Q12 Are there any exceptions to your answers?', 'Yes. Our answer to Q4 does not cover the laboratory servers, which we patch only when the Customer asks.'));
      const f = finding(body, 'patching.ongoing-service');
      assert.equal(f.status, 'weak');
      assert.match(f.evidence[0]!.reason, /narrows the answer to Q4/);
    });

    it('must not fire: a citing answer that takes nothing away (patching)', () => {
      const body = INCORPORATES + APPENDIX(YES + pair('Q12 Does your answer cover every server?', 'Yes. Our answer to Q4 holds for every managed server, and we patch the laboratory servers the same way.'));
      assert.equal(status(body, 'patching.ongoing-service'), 'present');
    });
  });

  describe('"N/A"', () => {
    it('with the customer doing it moves the duty (patching, backup)', () => {
      assert.equal(status(INCORPORATES + APPENDIX(pair(PATCH_Q, "N/A. The Customer's own IT team installs all security patches on its servers.")), 'patching.ongoing-service'), 'wrong-party');
      assert.equal(status(INCORPORATES + APPENDIX(pair(BACKUP_Q, 'N/A. The Customer backs up its own file servers.')), 'backup.contracted-service'), 'wrong-party');
    });

    it('alone says nothing (MFA)', () => {
      assert.equal(status(INCORPORATES + APPENDIX(pair(MFA_Q, 'N/A.')), 'mfa.provider-access'), 'missing');
    });
  });

  describe('must not fire', () => {
    it('a question without an answer is no duty of anyone (patching, MFA, backup, retention)', () => {
      for (const [q, id] of [[PATCH_Q, 'patching.ongoing-service'], [MFA_Q, 'mfa.provider-access'], [BACKUP_Q, 'backup.contracted-service'], [RETAIN_Q, 'logging.retention']] as const) {
        assert.equal(status(INCORPORATES + APPENDIX(`**${q}**\n\n`), id), 'missing', q);
      }
    });

    it('an answer warrants the control its question asks about, not another that shares its words (MFA)', () => {
      const body = INCORPORATES + APPENDIX(pair('Q11 Do you vet your subcontractors before you engage them?', 'Yes. We check that every subcontractor engineer signs in with multi-factor authentication when reaching the Customer network.'));
      assert.equal(status(body, 'mfa.provider-access'), 'weak');
    });

    it('"No" to a question asked the other way round refuses nothing', () => {
      const body = INCORPORATES + APPENDIX(pair(PATCH_Q, 'Yes. We install vendor security patches on every managed server within fourteen days of release.') + pair('Q5 Are there any exceptions to your patching answer?', 'No.'));
      assert.equal(status(body, 'patching.ongoing-service'), 'present');
    });

    it('a clause that says the responses are not warranties incorporates nothing', () => {
      const denies = "## 2. Questionnaire\n\nThe Provider's answers to the security questionnaire in Appendix A are for information only and are not warranties.\n\n";
      assert.equal(status(denies + APPENDIX(pair(PATCH_Q, 'Yes. We install vendor security patches on every managed server within fourteen days of release.')), 'patching.ongoing-service'), 'weak');
    });

    it('a rhetorical question in a clause leaves the duty after it as it was', () => {
      assert.equal(status('## 5. Patching\n\nWhat happens when a vendor releases a fix? The Provider shall install each security patch within fourteen (14) days of its release.\n', 'patching.ongoing-service'), 'present');
    });

    it('"No" opening an ordinary clause is no verdict', () => {
      assert.equal(verdictOf('No party shall assign this Agreement.'), undefined);
      assert.equal(verdictOf('No. 4 Harbour Road'), undefined);
      assert.equal(verdictOf('Yesterday the backups ran.'), undefined);
    });
  });

  describe('the reader', () => {
    it('knows questions by their opening and question mark, labelled or not', () => {
      assert.ok(isQuestion('Q3.2 How long do you keep security logs?'));
      assert.ok(isQuestion('Are our systems kept apart from those of your other clients?'));
      assert.ok(isQuestion('12. Do you test restores?'));
      assert.ok(!isQuestion('The Provider shall test restores.'));
      assert.ok(!isQuestion('Backups (daily?) are kept off-site.'));
    });

    it('reads verdicts with their phrase', () => {
      assert.deepEqual(verdictOf('A: Planned for Q1 2027. We will…')?.verdict, 'planned');
      assert.equal(verdictOf('A: Planned for Q1 2027. We will…')?.text, 'Planned for Q1 2027');
      assert.equal(verdictOf('N/A. The Customer does this.')?.verdict, 'not-applicable');
      assert.equal(verdictOf('Yes, we do.')?.verdict, 'yes');
      assert.equal(verdictOf('Partially.')?.verdict, 'partial');
    });

    it('pairs a question with the paragraph after it, and a table’s question cell with its response cell', () => {
      const doc = parseDocument('# Q\n\nQ1 Do you use MFA?\n\nYes, for all staff.\n\n| Question | Response |\n|---|---|\n| Do you back up nightly? | No. |\n');
      const qa = questionnaire(doc);
      const answers = qa.answer.map((a, u) => (a ? `${u}:${a.verdict}:${a.label}` : '')).filter(Boolean);
      assert.equal(answers.length, 2, answers.join(' '));
      assert.match(answers[0]!, /yes:Q1$/);
      assert.match(answers[1]!, /no:the question “Do you back up nightly\?”/);
    });

    it('a table "Question | Response" reads like the Q&A pairs', () => {
      const table = '| Question | Response |\n|---|---|\n| Do you back up our file servers every night? | Yes. We copy every file server to a second data centre each night. |\n';
      assert.equal(status(INCORPORATES + APPENDIX(table), 'backup.contracted-service'), 'present');
      const refused = '| Question | Response |\n|---|---|\n| Do you back up our file servers every night? | No. |\n';
      assert.equal(status(INCORPORATES + APPENDIX(refused), 'backup.contracted-service'), 'negated');
    });

    it('must not fire: a compliance matrix whose requirement is asked as a question keeps its own reading', () => {
      const matrix = '| No. | Requirement | Response |\n|---|---|---|\n| 4 | Does the Provider install security patches on every managed server within fourteen (14) days? | Does not comply |\n';
      assert.equal(status(INCORPORATES + APPENDIX(matrix), 'patching.ongoing-service'), 'negated');
    });

    it('finds the clause that incorporates the responses, not one that denies it', () => {
      assert.ok(incorporatedResponses(parseDocument(INCORPORATES)));
      assert.equal(incorporatedResponses(parseDocument('The responses are not incorporated into this Agreement.\n')), undefined);
    });
  });
});
