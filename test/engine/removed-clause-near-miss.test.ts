/**
 * When the clause that covers a requirement is deleted, no sentence that only shares its words may
 * keep the requirement alive (the "removed" variants of `npm run eval`). Each case states a general
 * drafting pattern, with sentences of our own that must not count and ones that still must.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const status = (body: string, id: string): string => bundledStatus(body, id);

describe('sentences that survive a deleted clause without covering it', () => {
  describe('the parts of a definition oblige no one', () => {
    it('a definitions lead-in under a heading that names the topic is no clause about the topic', () => {
      const body = '## 9. Supply Chain Risk\n\n(a) Definitions. As used in this clause—\n\n“Covered item” means any equipment delivered under this Agreement.\n';
      assert.equal(status(body, 'supply-chain.risk-management'), 'missing');
      const lead = '## 9. Supply Chain Risk\n\nFor the purposes of this Schedule, the following terms apply:\n\n“Covered item” means any equipment delivered under this Agreement.\n';
      assert.equal(status(lead, 'supply-chain.risk-management'), 'missing');
      // The clause after the definitions still binds.
      const binding = `${body}\n(b) The Provider shall manage the supply chain risks of its suppliers and report them to the Customer every quarter.\n`;
      assert.equal(status(binding, 'supply-chain.risk-management'), 'present');
    });

    it('the items of a definition split into a list say what a word covers, not who must do it', () => {
      const body =
        '“Managed Security Services” means the services that—\n\n(1) Consist of—\n\n(i) A nightly backup of the Customer Data to a second site;\n\n(ii) A monthly restore test of that backup.\n';
      assert.equal(status(body, 'backup.contracted-service'), 'missing');
      const colon = '“Security Review” means:\n\n(a) a review of the Provider’s most recent penetration test report; and\n\n(b) an audit of the Provider’s security controls by the Customer.\n';
      assert.equal(status(colon, 'governance.periodic-review'), 'missing');
    });

    it('an item that binds a party to what is defined, and an ordinary list under a duty, still count', () => {
      const binds = '“Backup Service” means—\n\n(i) the nightly backup of the Customer Data, which the Provider shall perform throughout the Term.\n';
      assert.equal(status(binds, 'backup.contracted-service'), 'present');
      const duty = 'The Provider shall—\n\n(i) back up the Customer Data every night to a second site; and\n\n(ii) test a restore of that backup every month.\n';
      assert.equal(status(duty, 'backup.contracted-service'), 'present');
    });
  });

  describe('finding the patches that are missing is not applying them', () => {
    const id = 'patching.ongoing-service';

    it('a scan that identifies missing patches or updates is vulnerability identification', () => {
      assert.equal(status('The Provider shall run a vulnerability scanner every week to identify missing patches on the Customer’s servers.', id), 'missing');
      assert.equal(status('An authenticated scan is used at least fortnightly to detect missing security updates for operating systems and firmware.', id), 'missing');
      assert.equal(status('The Provider shall report missing updates on the Managed Devices to the Customer each month.', id), 'missing');
    });

    it('a sentence that also installs what is missing keeps the duty', () => {
      assert.equal(status('The Provider shall identify missing security updates on all servers and install them within fourteen (14) days.', id), 'present');
      assert.equal(status('Missing patches found by the weekly scan shall be applied by the Provider within one month.', id), 'present');
    });
  });

  describe('a possibility or a back-reference names a topic without an act about it', () => {
    it('"This may require …" says what could happen, not what anyone must or may do', () => {
      const body = 'The Provider shall carry out an annual security assessment of the hosting platform. This may require updating the incident response plan and the contingency plan.';
      assert.equal(status(body, 'ir.plan-contracted'), 'missing');
      assert.equal(status('The Provider shall migrate the platform to the new data centre. It may also involve restoring the backups of the Customer Data.', 'backup.contracted-service'), 'missing');
      // A party's own permissive "may" is still a hedged duty.
      assert.equal(status('The Provider may maintain an incident response plan for the Services.', 'ir.plan-contracted'), 'weak');
    });

    it('"This will help to …" says what something achieves, not who must do it', () => {
      const body = 'The Provider shall buy its hardware from approved suppliers only. This will help to reduce the number of systems left without security patches.';
      assert.equal(status(body, 'patching.ongoing-service'), 'missing');
      // "it" may be a party: "It will assist with …" is left to the usual reading.
      assert.equal(status('The Provider shall keep a spare server. It will assist with restoring the backups of the Customer Data after a failure.', 'backup.contracted-service'), 'present');
    });

    it('"… may make it harder to …" is a consequence, not an act', () => {
      assert.equal(status('Storing the Customer Data in a proprietary format may make it more difficult for the Customer to restore its backups.', 'backup.contracted-service'), 'missing');
      assert.equal(status('Keeping the data in an open format makes restores easy, and the Provider shall back up the Customer Data every night.', 'backup.contracted-service'), 'present');
    });

    it('"in addition to the … stated above" points at other text', () => {
      const body = 'In addition to the security roles and responsibilities described above, all personnel shall comply with the acceptable use policy.';
      assert.equal(status(body, 'transparency.roles-responsibilities'), 'missing');
      assert.equal(status('The Provider shall set out in Schedule 4 the security roles and responsibilities of each party.', 'transparency.roles-responsibilities'), 'present');
    });
  });

  describe('a request for an exception from a security requirement is no incident notice', () => {
    const id = 'incident.notification';
    it('notice of a variance, deviation or waiver is a compliance disclosure', () => {
      const body = '## Cyber Incident Reporting\n\nThe Provider shall notify the Customer when it submits a request to vary from a security requirement of this Agreement.';
      assert.equal(status(body, id), 'missing');
      assert.equal(status('The Provider shall notify the Customer in writing of any deviation from the security requirements in Schedule 3.', id), 'missing');
      assert.equal(status('The Provider shall notify the Customer of any security incident and of any deviation from the incident response plan.', id), 'present');
    });
  });

  describe('a view of what works best, and who pays, are no duty to do it', () => {
    const id = 'patching.ongoing-service';
    it('"the best way to … is to …" and "we believe that …" state a view (weak, not binding)', () => {
      assert.equal(status('The most effective way to keep the servers secure is to install security patches within days of release.', id), 'weak');
      assert.equal(status('We are convinced that the cheapest approach to security flaws is to fix them before the software is delivered.', id), 'weak');
      // "is to" after a party or a thing to be done still binds, and so does a duty beside the view.
      assert.equal(status('The Provider is to install security patches on all servers within fourteen (14) days.', id), 'present');
      assert.equal(status('The best way to stay secure is to patch promptly, and the Provider shall install security patches within fourteen (14) days.', id), 'present');
    });

    it('"X is to be paid for by the Customer" is a payment term', () => {
      assert.equal(status('Remediation of security flaws found after acceptance is to be paid for by the Customer at the rates in Schedule 2.', id), 'missing');
      assert.equal(status('The costs of installing security patches outside the maintenance window shall be borne by the Customer.', id), 'missing');
      assert.equal(status('The Provider shall remediate security flaws found after acceptance within thirty (30) days.', id), 'present');
    });

    it('bearing or meeting the costs of a thing is a payment term too', () => {
      assert.equal(status('The Provider shall bear its own costs in applying security patches to the Customer systems.', id), 'missing');
      assert.equal(status('The Provider shall be responsible for the cost of backup media.', 'backup.contracted-service'), 'missing');
      assert.equal(status('The Provider is responsible for the costs of backup storage.', 'backup.contracted-service'), 'missing');
      assert.equal(status('The Provider shall meet the costs of multi-factor authentication tokens for its staff.', 'mfa.provider-access'), 'missing');
      // Doing the thing at one's own cost is still doing it.
      assert.equal(status('The Provider shall back up the Customer Data daily at its own cost.', 'backup.contracted-service'), 'present');
      assert.equal(status('The Provider is responsible for backing up the Customer Data every day.', 'backup.contracted-service'), 'present');
      assert.equal(status('The Provider shall, at its own cost, enforce multi-factor authentication on every account its staff use to access the Customer systems.', 'mfa.provider-access'), 'present');
    });

    it('the rows of a price list charge for a service; they do not oblige anyone to perform it', () => {
      const prices = '## Charges\n\n| Service | Annual Charge (GBP) |\n|---|---|\n| Service desk | 90,000 |\n| Offline backup storage | 12,000 |\n| Security patching of servers | 30,000 |\n';
      assert.equal(status(prices, 'backup.offline-encrypted'), 'missing');
      assert.equal(status(prices, id), 'missing');
      assert.equal(status('| Item | Monthly fee | One-off set-up charge |\n|---|---|---|\n| Multi-factor authentication tokens | 4.00 | 25.00 |\n', 'mfa.provider-access'), 'missing');
      // A clause beside the price list still binds, and a scope column ("Included") still speaks.
      assert.equal(status(`${prices}\nThe Provider shall apply security patches to all servers within 14 days of release.\n`, id), 'present');
      assert.equal(status('| Service | Included | Monthly fee |\n|---|---|---|\n| Offline backup storage | Yes | 1,000 |\n', 'backup.offline-encrypted'), 'weak');
    });
  });

  describe('vetting a vendor\'s technology is supplier due diligence, not a review of the security terms', () => {
    const id = 'governance.periodic-review';
    it('a risk review of vendor technology or third-party products before use', () => {
      assert.equal(status('The Provider\'s Security Policy requires a risk review of any vendor technology before it is connected to the Customer Environment.', id), 'missing');
      assert.equal(status('The Provider shall complete a security assessment of each third-party product before it is deployed in the Customer Environment.', id), 'missing');
      assert.equal(status('The Provider shall review its security controls against the security requirements of this Agreement every year.', id), 'present');
      // An audit keeps it: the customer checks the provider.
      assert.equal(status('The Provider shall permit the Customer to audit its security controls, including the vendor products it uses, once a year.', id), 'present');
    });
  });

  describe('keeping reports under a log-retention heading is not keeping the logs', () => {
    const id = 'logging.retention';
    it('the sentence retains reports, another kind of record', () => {
      assert.equal(status('## Log Retention\n\nReports summarizing the monitoring activities shall be retained for a period of seven years.', id), 'missing');
      assert.equal(status('## Log Retention\n\nThe annual audit report shall be kept for ten (10) years.', id), 'missing');
      assert.equal(status('## Log Retention\n\nSecurity logs, and the reports summarizing them, shall be retained for a period of seven years.', id), 'present');
      assert.equal(status('## Log Retention\n\nAll such data shall be retained for at least twelve (12) months.', id), 'present');
    });
  });

  describe('protecting logs is not keeping them for a period', () => {
    const id = 'logging.retention';
    it('protection from unauthorised access (AU-9) and a separate log store (AU-9(2)) state no period', () => {
      assert.equal(status('## Log Retention\n\nSecurity logs shall be protected from unauthorised access, modification and deletion.', id), 'missing');
      assert.equal(status('## Log Retention\n\nThe Provider shall store the audit logs on a separate system that its administrators cannot change.', id), 'missing');
    });

    it('a retention word or a period beside the protection keeps the clause', () => {
      assert.equal(status('## Log Retention\n\nSecurity logs shall be protected from unauthorised access and retained for at least twelve (12) months.', id), 'present');
      assert.equal(status('The Provider shall keep the audit logs on a separate system for a period of one (1) year.', id), 'present');
    });
  });
});
