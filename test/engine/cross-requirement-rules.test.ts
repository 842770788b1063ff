/**
 * A control of one family is no evidence for a requirement of another when a general rule says why:
 * patching internet-facing systems is patching, not the initial-access baseline; a building's
 * access list is physical access, not account removal; training by role allocates nothing between
 * the parties; an awareness course on reporting incidents owes the customer no notice.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const status = (body: string, id: string): string => bundledStatus(body, id);

describe('controls of another family are not evidence', () => {
  it('patches, application control and unsupported devices on internet-facing systems belong to their own requirements', () => {
    const id = 'initial-access.baseline';
    assert.equal(status('Patches for vulnerabilities in the operating systems of internet-facing servers are applied by the Provider within two weeks of release.', id), 'missing');
    assert.equal(status('Application control is implemented by the Provider on internet-facing servers.', id), 'missing');
    assert.equal(status('Internet-facing network devices that are no longer supported by vendors are replaced by the Provider.', id), 'missing');
    // Hardening named beside the patches is still the baseline.
    assert.equal(status('The Provider shall harden all internet-facing servers and apply patches to them within 14 days.', id), 'present');
    assert.equal(status('Patches for internet-facing servers are applied by the Provider within two weeks of release.', 'patching.ongoing-service'), 'present');
  });

  it('removing people from a facility access list is physical access, not deprovisioning', () => {
    const id = 'accounts.deprovisioning';
    const body = 'The Provider shall:\n\n- review the access list detailing authorized facility access by individuals every quarter; and\n- remove individuals from the facility access list when access is no longer required.';
    assert.equal(status(body, id), 'missing');
    assert.equal(status('The Provider shall disable inactive accounts and remove access that is no longer required, including facility access.', id), 'present');
  });

  it('security training by role is no allocation of security responsibilities between the parties', () => {
    const id = 'transparency.roles-responsibilities';
    assert.equal(status('The Provider shall provide role-based security training to personnel with security roles and responsibilities.', id), 'missing');
    assert.equal(status('The Parties shall agree a responsibility matrix that allocates each security responsibility, and the Provider shall give training on it.', id), 'present');
  });

  it('an awareness course that covers reporting incidents is no duty to notify the customer', () => {
    assert.equal(status('Security awareness training is undertaken annually by all of the Provider\'s personnel and covers the reporting of cyber security incidents.', 'incident.notification'), 'missing');
    assert.equal(status('The Provider shall notify the Customer of any Security Incident within 24 hours and shall give its staff awareness training on incident reporting.', 'incident.notification'), 'present');
  });
});
