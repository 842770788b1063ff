/**
 * A sentence written for another clause must not decide a requirement (helper "nearmiss9", issue
 * 12): once a requirement's own clause is removed, hedged or moved, a sentence that only shares a
 * word with it (a review of something else, a coverage period, a restore test, an attacker's scan,
 * a limit on the use of data) would otherwise keep it present. Each block states the requirement's
 * act and object, then sentences of our own: those that must stay evidence and the look-alikes
 * that must not be.
 */
import assert from 'node:assert/strict';
import { aa22, bundledStatus } from './matching-helpers';

/** [requirement, body, status it must get ('evidence': any status but missing)]. */
type Case = [string, string, string];

function check(cases: Case[]): void {
  for (const [id, body, expected] of cases) {
    it(`${id} ${expected}: ${body.replace(/\n+/g, ' ')}`, () => {
      const got = bundledStatus(body, id);
      if (expected === 'evidence') assert.notEqual(got, 'missing');
      else assert.equal(got, expected);
    });
  }
}

const REVIEW = 'governance.periodic-review';

describe('passing mentions: a review takes its object from its own sentence, not from a section title', () => {
  // The act is a review or audit of security (the security terms, controls, programme); a title
  // that names only the object ("Security requirements") heads clauses about many acts, and the
  // review in one of them is of something else (patch status, access, open tickets).
  check([
    [REVIEW, '## 4. Security requirements\n\nPatch compliance is reported to the Customer at each monthly review.', 'missing'],
    [REVIEW, '## 6. Security controls\n\nThe Provider shall review with the Customer every quarter which engineers hold administrator rights.', 'missing'],
    [REVIEW, '## Security obligations\n\nThe Provider shall review open service tickets with the Customer at the weekly operations meeting.', 'missing'],
    [REVIEW, '## Security Policy\n\nThe Provider shall review its rate card once a year.', 'missing'],
    // Must stay: the sentence names both, or the title names the review itself.
    [REVIEW, '## 9. Security requirements\n\nThe parties shall review these security requirements every twelve months.', 'present'],
    [REVIEW, '## Review of the security terms\n\nThe parties shall carry out this review once a year and after any major incident.', 'present'],
    [REVIEW, '## Security audit\n\nThe Customer may, once a year, audit the Provider\'s security controls on thirty days\' notice.', 'evidence'],
    [REVIEW, 'The Provider shall give the Customer a copy of its SOC 2 Type II report every year.', 'present'],
    // A specific act (an audit, an inspection) under such a title is of the security it names.
    [REVIEW, '## 12. Security requirements\n\nThe Customer may inspect and audit the Provider once a year on thirty days\' notice.', 'evidence'],
  ]);

  it('every generic act is a term of its requirement\'s first detect list', () => {
    const withActs = aa22().requirements.filter((r) => r.genericActs?.length);
    assert.ok(withActs.length >= 1);
    for (const r of withActs) for (const t of r.genericActs!) assert.ok(r.detect[0]!.includes(t), `${r.id}: ${t}`);
  });
});

describe('passing mentions: security terms imposed on a supplier are passed on, not reviewed', () => {
  // Reassessing a supplier on whom the provider imposes security terms is supply-chain risk
  // management (SR-3, SR-6); the terms named are the supplier's, not the contract's own under review.
  check([
    [REVIEW, 'The Provider shall reassess each hosting partner every year and impose on it written security terms no less protective than this Schedule.', 'missing'],
    [REVIEW, 'Before using a new software vendor, the Provider shall assess its security risks, impose on it security requirements equivalent to these, and reassess it annually.', 'missing'],
    [REVIEW, 'The Provider shall vet each subcontractor, impose the security obligations of this Agreement on it, and re-evaluate it every two years.', 'missing'],
    [REVIEW, 'We check each hosting partner before use, require written security terms from it that match this questionnaire, and reassess it every year.', 'missing'],
    // Must stay: the contract's own terms reviewed, or an audit.
    [REVIEW, 'The parties shall review the security terms every year, and the Provider shall impose any revised security terms on its subcontractors.', 'present'],
    [REVIEW, 'The Customer may require a review of the security terms every year, and the Provider shall take part in it.', 'evidence'],
    [REVIEW, 'The Customer may appoint an independent auditor to audit the Provider against the security terms it imposes on its suppliers.', 'evidence'],
  ]);
});

const NOTICE = 'incident.notification';
const DEADLINE = 'incident.notification-timeframe';

