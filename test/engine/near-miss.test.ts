/** Near-misses (`not:` in the requirement files): words shared in another sense are no evidence. */
import { strict as assert } from 'node:assert';
import { aa22, bundledStatus } from './matching-helpers';

const status = (body: string, id: string): string => bundledStatus(body, id);

describe('near-misses', () => {
  it('every bundled near-miss has a reason', () => {
    const all = aa22().requirements.flatMap((r) => r.not ?? []);
    assert.ok(all.length >= 8);
    for (const n of all) assert.ok(n.reason.length > 20, n.phrase);
  });

  it('sharing information with staff who need to know it is confidentiality, not least privilege', () => {
    const id = 'privilege.least-privilege';
    assert.equal(status('The Provider may share the Customer\'s price list with its employees who need to know it.', id), 'missing');
    assert.equal(status('Board papers may be distributed to advisers who need to know their contents.', id), 'missing');
    assert.notEqual(status('The Provider shall share administrator accounts only with engineers who need to know them, and access is limited to those engineers.', id), 'missing');
  });

  it('a list of the supported equipment is no description of the security services bought', () => {
    const id = 'transparency.service-scope';
    const doc = (s: string): string => `## Security Services\n\n${s}`;
    assert.equal(status(doc('The Provider will maintain the equipment and devices listed in Annex 1.'), id), 'missing');
    assert.notEqual(status(doc('The Provider shall list in Annex 1 the security services included and those the Customer has not purchased.'), id), 'missing');
  });

  it('credentials "shared across all" customers are the opposite of separate credentials', () => {
    const id = 'credentials.no-cross-customer-reuse';
    assert.equal(status('The Provider\'s administrator passwords are shared across all customers.', id), 'negated');
    assert.equal(status('The Provider shall use credentials for the Customer that are not used for any other customer.', id), 'present');
  });

  it('which party performs which security tasks is an allocation of security roles', () => {
    assert.equal(status('The Provider shall keep a table of the security tasks it performs and those the Customer performs.', 'transparency.roles-responsibilities'), 'present');
  });

  it('keeping records for a period under a "Security Requirements" heading is no retained security requirement', () => {
    const id = 'transparency.out-of-scope-requirements';
    assert.equal(status('## Security Requirements\n\nFirewall logs shall be retained for thirteen months.', id), 'missing');
    assert.notEqual(status('## Security Requirements\n\nThe security requirements retained by the Customer are listed in Annex C, and the Provider shall meet all others.', id), 'missing');
  });

  it('a gag clause about incidents is no duty to notify the customer; a notice duty beside it still counts', () => {
    for (const id of ['incident.notification', 'incident.notification-timeframe']) {
      assert.equal(status('The Provider shall not inform any third party of a Security Incident without the Customer\'s prior written consent.', id), 'missing', id);
      assert.equal(status('The Provider shall not disclose any Security Incident affecting the Customer, except as required by law.', id), 'missing', id);
      assert.equal(status('The Provider shall not notify any regulator of a data breach before consulting the Customer.', id), 'missing', id);
      assert.equal(status('Neither party shall issue a press release about a Security Incident without the other party\'s consent.', id), 'missing', id);
    }
    assert.equal(status('The Provider shall, without undue delay, notify the Customer of any Security Incident and shall not disclose it to any third party.', 'incident.notification'), 'present');
    assert.equal(status('The Provider shall notify the Customer of any Security Incident and will not inform any third party of it.', 'incident.notification'), 'present');
    // A disclaimer of the notice duty itself stays a disclaimer.
    assert.equal(status('The Provider is not required to notify the Customer of unsuccessful Security Incidents.', 'incident.notification'), 'negated');
  });

  it('a notice period is not log retention', () => {
    assert.equal(status('## 7. Security logs\n\nThe Provider shall keep the Customer informed and give three (3) months\' notice before a product reaches end of support.', 'logging.retention'), 'missing');
    // A period of notice inside a log clause is no retention period either.
    assert.notEqual(status('The Provider shall retain security logs and shall give six (6) months\' notice before deleting them.', 'logging.retention'), 'present');
    assert.equal(status('The Provider shall retain security logs for twelve (12) months.', 'logging.retention'), 'present');
  });

  it('vulnerability scans are not patching, unless the sentence also applies the fixes', () => {
    assert.equal(status('The Provider shall run vulnerability scans each quarter to find security defects that need to be resolved.', 'patching.ongoing-service'), 'missing');
    assert.equal(status('The Provider shall run vulnerability scans each quarter and apply security patches to all servers within 14 days.', 'patching.ongoing-service'), 'present');
  });

  it('a backup set held apart from production is not segregation of customer environments', () => {
    assert.equal(status('The Provider shall keep one backup set held separate from the production network.', 'network.segregation'), 'missing');
    assert.equal(status('The Provider shall keep the Customer Environment logically separated from other customers\' environments.', 'network.segregation'), 'present');
  });

  it('time-limited administrator rights are not MFA', () => {
    const body = '## 6. MFA and administrative access\n\nThe Provider shall grant administrative access to its technicians only for the duration of a task.';
    assert.equal(status(body, 'mfa.provider-access'), 'missing');
  });

  it('a right to inspect premises on notice is not incident notification', () => {
    const body = 'The Customer may inspect the premises on fifteen (15) days\' notice to check controls against unauthorized access.';
    assert.equal(status(body, 'incident.notification'), 'missing');
    assert.equal(status('The Provider shall notify the Customer of any Security Incident within 24 hours.', 'incident.notification'), 'present');
  });

  it('correcting a nonconformity with the specification (a warranty remedy) is not security patching', () => {
    assert.equal(status('The Provider warrants that the software conforms to its documentation and shall correct any nonconformity by patch or new release.', 'patching.ongoing-service'), 'missing');
    assert.equal(status('The Provider shall apply patches that correct any noncompliance with the security baseline on all servers within 14 days.', 'patching.ongoing-service'), 'present');
  });

  it('access to premises is physical security, not least privilege', () => {
    assert.equal(status('Access to the premises will only be granted to persons whose duties require it.', 'privilege.least-privilege'), 'missing');
    assert.equal(status('The Provider shall grant access to its facilities and systems only to personnel who need access for their duties.', 'privilege.least-privilege'), 'present');
  });

  it('a separate service or fee is commercial wording, not segregation', () => {
    assert.equal(status('The Provider may offer the tool to other customers as a separate service at its list price.', 'network.segregation'), 'missing');
    assert.equal(status('Prices for the multi-tenant platform will be reviewed separately from the technical proposal.', 'network.segregation'), 'missing');
    assert.notEqual(status('The Provider shall ensure Customer Data is stored separately from the data of other customers.', 'network.segregation'), 'missing');
    assert.equal(status('The Provider shall keep the Customer Environment logically separated from other customers and shall charge no separate fee for it.', 'network.segregation'), 'present');
  });

  it('the title of a cited clause is not a duty of this one', () => {
    const body = 'This clause applies to contractor systems that must comply with NIST SP 800-171, in accordance with the clause at 252.204-7012, Safeguarding Covered Defense Information and Cyber Incident Reporting, of this contract.';
    assert.equal(status(body, 'incident.notification'), 'missing');
  });

  it('a bad near-miss term is reported like any catalog term', async () => {
    const { parseRequirementFile } = await import('../../server/src/engine/catalog/load');
    const text = '---\nid: t.x\ntitle: X\nparty: provider\nseverity: error\nheading: mfa\nrationale: r\ncitation: { document: d, heading: h, url: https://example.invalid, verified: false }\ndetect: [[MFA]]\nexclude: []\nnot:\n  - phrase: "*"\n    reason: nothing literal\n---\nThe {{provider}} shall use MFA.\n';
    const { problems } = parseRequirementFile(text, 'x.md', 'p');
    assert.ok(problems.some((p) => /not\[0\]\.phrase/.test(p.message)), JSON.stringify(problems));
  });

  it('reporting incidents to a security operations centre is no security event monitoring; a monitoring act beside it still counts', () => {
    const id = 'logging.security-event-management';
    assert.equal(status("The Provider shall report all security incidents to the Customer's security operations centre within two hours.", id), 'missing');
    assert.notEqual(status("The Provider shall monitor security events through its security operations centre and shall report all security incidents to the Customer.", id), 'missing');
  });
});

