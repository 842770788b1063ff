/**
 * A second battery of the ways lawyers qualify, disclaim and word a duty, each tried on seven
 * requirements (after hedge-taxonomy.test.ts): effort in the singular and to the limit of ability,
 * "to the extent (that) it is …" escapes, the obligated party's operations or decision first,
 * purchase or election conditions, and disclaimers that say the duty is no requirement or the
 * thing is not provided. Also the determiners drafters put before an object ("monitor all security
 * events"), opening "Where …," conditions whose negation disclaims nothing, and the particle verb
 * "back it up". Sentences written for this test (no corpus document's wording).
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

/** Each requirement's duty as a verb phrase and as a noun phrase. */
const ACTS: Record<string, [act: string, noun: string]> = {
  'patching.ongoing-service': ['apply security patches to the Customer systems it manages within fourteen days of release', 'the patching of the Customer systems'],
  'backup.contracted-service': ['back up the Customer Data every day', 'daily backups of the Customer Data'],
  'mfa.provider-access': ['require multi-factor authentication for every account its personnel use to access the Customer systems', "multi-factor authentication for its personnel's access to the Customer systems"],
  'privilege.least-privilege': ['limit the access of its personnel to the Customer systems to the least privilege their roles require', 'least-privilege access control for its personnel'],
  'network.segregation': ['keep the Customer environment logically separated from the environments of its other customers', 'segregation of the Customer environment from those of its other customers'],
  'accounts.deprovisioning': ['disable the Customer system accounts of its personnel within one day after they leave', "the removal of leavers' accounts from the Customer systems"],
  'logging.security-event-management': ['monitor the security event logs of the Customer systems around the clock', 'security monitoring of the Customer systems'],
};

/** `…` stands for the duty's verb phrase, NOUN for its noun phrase. */
function wrongForms(forms: string[], expected: string[]): string[] {
  const wrong: string[] = [];
  for (const form of forms) {
    for (const [id, [act, noun]] of Object.entries(ACTS)) {
      const sentence = form.replace('…', act).replace('NOUN', noun).replace(/^(\w)/, (c) => c.toUpperCase());
      const got = bundledStatus(sentence, id);
      if (!expected.includes(got)) wrong.push(`${id}: ${got} ← ${sentence}`);
    }
  }
  return wrong;
}

describe('qualification forms: plain duties stay present', () => {
  it('shall, must, undertakes, agrees, will, and a determiner before the object', () => {
    assert.deepEqual(wrongForms(['The Provider shall ….', 'The Provider must ….', 'The Provider undertakes to ….', 'The Provider agrees to ….', 'The Provider will ….', 'The Provider is responsible for NOUN.'], ['present']), []);
  });
});

describe('qualification forms: each hedge reads weak on every duty', () => {
  const HEDGED = [
    // effort in the singular, every reasonable effort, the limit of its ability
    'The Provider undertakes to make every reasonable effort to ….',
    'The Provider shall … to the best of its ability.',
    'The Provider will make a reasonable effort to ….',
    // "to the extent (that) it is …" and proportionality
    'The Provider shall … to the extent that it is commercially reasonable to do so.',
    'The Provider shall …, to the extent it is technically feasible.',
    'The Provider shall … save where the cost would be disproportionate.',
    'The Provider shall … as and when it is able to.',
    // its operations, its decision, its option
    'Subject to the availability of suitable tools, the Provider shall ….',
    "Subject to the Provider's operational requirements, the Provider shall ….",
    'The Provider shall … where this does not affect service availability.',
    'The Provider shall … unless the Provider determines otherwise.',
    'The Provider shall … at its sole option.',
    "The Provider shall … where the Customer's environment permits.",
    // bought or elected
    'The Provider shall … where the Customer has purchased the relevant add-on.',
    'Where the Order Form so specifies, the Provider shall ….',
  ];
  it('weak for all seven duties', () => {
    assert.deepEqual(wrongForms(HEDGED, ['weak']), []);
  });
  it('"has the right, but not the obligation, to" is at least weak', () => {
    assert.deepEqual(wrongForms(['The Provider has the right, but not the obligation, to ….'], ['weak', 'negated']), []);
  });
});

