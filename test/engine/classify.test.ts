import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import { clauseSpans } from '../../server/src/engine/classify';
import { AUDIT, BACKUP, MFA, RETENTION, aa22, findingOf, req, run, statusOf } from './matching-helpers';

/** [clause, expected status] for the in-test MFA requirement (a provider duty). */
const MFA_VARIANTS: [string, string][] = [
  // Binding obligations on the provider, in many phrasings.
  ['The Provider shall enforce multi-factor authentication on every Provider Account.', 'present'],
  ['The Provider must use MFA for all remote access.', 'present'],
  ['Provider will require two-factor authentication for administrators.', 'present'],
  ['The Provider agrees to enforce MFA on all accounts.', 'present'],
  ['The Provider undertakes to use MFA.', 'present'],
  ['The Provider is responsible for enforcing MFA on its accounts.', 'present'],
  ['MFA shall be enforced on all Provider Accounts.', 'present'],
  ['Each party shall use MFA for remote access.', 'present'],
  ['Northwind Managed IT Ltd. shall enforce MFA on all accounts.', 'present'],
  ['The Provider shall not disable MFA on any account.', 'present'],
  // Hedged, discretionary or conditional.
  ['The Provider shall, where possible, enforce MFA.', 'weak'],
  ['The Provider shall use commercially reasonable efforts to enforce MFA.', 'weak'],
  ['The Provider will endeavour to use MFA.', 'weak'],
  ['The Provider may enforce MFA.', 'weak'],
  ['The Provider should enforce MFA.', 'weak'],
  ['The Provider shall enforce MFA upon request.', 'weak'],
  ['The Provider shall enforce MFA at additional cost.', 'weak'],
  ['The Provider shall enforce MFA at its sole discretion.', 'weak'],
  ['The Provider shall enforce MFA unless otherwise agreed.', 'weak'],
  ['MFA is available for Provider Accounts.', 'weak'],
  ['MFA for remote access.', 'weak'],
  // Disclaimed or excluded.
  ['The Provider is not required to use multi-factor authentication.', 'negated'],
  ['The Provider has no obligation to enforce MFA.', 'negated'],
  ['The Provider shall not be required to enforce MFA.', 'negated'],
  ['MFA is out of scope.', 'negated'],
  ['MFA is not included in the Services.', 'negated'],
  ['The Provider shall secure all accounts, excluding MFA.', 'negated'],
  ['The Provider shall provide all security services except MFA.', 'negated'],
  ['The Customer is solely responsible for MFA.', 'negated'],
  // Put on the wrong party.
  ['The Customer shall enforce MFA on all accounts.', 'wrong-party'],
  ['The Customer is responsible for MFA.', 'wrong-party'],
  ['MFA shall be enforced by the Customer.', 'wrong-party'],
];

describe('classify: clause variants (provider MFA duty)', () => {
  for (const [clause, expected] of MFA_VARIANTS) {
    it(`${expected.padEnd(11)} ${clause}`, () => assert.equal(statusOf(clause, MFA), expected));
  }
});

describe('classify: scope', () => {
  it('does not let a negation in one clause taint another', () => {
    assert.equal(statusOf('The Customer is not required to use backups; the Provider shall enforce MFA on all accounts.', MFA), 'present');
    assert.equal(statusOf('The Provider shall enforce MFA, but is not required to provide backups.', MFA), 'present');
  });

  it('reads a carve-out that is a condition, not an exclusion, as part of the obligation', () => {
    assert.equal(statusOf('The Provider shall, except as required by law, enforce MFA on all accounts.', MFA), 'present');
    assert.equal(statusOf('Except as set out in Schedule 2, the Provider shall enforce MFA.', MFA), 'present');
  });

  it('lets a hedge in the carve-out weaken the obligation it qualifies', () => {
    assert.equal(statusOf('The Provider shall enforce MFA except where not technically feasible.', MFA), 'weak');
  });

  it('reads the clause that introduces a list as governing its items', () => {
    assert.equal(statusOf('The Provider shall:\n\n- maintain daily backups; and\n- report monthly.', BACKUP), 'present');
    assert.equal(statusOf('The following are out of scope:\n\n- backups of laptops\n- printing', BACKUP), 'negated');
    assert.equal(statusOf('Where practicable, the Provider shall:\n\n- maintain daily backups.', BACKUP), 'weak');
    assert.equal(statusOf('The Provider is not required to: (a) maintain backups; or (b) test them.', BACKUP), 'negated');
  });

  it('reads enumerated paragraphs under "the Contractor shall—"', () => {
    const body = '(c) *Reporting.*\n\n(1) When the Contractor discovers an incident, the Contractor shall—\n\n(i) Keep backups of affected systems.\n';
    assert.equal(statusOf(body, BACKUP), 'present');
  });

  it('reads the concept through its heading', () => {
    const body = '## 2.3 Multifactor Authentication\n\nThe Provider shall use it for all remote access.\n';
    const r = req({ id: 't.mfa-heading', detect: [['multifactor authentication', 'MFA'], ['remote access']] });
    assert.equal(statusOf(body, r), 'present');
  });

  it('splits independent clauses but not "including but not limited to"', () => {
    const text = 'The Provider shall keep logs including but not limited to access logs; the Customer may audit them.';
    assert.deepEqual(clauseSpans(text).map((c) => text.slice(c.start, c.end).trim()), [
      'The Provider shall keep logs including but not limited to access logs',
      'the Customer may audit them.',
    ]);
  });
});