describe('passing mentions: a monitoring report on a calendar and a coverage period are no incident notice', () => {
  // The act is telling the customer of an incident when it is found, by a deadline; a monthly
  // report summarises the service, and "24 hours a day" says when the service runs.
  check([
    [NOTICE, 'The Provider shall watch security events on the Customer\'s firewalls and send the Customer a monthly security monitoring report.', 'missing'],
    [DEADLINE, 'The Provider shall watch security events on the Customer\'s firewalls 24 hours a day and send the Customer a monthly security monitoring report.', 'missing'],
    [DEADLINE, 'The Provider\'s analysts triage security events at all hours and send the Customer a weekly security report.', 'missing'],
    [DEADLINE, 'The Provider shall staff its operations centre 24 hours a day and shall report any security incident to the Customer.', 'missing'],
    [DEADLINE, 'The Provider shall handle security events seven days a week, 24 hours per day, and tell the Customer of every security breach.', 'missing'],
    // Must stay: notice is given, by a deadline where one is stated, beside the report or the coverage.
    [NOTICE, 'The Provider shall staff its operations centre 24 hours a day and shall report any security incident to the Customer.', 'present'],
    [DEADLINE, 'The Provider shall staff its operations centre 24 hours a day and shall notify the Customer of any security incident within two (2) hours.', 'present'],
    [DEADLINE, 'The Provider shall notify the Customer of any Security Incident within 24 hours and shall summarise all security events in a monthly report.', 'present'],
    [NOTICE, 'The Provider shall report each security incident to the Customer when it is found and list all security events in its monthly service report.', 'present'],
    [DEADLINE, 'The Provider shall report security incidents to the Customer within forty-eight (48) hours of becoming aware of them.', 'present'],
  ]);
});

const EXERCISE = 'ir.exercise-frequency';
const PLAN = 'ir.plan-contracted';

describe('passing mentions: backups and restore tests under a contingency title are the backup clause', () => {
  // The act is keeping and exercising an incident response or recovery plan (CP-2, CP-4, IR-3);
  // making copies of data and test-restoring them is backup (CP-9, CP-9(1)), even under a
  // "Contingency Plan" or "Business Continuity Plan" title.
  check([
    [EXERCISE, '## 8. Business continuity plan\n\nThe Provider shall test the restoration of the Customer\'s files from backup every six months.', 'missing'],
    [EXERCISE, '## Contingency plan\n\nThe Provider shall take nightly copies of the practice database and shall test the restoration from those copies each quarter.', 'missing'],
    [EXERCISE, '## Disaster recovery plan\n\nBackups shall be tested monthly by restoring a sample of mailboxes.', 'missing'],
    [PLAN, '## Contingency plan\n\nThe Provider shall create and maintain retrievable exact copies of the Customer\'s records every day.', 'missing'],
    [PLAN, '## 8. Business continuity plan\n\nThe Provider shall maintain three backup copies of the file server, one of them offline.', 'missing'],
    // Must stay: the plan itself is kept or exercised, restores included.
    [EXERCISE, 'The Provider shall test its disaster recovery plan every year, including a full restore of the Customer\'s servers from backup.', 'present'],
    [EXERCISE, '## Incident response plan\n\nThe parties shall exercise this plan once a year in a tabletop exercise.', 'present'],
    [EXERCISE, '## Contingency plan\n\nThe Provider shall test the contingency plan annually by failing the core systems over to the alternate site.', 'present'],
    [PLAN, '## Contingency plan\n\nThe Provider shall maintain this plan, covering how systems are restored from backups after an incident.', 'present'],
    [PLAN, 'The Provider shall maintain an incident response plan that sets out how it restores the Customer\'s services from backups after a security incident.', 'present'],
  ]);
});

const SURFACE = 'infrastructure.attack-surface-review';

describe('passing mentions: an attacker\'s scans and attempts are no review of the attack surface', () => {
  // The act is the provider reviewing what it exposes (unused services, open ports, internet
  // exposure); "unsuccessful attempts such as pings and port scans" are attacks on the systems.
  check([
    [SURFACE, 'Unsuccessful attempts on the Customer\'s network, such as port scans and blocked logins, need not be reported individually.', 'missing'],
    [SURFACE, 'The parties agree that no notice is needed of unsuccessful security incidents such as pings and port scans.', 'missing'],
    [SURFACE, 'The Provider shall report attempted intrusions, port scans and denial of service attacks in its monthly report.', 'missing'],
    // Must stay: the provider scans or reviews its own exposure.
    [SURFACE, 'The Provider shall run port scans of the Customer\'s internet-facing addresses every quarter and close any port that is not needed.', 'present'],
    [SURFACE, 'The Provider shall review the Customer\'s attack surface every six months, including unsuccessful login attempts on exposed services.', 'present'],
  ]);
});