describe('qualification forms: each disclaimer or move reads negated or wrong party', () => {
  const DISCLAIMED = [
    'It is not a requirement of this Agreement that the Provider ….',
    'There is no requirement for the Provider to ….',
    'The Provider is not to be responsible for NOUN.',
    'NOUN is not provided.',
    'NOUN will not be provided under this Agreement.',
    'The Provider is not obliged to ….',
    'The Provider disclaims any obligation to ….',
    "The Provider's obligations do not extend to NOUN.",
    'Responsibility for NOUN rests solely with the Customer.',
    // the provider given no part in it, the customer made accountable, a matter for the customer
    'The Provider has no involvement in NOUN.',
    'The Provider plays no part in NOUN.',
    'The Provider is not involved in NOUN.',
    'The Provider is not tasked with NOUN.',
    'The Provider will not be performing NOUN.',
    "NOUN is not within the Provider's remit.",
    'The Customer is accountable for NOUN.',
    'NOUN remains a matter for the Customer.',
  ];
  it('negated or wrong party for all seven duties', () => {
    assert.deepEqual(wrongForms(DISCLAIMED, ['negated', 'wrong-party']), []);
  });
});

describe('qualification forms: look-alikes that leave the duty firm', () => {
  const firm = (s: string, id = 'backup.contracted-service'): void => assert.equal(bundledStatus(s, id), 'present', s);
  it('a negation inside an opening "Where …," or "When …," condition disclaims nothing', () => {
    firm('Where a data file is not provided in the agreed format, the Provider shall still back up that file every day.');
    firm('Where the Customer does not provide a data file in time, the Provider shall back up that file the next day.');
    firm('When a patch is not provided by the vendor within thirty days, the Provider shall apply a documented workaround to the Customer systems within seven days.', 'patching.ongoing-service');
  });
  it('"where" inside the clause is a relative word, not a condition', () => {
    firm('The Provider shall back up the servers where the Customer Data is stored every day.');
  });
  it('an opening "Where …" hedge still hedges', () => {
    assert.equal(bundledStatus('Where possible, the Provider shall back up the Customer Data every day.', 'backup.contracted-service'), 'weak');
    assert.equal(bundledStatus('When the Customer asks, the Provider shall back up the Customer Data.', 'backup.contracted-service'), 'weak');
  });
  it("the other party's effort and a knowledge qualifier are no hedge of the duty", () => {
    firm('The Provider shall back up the Customer Data every day. To the best of its knowledge, no backup has failed in the last year.');
    firm('The Provider shall back up the Customer Data every day; restores are subject to the availability of the Customer staff who test them.');
  });
  it('a negation in a relative clause after the duty names whom the duty covers', () => {
    firm('The Provider shall limit access to the Customer systems to personnel who are not involved in development, on a least-privilege basis.', 'privilege.least-privilege');
    firm('The Provider shall remove access for personnel who do not provide support to the Customer, on a least-privilege basis.', 'privilege.least-privilege');
    firm('The Provider shall back up the Customer Data every day; staff who are not tasked with backups shall have no access to the backup console.');
  });
  it('a non-restrictive ", which does not include …" still disclaims', () => {
    assert.equal(bundledStatus('The Provider shall provide the Services, which do not include backups of the Customer Data.', 'backup.contracted-service'), 'negated');
  });
  it('"is not provided" about something else is no disclaimer of the duty', () => {
    firm('The Provider shall back up the Customer Data every day. Hardware is not provided by the Provider.');
  });
});

describe('qualification forms: wording of the act', () => {
  it('a determiner between the words of a term ("monitor all security events", "review the logs")', () => {
    assert.equal(bundledStatus('The Provider shall monitor all security events on the Customer systems around the clock.', 'logging.security-event-management'), 'present');
    assert.equal(bundledStatus('The Provider shall review the security alerts raised on the Customer systems every day.', 'logging.security-event-management'), 'present');
  });
  it('the particle verb with a pronoun object ("back it up", "back them up")', () => {
    assert.equal(bundledStatus('Where a data file arrives late, the Provider shall still back it up the same day.', 'backup.contracted-service'), 'present');
    assert.equal(bundledStatus('The Provider shall keep a list of the servers that hold Customer Data and back them up every night.', 'backup.contracted-service'), 'present');
  });
  it('"come back up", "back up and running": online again, not a backup', () => {
    assert.equal(bundledStatus('The office is closed at weekends and staff come back up to the third floor on Monday.', 'backup.contracted-service'), 'missing');
    assert.equal(bundledStatus('After a failover the Provider shall ensure the Customer systems are back up and running within four hours.', 'backup.contracted-service'), 'missing');
    assert.equal(bundledStatus('The Provider shall back up the Customer Data every day so that the systems are back up and running within four hours of a failure.', 'backup.contracted-service'), 'present');
  });
});

