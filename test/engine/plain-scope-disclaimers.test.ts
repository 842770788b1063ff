/**
 * Set 14's remaining shapes (session 15), with sentences of our own: scope left outside the
 * agreement, a duty left "up to you", a guarantee refused, a consultation that allocates nothing,
 * a customer's group as subject, and the plain words of a security job.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';
import { WE_YOU_PREAMBLE } from './plain-preamble';

const WE_YOU = WE_YOU_PREAMBLE;

describe('scope left outside the agreement itself', () => {
  it('reads "is not part of this agreement", contracted or not, as a disclaimer of the topic', () => {
    assert.equal(bundledStatus('Two-factor authentication isn\'t part of this agreement.', 'mfa.provider-access', WE_YOU), 'negated');
    assert.equal(bundledStatus('Multi-factor authentication is not part of this contract.', 'mfa.provider-access'), 'negated');
    assert.equal(bundledStatus('Applying security updates to your laptops is not part of this agreement.', 'patching.ongoing-service', WE_YOU), 'negated');
  });

  it('reads "the introduction of" the topic left out as the whole topic left out', () => {
    assert.equal(bundledStatus('The introduction of multi-factor authentication is not included in the Services.', 'mfa.provider-access'), 'negated');
    // Only part of the topic left out is no disclaimer of it.
    assert.notEqual(bundledStatus('Multi-factor authentication for the Customer\'s kiosk tablets is not included in the Services; the Provider shall use multi-factor authentication for every account its engineers use to access the Customer systems.', 'mfa.provider-access'), 'negated');
  });

  it('does not read a document said to be no part of the agreement as a disclaimer of a duty', () => {
    assert.equal(bundledStatus('The Provider shall install security patches on the Customer servers within 14 days of release. The sales brochure is not part of this agreement.', 'patching.ongoing-service'), 'present');
  });
});

describe('a possessive pronoun is no subject', () => {
  it('reads "keeping your software up to date" as nobody\'s act until a verb gives it one', () => {
    assert.equal(bundledStatus('Updating your software with security patches isn\'t part of our service.', 'patching.ongoing-service', WE_YOU), 'negated');
    assert.equal(bundledStatus('You will install the security patches for your software within 14 days.', 'patching.ongoing-service', WE_YOU), 'wrong-party');
  });
});

describe('"up to you" names its holder, whatever the subject', () => {
  it('reads the duty left up to the customer as disclaimed even when the provider is named in the subject', () => {
    assert.equal(bundledStatus('Disabling the accounts of engineers who leave our company is up to you.', 'accounts.deprovisioning', WE_YOU), 'negated');
    assert.equal(bundledStatus('We will disable the accounts of engineers who leave our company on the day they leave.', 'accounts.deprovisioning', WE_YOU), 'present');
  });
});

describe('an act said to be "for" the customer', () => {
  it('reads an act as subject of a bare "is for the Customer" as given to the customer', () => {
    assert.equal(bundledStatus('Disabling the accounts of Provider engineers who leave is for the Customer.', 'accounts.deprovisioning'), 'wrong-party');
    // A thing, not an act, reserved for the customer gives it no duty.
    assert.notEqual(bundledStatus('The account-disabling console of the Provider is for the Customer.', 'accounts.deprovisioning'), 'wrong-party');
  });
});

describe('a guarantee or a promise refused', () => {
  it('reads a refusal to promise a retention period as a disclaimer of retention, not as a missing period', () => {
    assert.equal(bundledStatus('The audit logs rotate every few days, and we can\'t promise to hold on to the logs for any set time.', 'logging.retention', WE_YOU), 'negated');
    assert.equal(bundledStatus('The Provider stores the security logs on a rolling basis and gives no guarantee as to how long any log is retained.', 'logging.retention'), 'negated');
    // A period stated is a period, not a refusal.
    assert.equal(bundledStatus('The Provider shall retain the security logs for at least twelve months.', 'logging.retention'), 'present');
  });
});

describe('a representation refused', () => {
  it('reads "makes no representation that" the measure is in place as a disclaimer of it', () => {
    assert.equal(bundledStatus('The Provider runs every client from one shared admin platform and makes no representation that the Customer environment is segregated from the environments of its other clients.', 'network.segregation'), 'negated');
    assert.equal(bundledStatus('The Provider shall keep the Customer environment segregated from the environments of its other clients.', 'network.segregation'), 'present');
  });
});

describe('a consultation on the allocation allocates nothing', () => {
  it('does not read "shall consult on the allocation of security functions" as the allocation', () => {
    assert.equal(bundledStatus('The parties shall consult each other on the allocation of any new security function.', 'transparency.roles-responsibilities'), 'missing');
    assert.equal(bundledStatus('After consulting the Customer, the Provider shall keep a responsibility matrix that says which party performs each security function.', 'transparency.roles-responsibilities'), 'present');
    // "Consulted" as a RACI role is part of the allocation.
    assert.equal(bundledStatus('The Provider shall keep a matrix of security roles that says, for each security activity, which party is responsible, accountable, consulted or informed.', 'transparency.roles-responsibilities'), 'present');
  });
});

describe("a customer's group as the subject", () => {
  it("reads the Customer's security group as the customer", () => {
    assert.equal(bundledStatus("The Customer's cyber defence group shall monitor the security logs of its systems around the clock.", 'logging.security-event-management'), 'wrong-party');
    assert.equal(bundledStatus('The Provider shall monitor the security logs of the Customer systems around the clock.', 'logging.security-event-management'), 'present');
  });
});

describe('a security job is a security function', () => {
  const TABLE = 'Before go-live we will give you a list that shows, for each security job (sign-in checks, access rights, patching, backups and handling attacks), whether we or you do it.';

  it('reads "for each security job … whether we or you do it" as an allocation of roles', () => {
    assert.equal(bundledStatus(TABLE, 'transparency.roles-responsibilities', WE_YOU), 'present');
  });

  it('does not read "access rights" in the list of jobs as a least-privilege duty', () => {
    assert.equal(bundledStatus(TABLE, 'privilege.least-privilege', WE_YOU), 'missing');
    assert.equal(bundledStatus('Each of our engineers will only have the access rights that their current work needs.', 'privilege.least-privilege', WE_YOU), 'present');
  });
});

describe('least privilege said with "have"', () => {
  it('reads "will only have the access … they need" as least privilege', () => {
    assert.equal(bundledStatus('Every engineer of the Provider shall only be given the access to the Customer systems that their assigned tickets need.', 'privilege.least-privilege'), 'present');
  });
});