describe('near-misses (set 6 causes)', () => {
  it('privileged access management described by how rights are granted is not MFA', () => {
    const id = 'mfa.privileged-accounts';
    assert.equal(status('The Provider operates privileged access management: engineers get just-in-time elevation for a single change.', id), 'missing');
    assert.equal(status('Privileged access management gives each technician only the rights needed for their assigned work orders, and rights needed for their assigned tasks only.', id), 'missing');
    assert.notEqual(status('The Provider shall operate privileged access management with just-in-time elevation and multi-factor authentication for every privileged account.', id), 'missing');
  });

  it('a SIEM workspace named as something kept apart is an asset, not monitoring', () => {
    const id = 'logging.security-event-management';
    assert.equal(status('The Provider shall keep each customer\'s SIEM workspace and backup vault apart from those of its other customers.', id), 'missing');
    assert.notEqual(status('The Provider shall monitor security events in a dedicated SIEM workspace for the Customer.', id), 'missing');
  });
});

describe('near-misses: major-version upgrades are not patching', () => {
  const id = 'patching.ongoing-service';
  const excluded = (item: string): string => `## Patch management\n\nNot included:\n\n- ${item}\n`;

  it('excluding upgrades to a new major version does not disclaim patching', () => {
    assert.equal(status(excluded('Upgrades of the accounting package to a new major version.'), id), 'missing');
    assert.equal(status(excluded('Major upgrades of line-of-business software.'), id), 'missing');
  });

  it('must not fire: an excluded item that names patching still disclaims it', () => {
    assert.equal(status(excluded('Security patches for the accounting package, including its major versions.'), id), 'negated');
  });
});