describe('classify: permissive words bind only their subject', () => {
  it('reads "the Customer may audit" as a right, not a hedge', () => {
    assert.equal(statusOf('The Customer may audit the Provider once a year.', AUDIT), 'present');
  });

  it('reads "the Provider may audit" as discretion', () => {
    assert.equal(statusOf('The Provider may audit its subcontractors.', AUDIT), 'weak');
  });

  it('reads "the Customer can enable MFA" as a capability, not a provider duty', () => {
    assert.equal(statusOf('The Customer can enable MFA for its users.', MFA), 'weak');
  });

  it('does not count the other party’s duty owed to the obligated party', () => {
    assert.equal(statusOf('The Customer shall notify the Provider if MFA codes are compromised.', MFA), 'missing');
  });

  it('does not count a definition', () => {
    assert.equal(statusOf('"Provider MFA" means multi-factor authentication on Provider accounts.', MFA), 'missing');
  });

  it('does not count a cross-reference', () => {
    assert.equal(statusOf('Please refer to our Security page for how MFA works.', MFA), 'missing');
  });
});

describe('classify: thresholds', () => {
  for (const [clause, expected] of [
    ['The Provider shall retain security logs for at least six (6) months.', 'present'],
    ['The Provider shall retain audit logs for 180 days.', 'present'],
    ['The Provider shall retain audit logs for one year.', 'present'],
    ['The Provider shall retain security logs for ninety (90) days.', 'below-threshold'],
    ['The Provider shall retain security logs for 3 months.', 'below-threshold'],
    ['The Provider shall retain security logs for one quarter.', 'below-threshold'],
    ['The Provider shall retain security logs for up to six months.', 'below-threshold'],
    ['The Provider shall retain security logs.', 'weak'],
    ['The Provider shall notify the Customer within 24 hours and retain security logs for 12 months.', 'present'],
  ] as const) {
    it(`${expected.padEnd(15)} ${clause}`, () => assert.equal(statusOf(clause, RETENTION), expected));
  }

  it('explains a maximum and points at the period', () => {
    const f = findingOf(run('The Provider shall retain security logs for up to six months.', [RETENTION]), RETENTION.id);
    assert.match(f.evidence[0]!.reason, /maximum, not a minimum/);
    assert.equal(f.evidence[0]!.cue?.text, 'six months');
  });
});

describe('classify: present-tense requirements and descriptions', () => {
  it('reads an impersonal present-tense requirement as binding', () => {
    assert.equal(statusOf('Backups of data and settings are performed daily and retained.', BACKUP), 'present');
  });

  it('reads a first-person description in terms of service as weak', () => {
    const tos = 'You agree to these terms. You are responsible for your account. You may cancel at any time. You and your users must comply. You must pay. You will not abuse it. Your data is yours. You can export.\n\nWe take many measures to protect your data through backups.';
    assert.equal(statusOf(tos, BACKUP, true), 'weak');
  });

  it('reads "you are responsible for" in terms of service as pushing the duty onto the user', () => {
    const tos = 'You agree to these terms. You may cancel at any time. You and your users must comply. You must pay. You will not abuse it. Your data is yours. You can export. You are nice.\n\nThe security of your account, including MFA, is up to you.';
    assert.equal(statusOf(tos, MFA, true), 'negated');
  });
});

describe('classify: evidence', () => {
  it('carries ranges, text, line, status, reason and the cue', () => {
    const result = run('The Provider shall, where possible, enforce MFA.', [MFA]);
    const f = findingOf(result, MFA.id);
    const e = f.evidence[0]!;
    assert.equal(result.doc.text.slice(e.start, e.end), 'The Provider shall, where possible, enforce MFA.');
    assert.equal(e.line, 5);
    assert.equal(e.status, 'weak');
    assert.ok(e.reason.length > 10);
    assert.equal(e.cue?.text, 'where possible');
    assert.equal(result.doc.text.slice(e.cue!.start, e.cue!.end), 'where possible');
    assert.match(f.message, /where possible/);
  });

  it('keeps the best evidence first', () => {
    const f = findingOf(run('The Provider may enforce MFA.\n\nThe Provider shall enforce MFA on all accounts.', [MFA]), MFA.id);
    assert.equal(f.status, 'present');
    assert.deepEqual(f.evidence.map((e) => e.status), ['present', 'weak']);
  });
});

