/**
 * Set 10's remaining shapes as general drafting patterns (sentences written for this test):
 * - service descriptions item by item: "<item>: not provided" excludes the item, "<item> (Customer
 *   responsibility)" gives it to the customer (lexicon `serviceScope`, scope-verdict.ts);
 * - other customers named through a coordinated noun or by what public bodies are ("the other
 *   banks and customers it serves", "another tenant or customer", "other councils"), and "ring-fence";
 * - a tool named as the source of service-level records is no patching service;
 * - the customer's officer named by what it heads ("the Customer's Head of IT") acts for the customer;
 * - "the Provider carries out no assessment of its own" after a customer's check moves the duty.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const status = (body: string, id: string): string => bundledStatus(body, id);
const negatedOrMoved = (s: string): boolean => s === 'negated' || s === 'wrong-party';

describe('service scope verdicts: an item and what the description says of it', () => {
  it('reads "<item>: not provided" and its kin as an express exclusion of the item', () => {
    assert.equal(status("Off-site backup of the Customer's servers: not provided.", 'backup.contracted-service'), 'negated');
    assert.equal(status('Security patching of servers and endpoints – out of scope.', 'patching.ongoing-service'), 'negated');
    assert.equal(status("Separation of the Customer's tenancy from the Provider's other customers: not part of the Managed Services.", 'network.segregation'), 'negated');
    assert.equal(status("Restriction of Provider engineers' administrative rights to what their role requires: excluded; engineers hold full rights.", 'privilege.least-privilege'), 'negated');
  });

  it('reads the whole topic as the label of an excluded item', () => {
    assert.equal(status('Multi-factor authentication: not included.', 'mfa.provider-access'), 'negated');
  });

  it('reads a customer verdict after the label, or in brackets after the item, as the duty moved', () => {
    assert.equal(status("Patching of the Customer's desktops and laptops: Customer to provide.", 'patching.ongoing-service'), 'wrong-party');
    assert.ok(negatedOrMoved(status("Weekly restore tests of the Customer's backups (Customer responsibility).", 'backup.contracted-service')));
    assert.ok(negatedOrMoved(status("Accounts of Provider personnel who leave disabled by the Customer's administrators (Customer responsibility).", 'accounts.deprovisioning')));
  });

  it('leaves a verdict that is not the whole rest of the clause, or a label with a verb of its own, to the usual reading', () => {
    assert.notEqual(status("Backup of the Customer's data: not provided by the Customer's own staff.", 'backup.contracted-service'), 'negated');
    assert.equal(status("The Provider shall back up the Customer's data daily: excluded items are listed in Schedule 2.", 'backup.contracted-service'), 'present');
    assert.equal(status("The Provider shall back up the Customer's data daily (the backup window is agreed with the Customer).", 'backup.contracted-service'), 'present');
    assert.notEqual(status("Backup of the Customer's data: provided daily.", 'backup.contracted-service'), 'negated');
  });
});

describe('segregation worded for shared services', () => {
  it('names the other customers through a coordinated noun or by what public bodies are', () => {
    assert.equal(status("The Provider shall keep the Customer's data logically separate from the data of the other banks and customers it hosts.", 'network.segregation'), 'present');
    assert.equal(status("The Provider shall ensure that the service of another tenant or customer cannot access the Customer's data, and shall isolate the Customer's systems.", 'network.segregation'), 'present');
    assert.equal(status("The Provider shall keep the Customer's records apart from those of the other public bodies it serves.", 'network.segregation'), 'present');
    assert.equal(status("The Provider shall ring-fence the Customer's environment from those of its other clients.", 'network.segregation'), 'present');
  });

  it('does not read separate invoices or the provider\'s own data as separation between customers', () => {
    assert.equal(status('The Provider shall send separate invoices to the other group companies and customers it serves.', 'network.segregation'), 'missing');
    assert.equal(status("The Provider shall keep the Customer's data separate from its own accounting records.", 'network.segregation'), 'missing');
  });

  it('keeps backup storage named among what is kept apart a near-miss for backup', () => {
    assert.equal(status("The Provider shall keep the Customer's systems apart from those of the other banks and customers it serves, with separate tenancies and backup storage for each.", 'backup.contracted-service'), 'missing');
    assert.equal(status("The Provider shall back up the Customer's data daily to storage kept apart from that of the other banks and customers it serves.", 'backup.contracted-service'), 'present');
  });
});

describe('a tool named as the source of service-level records', () => {
  it('is no patching service', () => {
    assert.equal(status('Service level percentages are calculated from the records of the service desk tool and the patch management console.', 'patching.ongoing-service'), 'missing');
    assert.equal(status('Availability is measured from the data of the monitoring platform and the patch console.', 'patching.ongoing-service'), 'missing');
  });

  it('still counts a sentence that applies the updates', () => {
    assert.equal(status("The Provider shall apply security patches to the Customer's servers within 14 days, measured from the records of the patch management console.", 'patching.ongoing-service'), 'present');
  });
});

describe("the customer's officers and refusals beside the customer's check", () => {
  it('reads an officer named by what it heads as its party', () => {
    assert.equal(status("The Customer's Head of IT shall limit the access of Provider personnel to what their role requires.", 'privilege.least-privilege'), 'wrong-party');
    assert.equal(status("The Customer's Director of Technology shall limit the access of Provider personnel to what their role requires.", 'privilege.least-privilege'), 'wrong-party');
    assert.equal(status("The Provider's Head of Security shall limit the access of Provider personnel to what their role requires.", 'privilege.least-privilege'), 'present');
  });

  it('reads "carries out no … of its own" after a customer\'s check of the provider as the duty moved', () => {
    assert.equal(status('The Customer shall assess the security of each subcontractor the Provider proposes; the Provider carries out no assessment of its own.', 'supply-chain.risk-management'), 'wrong-party');
    assert.equal(status('The Customer shall assess the security of each subcontractor the Provider proposes.', 'supply-chain.risk-management'), 'present');
  });
});

describe('the civil-law register and access for assigned duties', () => {
  it('reads "owes" as binding and "owes no" as a disclaimer', () => {
    assert.equal(status("The Provider owes a daily backup of the Customer's data.", 'backup.contracted-service'), 'present');
    assert.equal(status("The Provider owes no backup of the Customer's data.", 'backup.contracted-service'), 'negated');
    assert.equal(status('The Provider is entitled to back up the Customer Data.', 'backup.contracted-service'), 'weak');
  });

  it('does not take the agent of a condition before the verb for its subject', () => {
    assert.equal(status('The Provider is entitled to back up the Customer Data and, insofar as the storage booked by the Customer suffices, will endeavour to keep a second copy.', 'backup.contracted-service'), 'weak');
  });

  it('reads access limited to what assigned duties require as least privilege', () => {
    assert.equal(status('The Provider undertakes that administrator access to the Customer systems is granted to its personnel only to the extent required for their assigned duties.', 'privilege.least-privilege'), 'present');
    assert.equal(status('The Provider shall process personal data only to the extent required for the Services.', 'privilege.least-privilege'), 'missing');
  });
});

describe('scope said of a topic, abilities inside an ensured result, and roles inside a response plan', () => {
  it('reads "X is outside the services" as an exclusion', () => {
    assert.equal(status('Security event monitoring is outside the services.', 'logging.security-event-management'), 'negated');
    assert.equal(status('Security event monitoring is outside the services: the Provider shall not be required to review security logs.', 'logging.security-event-management'), 'negated');    // A matrix that sets out which controls are outside the services lists its contents; it disclaims nothing.
    assert.equal(status('The Provider shall give the Customer a written responsibility matrix setting out which security controls the Provider performs, which the Customer performs, and which are outside the Services.', 'transparency.roles-responsibilities'), 'present');
  });

  it('reads a "can" in what the provider ensures as the result ensured, not a permission', () => {
    assert.equal(status("The Provider shall ensure, through separation techniques, that no other customer's service can access the Customer's data.", 'network.segregation'), 'present');
    assert.equal(status("The Provider may separate the Customer's data from other customers' data.", 'network.segregation'), 'weak');
  });

  it('reads the roles an incident response plan names as its contents, not an allocation of security functions', () => {
    assert.equal(status('The Provider shall maintain an incident response plan that identifies the incident roles and responsibilities of each party for security incidents.', 'transparency.roles-responsibilities'), 'missing');
    assert.equal(status('The Provider shall maintain a responsibility matrix that sets out the security roles and responsibilities of each party.', 'transparency.roles-responsibilities'), 'present');
  });
});

describe('a stand-in on a duty rota', () => {
  it('is no backup of data', () => {
    assert.equal(status('The Provider shall offer a backup role on its out-of-hours rota to volunteers only.', 'backup.contracted-service'), 'missing');
    assert.equal(status("The Provider shall back up the Customer's servers daily and staff a backup role on its out-of-hours rota.", 'backup.contracted-service'), 'present');
  });
});
