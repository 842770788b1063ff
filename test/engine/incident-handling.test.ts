/**
 * ir.incident-handling: the duty to act on a security incident (contain, investigate, remediate,
 * help the customer investigate), NIST SP 800-53 IR-4 / IR-7, SP 800-171 3.6.1. Every sentence is
 * written for the test; none is copied from an evaluation document.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const ID = 'ir.incident-handling';

const status = (body: string, id = ID): string => bundledStatus(body, id);

describe('incident handling (IR-4, IR-7)', () => {
  it('a duty to contain, investigate or remediate a security incident is evidence', () => {
    assert.equal(status('The Provider shall contain and remediate every Security Incident affecting the Customer\'s network.'), 'present');
    assert.equal(status('The Provider shall investigate each suspected data breach and report its root cause to the Customer.'), 'present');
    assert.equal(status('Following any cyber security incident, the Provider shall enact its incident response plan.'), 'present');
  });

  it('help with the customer\'s own investigation is incident response assistance', () => {
    assert.equal(status('Where a security issue is suspected in the delivered system, the Provider shall assist the Customer in investigating it.'), 'present');
    assert.equal(status('The Provider shall cooperate fully with any investigation by the Customer of a security breach.'), 'present');
  });

  it('acting after an unauthorised disclosure is containment; guarding against one is confidentiality', () => {
    assert.equal(status('On learning of any unauthorized disclosure of the Customer\'s records, the Provider shall take all steps needed to prevent further disclosure.'), 'present');
    assert.equal(status('On learning of any misuse or disclosure of the Customer\'s records, the Provider shall try to prevent any further misuse or disclosure.'), 'weak');
    assert.equal(status('The Provider shall assist the Customer in protecting its records against unauthorized disclosure.'), 'missing');
    assert.equal(status('Each party shall cooperate to guard the other\'s records against unauthorized use or disclosure.'), 'missing');
  });

  it('hedges and disclaimers of the response duty are read as such', () => {
    assert.equal(status('The Provider may, in its sole discretion, assist the Customer in investigating a Security Incident.'), 'weak');
    assert.equal(status('The Provider is not required to investigate or remediate any Security Incident affecting the Customer\'s systems.'), 'negated');
  });

  it('a security issue to fix or remediate is a flaw (patching); one to investigate is an incident', () => {
    assert.equal(status('Security issues found in the code before go-live shall be remediated by the Provider.'), 'missing');
    assert.equal(status('Security issues reported after go-live shall be handled like any other defect.'), 'missing');
    assert.equal(status('Where a security issue is suspected, the Provider shall investigate it with the Customer.'), 'present');
  });

  it('a physical security incident at a facility is not a cyber incident', () => {
    assert.equal(status('The Provider shall monitor its data centre entrances and respond to physical security incidents such as forced entry.'), 'missing');
    assert.equal(status('The Provider shall respond to physical security incidents and to any cyber incident that follows them.'), 'present');
  });

  it('service incidents in a service-level schedule are not security incidents', () => {
    assert.equal(status('The Provider shall respond to each Priority 1 incident within one hour and restore the service within four hours.'), 'missing');
    assert.equal(status('The Provider shall handle all support requests received through the service desk.'), 'missing');
  });
});

describe('reporting lost or stolen credentials and devices (ISM-1088, IA-5)', () => {
  it('a duty to report a lost or stolen badge, token or laptop is notice of a potential incident, but a narrow one', () => {
    assert.equal(status('The Provider shall notify the Customer at once of any lost or stolen access token issued for the Customer systems.', 'incident.notification'), 'weak');
    assert.equal(status('The Provider shall report the loss or theft of any laptop holding Customer Data to the Customer within one day.', 'incident.notification'), 'weak');
    assert.equal(status('The Provider shall notify the Customer of every Security Incident, including the loss or theft of any laptop holding Customer Data.', 'incident.notification'), 'present');
  });
  it('the customer telling the provider of its own lost password is a duty owed to the provider, not this one', () => {
    assert.equal(status('The Customer shall notify the Provider of any lost or stolen password.', 'incident.notification'), 'missing');
  });
  it('risk of loss passing with the goods is no notice at all', () => {
    assert.equal(status('Risk of loss or theft of the Equipment passes to the Customer on delivery.', 'incident.notification'), 'missing');
  });
});