describe('classify: a requirement’s own concept words are not cues', () => {
  // Scope language is what a service-scope requirement looks for, so "out of scope" describes
  // the scope here; for any other requirement it still excludes.
  const SCOPE = req({ id: 't.scope', heading: 'transparency', detect: [['security service*'], ['out of scope', 'in scope', 'list*', 'describe*']] });
  const RESIDUAL = req({ id: 't.residual', heading: 'transparency', party: 'customer', detect: [['security requirement*'], ['not covered']] });
  const TIMING = req({ id: 't.timing', heading: 'incident-response', detect: [['notify'], ['as soon as']] });

  it('reads scope language in a scope requirement as the concept, not an exclusion', () => {
    assert.equal(statusOf('Schedule 2 lists the security services that are out of scope, and the Provider shall keep it current.', SCOPE), 'present');
    assert.equal(statusOf('The Provider shall list the security services that are out of scope.', SCOPE), 'present');
  });

  it('still reads a real disclaimer of that requirement, and the cue still excludes other requirements', () => {
    assert.equal(statusOf('The Provider is not required to describe the security services.', SCOPE), 'negated');
    assert.equal(statusOf('Backups are out of scope.', BACKUP), 'negated');
  });

  it('ignores a cue that only adds function words to a concept ("not covered" + "by")', () => {
    assert.equal(statusOf('The Customer shall meet the security requirements not covered by the Services.', RESIDUAL), 'present');
  });

  it('keeps a cue that adds words of its own to a concept ("as soon as" + "practical")', () => {
    assert.equal(statusOf('The Provider shall notify the Customer as soon as practical.', TIMING), 'weak');
    assert.equal(statusOf('The Provider shall notify the Customer as soon as it knows.', TIMING), 'present');
  });

  it('finds the scope clause of the strong fixture present', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../fixtures/contracts/strong.md'), 'utf8');
    const f = analyze(text, { catalog: aa22(), force: true }).findings.find((x) => x.requirement.id === 'transparency.service-scope');
    assert.equal(f?.status, 'present');
  });
});

describe('classify: permissions of the other party', () => {
  it('counts a right to check the obligated party', () => {
    assert.equal(statusOf('The Customer may, at its own cost, audit the Provider once a year.', AUDIT), 'present');
    assert.equal(statusOf('The Customer shall have the right to audit the Provider once a year.', AUDIT), 'present');
  });

  it('does not count leave to do the thing itself', () => {
    assert.equal(statusOf('The Customer may make one backup copy of the Software for its own records.', BACKUP), 'missing');
    assert.equal(statusOf('The Customer is permitted to keep backup copies of its invoices.', BACKUP), 'missing');
  });

  it('reads leave to switch a feature on as a capability', () => {
    assert.equal(statusOf('The Customer may enable MFA for its users.', MFA), 'weak');
  });

  it('does not let a right bear on a concept in a clause of its own', () => {
    assert.equal(statusOf('The Customer may audit the Provider: (i) once a year; and (ii) after any failed backup.', BACKUP), 'weak');
  });

  it('reads the obligated party’s own rights and authorisations as discretion', () => {
    assert.equal(statusOf('The Provider is authorised to make backups of Customer Data.', BACKUP), 'weak');
    assert.equal(statusOf('The Provider has the right to back up Customer Data.', BACKUP), 'weak');
  });

  it('reads "may not" as a prohibition, not a permission', () => {
    assert.equal(statusOf('The Provider may not disable MFA on any account.', MFA), 'present');
  });
});

describe('classify: who holds a responsibility', () => {
  it('reads the holder a responsibility phrase names itself', () => {
    assert.equal(statusOf('It is the Customer’s sole responsibility to back up its data.', BACKUP), 'negated');
    assert.equal(statusOf('Backups are the sole responsibility of the Customer.', BACKUP), 'negated');
    assert.equal(statusOf('It is the Provider’s sole responsibility to back up Customer Data daily.', BACKUP), 'present');
  });

  it('reads "your responsibility" in terms of service as the reader’s', () => {
    const tos = 'You agree to these terms. You may cancel at any time. You and your users must comply. You must pay. You will not abuse it. Your data is yours. You can export. You are nice.\n\nIt is your responsibility to protect your account with MFA.';
    assert.equal(statusOf(tos, MFA, true), 'negated');
  });
});

