// Service-level tables bound by a body clause (service-level-tables.ts): "The Provider shall meet
// the Service Levels in Table 5" binds each row of Table 5 that carries a credit; a row with no
// credit ("Reported", "–") is a reporting measure, and a table nobody is bound to only describes.
// Also: a subcontractor "bound by security terms" is a flow-down, not a periodic review of the
// provider's terms; a deeming clause ("KPI-2 is treated as met where …") is a hedge.
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/engine';
import { qualifiedRequirementId } from '../../server/src/engine/requirement-ids';
import { serviceLevelLeadIns } from '../../server/src/engine/service-level-tables';
import { tableAids } from '../../server/src/engine/table-context';
import { bundledStatus } from './matching-helpers';

const HEAD = '| No. | Service Level | Target | Measurement | Service Credit |\n|---|---|---|---|---|\n';
const table = (caption: string, ...rows: string[]): string => `${caption}\n\n${HEAD}${rows.join('\n')}\n\n`;

const PATCH_ROW = '| KPI-4 | Operating system and firmware security updates installed on all managed servers | critical within 7 days | monthly report | 4% |';
const MFA_ROW = '| KPI-1 | Multi-factor authentication on every administrator account the Provider uses to reach Customer systems | 100% of accounts | monthly audit | 5% |';
const BACKUP_ROW = '| KPI-2 | Nightly backup of Customer databases with one copy kept offline | 99% of jobs succeed | monthly | 3% |';
const INCIDENT_ROW = '| KPI-3 | Customer notified of each confirmed security incident | within 4 hours | per incident | 5% |';

describe('service-level tables bound by a body clause', () => {
  it('binds the rows of the table the clause names by number', () => {
    const body = `The Provider shall achieve the Service Levels in Table 5 in every month.\n\n${table('Table 5 – Security KPIs', PATCH_ROW, MFA_ROW)}`;
    assert.equal(bundledStatus(body, 'patching.ongoing-service'), 'present');
    assert.equal(bundledStatus(body, 'mfa.provider-access'), 'present');
  });

  it('binds every table with a service-level column when the clause names no table', () => {
    const body = `The Provider must meet or exceed the Service Levels.\n\n${table('Security levels', BACKUP_ROW, INCIDENT_ROW)}`;
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'present');
    assert.equal(bundledStatus(body, 'incident.notification'), 'present');
  });

  it('an unnamed binding does not reach a services table with a level beside each service', () => {
    const services = '| Service | Description | Service Level |\n|---|---|---|\n| Security monitoring | Alerts from the Customer firewalls watched by the Provider | Monthly report |\n\n';
    const body = `The Provider shall meet or exceed the Service Levels set out in Schedule 2.\n\n${services}`;
    assert.notEqual(bundledStatus(body, 'logging.security-event-management'), 'present');
  });

  it('a table nobody is bound to only describes the service', () => {
    const body = `The Service Levels are reviewed each year.\n\n${table('Table 5 – Security KPIs', PATCH_ROW, BACKUP_ROW)}`;
    assert.equal(bundledStatus(body, 'patching.ongoing-service'), 'weak');
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'weak');
  });

  it('a clause naming another table does not bind this one', () => {
    const body = `The Provider shall meet the Service Levels in Table 1.\n\n${table('Table 1 – Availability', '| A-1 | Availability of the hosted email service | 99.9% | monthly | 5% |')}${table('Table 6 – Security measures', INCIDENT_ROW)}`;
    assert.equal(bundledStatus(body, 'incident.notification'), 'weak');
  });

  it('a row with no credit is a reporting measure: it stays weak', () => {
    const reported = '| KPI-4 | Operating system and firmware security updates installed on all managed servers | critical within 7 days | monthly report | Reported |';
    const dash = '| KPI-1 | Multi-factor authentication on every administrator account the Provider uses to reach Customer systems | 100% | monthly | – |';
    const body = `The Provider shall meet the Service Levels in Table 5.\n\n${table('Table 5 – Security KPIs', reported, dash)}`;
    assert.equal(bundledStatus(body, 'patching.ongoing-service'), 'weak');
    assert.equal(bundledStatus(body, 'mfa.provider-access'), 'weak');
  });

  it('"reasonable efforts to meet" binds nothing', () => {
    const body = `The Provider shall use reasonable efforts to meet the Service Levels in Table 5.\n\n${table('Table 5 – Security KPIs', PATCH_ROW)}`;
    assert.notEqual(bundledStatus(body, 'patching.ongoing-service'), 'present');
  });

  it('a price table and an availability-only SLA give no security duty', () => {
    const prices = '| Item | Monthly fee |\n|---|---|\n| Backup of Customer databases | 400 |\n\n';
    const body = `The Provider shall meet the Service Levels in Table 1.\n\n${table('Table 1 – Availability', '| A-1 | Availability of the hosted email service | 99.9% | monthly | 5% |')}${prices}`;
    assert.notEqual(bundledStatus(body, 'backup.contracted-service'), 'present');
    assert.equal(bundledStatus(body, 'mfa.provider-access'), 'missing');
  });

  it('gives the binding clause to every cell of a bound row and to none of the header', () => {
    const doc = parseDocument(`# S\n\nThe Supplier agrees to comply with the KPIs in Tables 2 and 3.\n\n${table('Table 3 – KPIs', BACKUP_ROW)}`);
    const leadIns = serviceLevelLeadIns(doc, tableAids(doc).header);
    const bound = doc.units.flatMap((u, i) => (leadIns[i] ? [u.sentences[0]?.text ?? ''] : []));
    assert.ok(bound.includes('KPI-2') && bound.some((t) => t.startsWith('Nightly backup')), bound.join(' / '));
    assert.ok(!bound.includes('Service Level'));
  });
});

describe('flow-down and deeming clauses beside service levels', () => {
  it('a subcontractor "bound by security terms" and reassessed is supply chain, not a periodic review', () => {
    const body = '## Subcontractors\n\nEach subcontractor is reassessed every year and bound by security terms at least as strict as these.\n';
    assert.notEqual(bundledStatus(body, 'governance.periodic-review'), 'present');
  });

  it('a review of the provider’s own security terms still counts', () => {
    const body = '## Review\n\nThe Provider shall review the security terms of this Agreement with the Customer every year.\n';
    assert.equal(bundledStatus(body, 'governance.periodic-review'), 'present');
  });

  it('"treated as met where" a lesser condition holds weakens the duty it cites', () => {
    const body = '## 4 Access\n\nKPI-7 Multi-factor authentication: the Provider shall require multi-factor authentication for all administrator accounts it uses to access Customer systems.\n\n## 9 Variations\n\nFor the payroll server, which has no token support, KPI-7 is treated as met where administrators use a password of twenty characters.\n';
    assert.equal(bundledStatus(body, 'mfa.provider-access'), 'weak');
  });

  it('an id is the subject after two opening phrases set off by commas', () => {
    assert.equal(qualifiedRequirementId('For the payroll server, which has no token support, KPI-7 is treated as met where a long password is used.'), 'KPI-7');
    assert.equal(qualifiedRequirementId('For the payroll server, which has no token support, and for the fax gateway, KPI-7 is waived.'), undefined);
  });

  it('"deemed satisfied if" in a backup duty is a hedge', () => {
    const body = '## Backup\n\nThe Provider shall back up the Customer data every night, and that duty is deemed satisfied if the backup job has been scheduled.\n';
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'weak');
  });
});