const LEAST = 'privilege.least-privilege';

describe('passing mentions: a limit on how data is used or disclosed is not a limit on access privileges', () => {
  // The act is restricting the access and privileges people hold (AC-6); "minimum necessary" for
  // uses and disclosures of health data (HIPAA 164.502(b)) limits what the data is used for.
  check([
    [LEAST, 'The Provider shall limit its uses and disclosures of patient data to the minimum necessary for the purpose.', 'missing'],
    [LEAST, 'The Provider may use Customer Data only to provide the Services and shall limit its use of it to the minimum necessary.', 'missing'],
    [LEAST, 'Requests for health records shall be limited to the minimum necessary to accomplish the intended purpose of the disclosure.', 'missing'],
    // Must stay: access or privileges are limited.
    [LEAST, 'The Provider shall limit its staff\'s access to patient data to the minimum necessary for their duties.', 'present'],
    [LEAST, 'The Provider shall grant administrative privileges only to the minimum necessary, and shall limit disclosures of credentials.', 'present'],
  ]);
});

const BACKUP = 'backup.contracted-service';

describe('passing mentions: a vendor of backup software is a supplier, not a backup duty', () => {
  check([
    [BACKUP, 'The Provider shall assess the security of each vendor of remote management or backup software it uses before engaging it.', 'missing'],
    [BACKUP, 'Suppliers of backup software used for the Services shall be listed in Annex 4 and approved by the Customer.', 'missing'],
    // Must stay: the provider backs up.
    [BACKUP, 'The Provider shall back up the Customer\'s servers every day using backup software from an approved vendor of backup tools.', 'present'],
  ]);
});

describe('passing mentions: a screen that locks after minutes of inactivity is no account removal', () => {
  // Accounts unused for a period are disabled (AC-2(3)); a workstation that locks or logs off after
  // a few idle minutes is session control (AC-11, HIPAA automatic logoff).
  check([
    ['accounts.deprovisioning', '## Access control\n\nThe Provider shall set every workstation to lock after ten minutes of inactivity.', 'missing'],
    ['accounts.deprovisioning', '## Access control\n\nClinic terminals shall log users off automatically after fifteen minutes of inactivity.', 'missing'],
    // Must stay: accounts disabled after a period of disuse.
    ['accounts.deprovisioning', '## Access control\n\nThe Provider shall disable any account after sixty (60) days of inactivity.', 'present'],
  ]);
});

describe('passing mentions: approving a deliverable and a risk assessment are no periodic security review', () => {
  // A document submitted "for review and approval" is accepted once; a risk or privacy impact
  // assessment (RA-3, RA-8) is the provider's own analysis. Neither re-evaluates the security
  // terms or audits the provider's controls, unless the sentence makes it periodic or an audit.
  check([
    [REVIEW, 'The Provider shall submit a description of its security controls to the Customer for review and approval within thirty (30) days of award.', 'missing'],
    [REVIEW, '## Security controls assessment\n\nEach new system design must be reviewed and approved by the Customer\'s security architect before it is built.', 'missing'],
    [REVIEW, 'The Provider shall carry out a risk assessment of each change to the security controls before the change is made.', 'missing'],
    [REVIEW, 'The Provider shall complete a privacy impact assessment for the Services and keep its security controls documented.', 'missing'],
    // Must stay: the review recurs, or it is an audit.
    [REVIEW, 'The Provider shall submit its security controls for the Customer\'s review and approval annually.', 'present'],
    [REVIEW, 'The Customer\'s auditors may audit the Provider\'s security controls, including its risk assessments, once a year.', 'evidence'],
  ]);
});

describe('passing mentions: keeping an eye on logs is watching them, not keeping them', () => {
  check([
    ['logging.retention', 'We pull the security logs of your servers into our platform and keep an eye on them for signs of trouble.', 'missing'],
    ['logging.retention', 'Our analysts keep an eye on the firewall logs throughout the day.', 'missing'],
    // Must stay: the logs are kept for a period.
    ['logging.retention', 'The Provider shall keep an eye on the security logs and shall retain them for at least twelve months.', 'present'],
    // Watching the logs is security monitoring, in plain words.
    ['logging.security-event-management', 'The Provider shall keep an eye on the security logs of the Customer\'s firewalls at all times.', 'present'],
  ]);
});