describe('classify: clauses, conditions and enumerations', () => {
  it('reads ", and the Customer may …" as a clause of its own', () => {
    assert.equal(statusOf('The Provider shall migrate the order history to the new platform, and the Customer may keep one backup copy of it.', BACKUP), 'missing');
    assert.equal(statusOf('The Provider shall host the platform, and the Provider shall back up the platform daily.', BACKUP), 'present');
    assert.deepEqual(
      clauseSpans('The Provider shall back up data daily, and keep one copy offline.').length,
      1,
      'no new clause without a subject and verb of its own',
    );
  });

  it('does not read a negation inside a condition as a disclaimer', () => {
    assert.equal(statusOf('If the Customer does not provide the hosting, the Provider shall back up the configurations it manages.', BACKUP), 'present');
    assert.equal(statusOf('To the extent the Provider does not provide hosting, it shall keep daily backups of the configurations it manages.', BACKUP), 'present');
  });

  it('reads an enumerated complement of "does not warrant that (a) …" as disclaimed', () => {
    assert.equal(statusOf('The Provider does not warrant that (a) the Service will be error-free, (b) it will be available at all times, or (c) backups will be restorable.', BACKUP), 'negated');
    assert.equal(statusOf('The Provider shall ensure that (a) access is logged, and (b) backups are kept offline.', BACKUP), 'present');
  });
});

describe('classify: present-tense statements', () => {
  const SUPPLIERS = req({ id: 't.suppliers', heading: 'supply-chain', detect: [['supplier*']] });

  it('reads a negative present-tense requirement as binding, but not "is not" with a noun', () => {
    assert.equal(statusOf('Suppliers rated high risk are not used.', SUPPLIERS), 'present');
    assert.equal(statusOf('The Provider’s report of a failed backup is not an admission of liability.', BACKUP), 'weak');
  });

  it('reads advice as weak', () => {
    assert.equal(statusOf('It is important that backups are tested regularly.', BACKUP), 'weak');
    assert.equal(statusOf('Backups are tested regularly.', BACKUP), 'present');
  });

  it('reads statements of purpose or design as promising nothing', () => {
    assert.equal(statusOf('These guidelines are intended for backup systems.', BACKUP), 'weak');
    assert.equal(statusOf('The storage service is designed for durable backups.', BACKUP), 'weak');
  });

  it('reads what a schedule of the agreement sets out as a term', () => {
    assert.equal(statusOf('Schedule 3 describes the backup service and its recovery times.', BACKUP), 'present');
  });

  it('reads present tense as a report of practice when the provider speaks as "we"', () => {
    const tos = 'You agree to these terms. You may cancel at any time. You and your users must comply. You must pay. You will not abuse it. Your data is yours. You can export. You are nice.\n\nWe run the service for you.\n\nBackups of customer data are taken daily.';
    assert.equal(statusOf(tos, BACKUP, true), 'weak');
  });
});

describe('classify: who is the subject', () => {
  it('does not read a party name that begins a defined term as the subject', () => {
    assert.equal(statusOf('Backups of Customer Data will be kept for thirty (30) days.', BACKUP), 'present');
    assert.equal(statusOf('All Customer Data shall be included in the daily backup.', BACKUP), 'present');
  });

  it('reads a name that is no party, after "that" or a comma, as a subject of its own', () => {
    assert.equal(statusOf('The Customer agrees that Acme Hosting will back up the data daily.', BACKUP), 'present');
    assert.equal(statusOf('For data processed on the instructions of Customer, Acme Hosting will keep daily backups.', BACKUP), 'present');
  });

  it('still reads the other party as the subject of its own duty', () => {
    assert.equal(statusOf('The Customer shall keep backups.', BACKUP), 'wrong-party');
    assert.equal(statusOf('The Customer and its Affiliates shall keep backups.', BACKUP), 'wrong-party');
    assert.equal(statusOf('The Customer, at its own cost, shall keep backups.', BACKUP), 'wrong-party');
  });
});

describe('classify: cited clause titles', () => {
  const NOTICE = req({ id: 't.notice', heading: 'incident-response', detect: [['report', 'notify'], ['cyber incident*', 'security incident*']] });

  it('does not read the title of a cited clause as a term', () => {
    assert.equal(statusOf('The Provider shall implement the requirements of clause 12.4, Safeguarding Data and Cyber Incident Reporting, for all systems.', NOTICE), 'missing');
    assert.equal(statusOf('The Provider shall comply with Section 5.2 (Security Incident Notification).', NOTICE), 'missing');
  });

  it('reads the same words outside the title', () => {
    assert.equal(statusOf('The Provider shall report cyber incidents under Section 5.2 (Security Incident Notification) within 72 hours.', NOTICE), 'present');
    assert.equal(statusOf('Without limiting Section 14.1, the Provider shall notify the Customer of any Security Incident within 24 hours.', NOTICE), 'present');
  });
});
