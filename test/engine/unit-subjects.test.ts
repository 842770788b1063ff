/**
 * A party's own unit or officer as the subject ("the Customer's IT department shall …", "the
 * Customer Security Operations Centre will …") acts for that party. Own test sentences.
 */
import { strict as assert } from 'node:assert';
import { MFA, statusOf } from './matching-helpers';

describe('subjects: a party’s unit or officer', () => {
  it('reads the customer’s unit or officer as the customer', () => {
    assert.equal(statusOf('The Customer Security Operations Centre will enforce MFA on all remote logins.', MFA), 'wrong-party');
    assert.equal(statusOf("The Customer's IT department shall enforce MFA on all remote logins.", MFA), 'wrong-party');
    assert.equal(statusOf("The Customer's information security officer is responsible for enforcing MFA on all remote logins.", MFA), 'wrong-party');
  });

  it('reads the provider’s unit as the provider', () => {
    assert.equal(statusOf("The Provider's service desk team shall enforce MFA on all remote logins.", MFA), 'present');
  });

  it('leaves a defined term that is no unit alone', () => {
    assert.equal(statusOf('The Provider shall ensure that Customer Data is protected with MFA.', MFA), 'present');
  });
});

describe('subjects: a party’s officer as the subject of a passive', () => {
  it('reads "the Customer’s security manager shall be notified" as the provider’s duty to notify, not the customer’s', () => {
    assert.equal(statusOf("The Customer's security manager shall be notified of every incident affecting MFA within four hours.", MFA), 'present');
  });
});
