/**
 * Commercial clauses that name a security topic only as a cause or a cost: service-credit relief
 * ("No Service Credit applies where … a vendor's late release of a patch"). Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

describe('commercial near-misses: relief from service credits', () => {
  it('a relief clause lists causes; it obliges no one to do them', () => {
    assert.equal(bundledStatus("5.3 No Service Credit applies where a KPI is missed because of a vendor's late release of a security patch.", 'patching.ongoing-service'), 'missing');
    assert.equal(bundledStatus('Service Credits shall not apply to any failure caused by the Provider applying emergency security patches.', 'patching.ongoing-service'), 'missing');
    assert.equal(bundledStatus('The Service Levels do not apply while the Provider restores the Customer Data from backup.', 'backup.contracted-service'), 'missing');
  });
  it('a duty in the same sentence before the relief stays a duty', () => {
    assert.equal(bundledStatus('The Provider shall apply security patches to the Customer systems within 14 days; no Service Credit applies to a patch window agreed with the Customer.', 'patching.ongoing-service'), 'present');
  });
});

describe('commercial near-misses: reporting on the work', () => {
  it('a duty to report on a thing, or what a report includes, only implies the work', () => {
    assert.equal(bundledStatus('The Provider shall report monthly on ticket volumes and patch compliance.', 'patching.ongoing-service'), 'weak');
    assert.equal(bundledStatus('The monthly service report shall include patch compliance, backup success rates and open tickets.', 'backup.contracted-service'), 'weak');
    assert.equal(bundledStatus('The Provider shall provide the Customer with a monthly report on the status of security patching.', 'patching.ongoing-service'), 'weak');
  });
  it('the work itself in the same sentence stays a duty', () => {
    assert.equal(bundledStatus('The Provider shall apply security patches to the Customer systems within 14 days and report on patch compliance each month.', 'patching.ongoing-service'), 'present');
  });
  it('where reporting is the act (notice of incidents) it stays the act', () => {
    assert.equal(bundledStatus('The Provider shall report security incidents to the Customer within 24 hours.', 'incident.notification'), 'present');
  });
  it('keeping reports is not reporting on what they cover', () => {
    assert.equal(bundledStatus('Reports summarising the security audit logs shall be retained for a period of seven years.', 'logging.retention'), 'present');
  });
});

describe('monitoring near-miss: the centre an incident is reported to', () => {
  const MONITORING = 'logging.security-event-management';
  it('reporting incidents to a security operations centre is notification, not monitoring', () => {
    assert.equal(bundledStatus('## Incidents\n\nThe Provider shall report all known or suspected cyber incidents to the Customer Security Operations Center (SOC) within one hour.', MONITORING), 'missing');
    assert.equal(bundledStatus('## Incidents\n\nAll suspected incidents shall be reported to the Customer Security Operations Center within one hour.', MONITORING), 'missing');
    assert.equal(bundledStatus('## Incidents\n\nAll suspected incidents shall be reported to the Customer Security Operations Center within one hour.', 'incident.notification'), 'present');
  });
  it('a monitoring act in the same sentence keeps it', () => {
    assert.equal(bundledStatus('## Monitoring\n\nThe Provider shall monitor security events through its Security Operations Center and report confirmed incidents to the Customer.', MONITORING), 'present');
    assert.equal(bundledStatus('## Monitoring\n\nThe Provider shall operate a 24x7 Security Operations Center that monitors the Customer systems.', MONITORING), 'present');
  });
});