describe('qualification forms: impersonal passive duties', () => {
  /** Each duty as its object and the passive act, without a party. */
  const PASSIVE: Record<string, [object: string, act: string]> = {
    'patching.ongoing-service': ['Security patches', 'applied to the Customer systems within fourteen days of release'],
    'backup.contracted-service': ['The Customer Data', 'backed up every day'],
    'mfa.provider-access': ['Multi-factor authentication', 'required for every account used to access the Customer systems'],
    'network.segregation': ['The Customer environment', 'logically separated from the environments of other customers'],
    'accounts.deprovisioning': ['The accounts of departing personnel', 'disabled within one day after they leave'],
  };
  const wrong = (forms: string[], expected: string[]): string[] =>
    forms.flatMap((form) => Object.entries(PASSIVE).map(([id, [object, act]]) => [id, form.replace('OBJ', object).replace('ACT', act)] as const))
      .map(([id, s]) => [id, s, bundledStatus(s, id)] as const)
      .filter(([, , got]) => !expected.includes(got))
      .map(([id, s, got]) => `${id}: ${got} ← ${s}`);
  it('binding passives are present', () => {
    assert.deepEqual(wrong(['OBJ shall be ACT.', 'OBJ must be ACT.', 'OBJ will be ACT by the Provider.', 'The Provider shall ensure that OBJ are ACT.'], ['present']), []);
  });
  it('hedged passives are weak', () => {
    assert.deepEqual(wrong(['OBJ shall, where practicable, be ACT.', 'OBJ should be ACT.', 'OBJ will generally be ACT.', 'OBJ shall be ACT, subject to capacity.'], ['weak']), []);
  });
  it('the object said not to be done, or its result not ensured, is negated', () => {
    assert.deepEqual(wrong(['OBJ are not ACT.', 'OBJ will not be ACT by the Provider.', 'The Provider does not ensure that OBJ are ACT.', 'The Customer shall ensure that OBJ are ACT.'], ['negated', 'wrong-party']), []);
  });
  it('a negated passive that sets a condition or sits in a relative clause disclaims nothing', () => {
    assert.equal(bundledStatus('The Provider shall back up the Customer Data every day; backup copies of the data are not deleted until the retention period ends.', 'backup.contracted-service'), 'present');
    assert.equal(bundledStatus('Backups of servers that are not monitored shall be taken every day by the Provider.', 'backup.contracted-service'), 'present');
    assert.equal(bundledStatus('Security patches are not applied to production systems without a tested rollback plan, and the Provider shall apply them within fourteen days of release.', 'patching.ongoing-service'), 'present');
  });
});

describe('qualification forms: both parties as the subject', () => {
  it('"Neither party is required to …" disclaims the duty', () => {
    assert.equal(bundledStatus('Neither party is required to back up the Customer Data.', 'backup.contracted-service'), 'negated');
    assert.equal(bundledStatus('Neither party shall be obliged to apply security patches to the Customer systems.', 'patching.ongoing-service'), 'negated');
  });
  it('"The Provider and the Customer shall …" binds both, so the provider too', () => {
    assert.equal(bundledStatus('The Provider and the Customer shall each back up the Customer Data held on their systems every day.', 'backup.contracted-service'), 'present');
    assert.equal(bundledStatus('The Customer and the Provider shall keep the Customer environment logically separated from the environments of other customers.', 'network.segregation'), 'present');
  });
  it('a customer duty after a provider duty is still its own clause', () => {
    assert.equal(bundledStatus('The Provider shall back up the Customer Data every day and the Customer shall check the backup reports each week.', 'backup.contracted-service'), 'present');
  });
});

describe('qualification forms: plain-language terms that speak as "we" to "you"', () => {
  const TOS = '# Terms of Service\n\nThese terms are between Acme Cloud Ltd ("we", "us" or "our") and the business that signs up ("you" or "your").\n\n';
  it('"You" opening a sentence is the defined "you": the duty is moved to the customer', () => {
    assert.equal(bundledStatus('You are responsible for backing up your data.', 'backup.contracted-service', TOS), 'wrong-party');
  });
  it('"never" before the duty\'s own act refuses it; before another act it is a protective rule', () => {
    assert.equal(bundledStatus('We never back up your data.', 'backup.contracted-service', TOS), 'negated');
    assert.equal(bundledStatus('The Provider will never patch the Customer systems.', 'patching.ongoing-service'), 'negated');
    assert.equal(bundledStatus('The Provider shall never disable security event logging on the Customer systems.', 'logging.security-event-management'), 'present');
    assert.equal(bundledStatus('The Provider shall never apply untested patches to production systems, and shall apply security patches within 14 days.', 'patching.ongoing-service'), 'present');
  });
});
