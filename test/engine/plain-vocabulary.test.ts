/**
 * Plain words for the duties: "tell" for notify, "a plan for handling security incidents" for an
 * incident response plan (the ISM glossary: "the plan for responding to cyber security
 * incidents"), "keep" for maintain. Sentences of our own.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const status = (body: string, id: string): string => bundledStatus(body, id);

describe('plain words for the incident duties', () => {
  it('"tell" is notice', () => {
    assert.equal(status('The Provider shall tell the Customer within 12 hours of any Security Incident.', 'incident.notification-timeframe'), 'present');
    assert.equal(status('The Provider is not responsible for telling the Customer about security breaches.', 'incident.notification'), 'negated');
  });

  it('a plan for handling or responding to security incidents is an incident response plan', () => {
    assert.equal(status('The Provider shall keep a written plan for handling security incidents.', 'ir.plan-contracted'), 'present');
    assert.equal(status('The Provider shall maintain a plan for responding to cyber security incidents.', 'ir.plan-contracted'), 'present');
    assert.equal(status('The Provider shall keep an incident handling capability.', 'ir.plan-contracted'), 'present');
  });

  it('a plan for something else is not', () => {
    assert.equal(status('The Provider shall keep a written plan for handling office moves.', 'ir.plan-contracted'), 'missing');
  });
});

describe('plain words for access and privileges', () => {
  it('MFA for the provider\'s own access and on the services it provides', () => {
    assert.equal(status('The Provider shall use multi-factor authentication for its own access to the Client network.', 'mfa.provider-access'), 'present');
    assert.equal(status('The Provider shall enable multi-factor authentication on every service provided to the Customer.', 'mfa.services-delivered'), 'present');
  });

  it('permissions and privileges limited by role or by need', () => {
    for (const s of [
      'The Provider shall assign administrative privileges on a role basis.',
      'The Provider shall limit its engineers\' access to what is reasonably needed for each ticket.',
      'The Provider shall restrict the access permissions of its staff.',
    ]) assert.equal(status(s, 'privilege.least-privilege'), 'present', s);
    assert.equal(status('The Provider is not required to restrict their permissions.', 'privilege.least-privilege'), 'negated');
  });

  it('a backup battery is power, not a data backup', () => {
    assert.equal(status('The Provider shall replace the backup battery in each server room every year.', 'backup.contracted-service'), 'missing');
  });
});

describe('plain words for suppliers, separation and roles', () => {
  it('checking the security of suppliers and subcontractors', () => {
    assert.equal(status('The Provider shall check the security practices of each subcontractor before using it.', 'supply-chain.risk-management'), 'present');
    assert.equal(status('The Provider shall review the security controls of its software suppliers every year.', 'supply-chain.risk-management'), 'present');
    assert.equal(status('The Provider may ask vendors about their security practices.', 'supply-chain.risk-management'), 'weak');
  });

  it('customers separated from each other', () => {
    assert.equal(status('The Provider shall separate its hosted customers from each other.', 'network.segregation'), 'present');
  });

  it('which security controls each party performs', () => {
    assert.equal(status('The Provider shall document which security controls it performs and which the Customer performs.', 'transparency.roles-responsibilities'), 'present');
  });
});

describe('plain words for logging', () => {
  it('recording security events and monitoring to detect attacks (NIST SI-4 wording)', () => {
    assert.equal(status('The Provider shall record security events on every server.', 'logging.security-event-management'), 'present');
    assert.equal(status('The Provider shall monitor the network around the clock to detect attacks.', 'logging.security-event-management'), 'present');
  });

  it('"any log" is a log, and a duty that is "not part of" the provider\'s services is disclaimed', () => {
    assert.equal(status('The Provider is not obliged to retain any log for longer than a week.', 'logging.retention'), 'negated');
    assert.equal(status('Security event logging is not part of Northwind\'s services.', 'logging.security-event-management'), 'negated');
  });
});


describe('reviewing and collecting security logs (NIST SP 800-53 AU-6, AU-12 in plain words)', () => {
  const id = 'logging.security-event-management';
  it('the act and its object with a few words between', () => {
    assert.equal(status('The Provider shall review security logs from the Customer firewalls every day.', id), 'present');
    assert.equal(status('The Provider shall review the audit logs of the Customer systems weekly.', id), 'present');
    assert.equal(status('The Provider shall collect and analyse security event logs from the Customer systems.', id), 'present');
    assert.equal(status('The Provider shall watch for suspicious sign-ins to the Customer systems.', id), 'present');
    assert.equal(status('The Provider does not collect or review security logs from the Customer systems.', id), 'negated');
    assert.equal(status('The Provider will try to review the security logs from the Customer firewalls when time allows.', id), 'weak');
  });
  it('must not: logs of tickets or calls, or keeping logs only', () => {
    assert.equal(status('The Provider shall review the service desk call logs each month.', id), 'missing');
    assert.equal(status('The Provider shall retain security logs for twelve months.', id), 'missing');
  });
});
