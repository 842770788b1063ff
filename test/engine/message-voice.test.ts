/**
 * A contract formed by an exchange of e-mails (message-voice.ts): each message speaks in its
 * sender's voice, so in a reply from the party the offer called "you", "you" is the offer's sender.
 * Threads written for this test.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const OFFER =
  '# Support contract by e-mail\n\n---\n\n**From:** Mira Lund <mira@tallowit.example>\n**To:** Owen Pike <owen@brackenclinic.example>\n**Subject:** Our offer\n\n' +
  'Tallow IT Ltd ("we", "us") offers to provide the support services below to Bracken Dental Clinic LLP ("you") on these numbered terms.\n\n' +
  '1. **Support.** We will look after your eight workstations and your server for 12 months.\n\n';

const REPLY_FROM_CUSTOMER =
  '---\n\n**From:** Owen Pike <owen@brackenclinic.example>\n**To:** Mira Lund <mira@tallowit.example>\n**Subject:** RE: Our offer\n\n' +
  'We accept your offer with one added term.\n\n';

const REPLY_FROM_PROVIDER =
  '---\n\n**From:** Mira Lund <mira@tallowit.example>\n**To:** Owen Pike <owen@brackenclinic.example>\n**Subject:** RE: Our offer\n\n' +
  'We confirm one further term.\n\n';

const PATCH_YOU = 'Added term 2: You will apply security updates to our workstations and server within fourteen (14) days of their release.\n';
const PATCH_WE = 'Added term 2: We will apply security updates to our workstations and server within fourteen (14) days of their release.\n';

describe('message voice: an e-mail thread speaks as each message\'s sender', () => {
  it('reads "you will" in the customer\'s reply as the provider\'s duty', () => {
    assert.equal(bundledStatus(REPLY_FROM_CUSTOMER + PATCH_YOU, 'patching.ongoing-service', OFFER), 'present');
  });

  it('reads the customer\'s own "we will" in its reply as the customer\'s act', () => {
    assert.notEqual(bundledStatus(REPLY_FROM_CUSTOMER + PATCH_WE, 'patching.ongoing-service', OFFER), 'present');
  });

  it('keeps the offer\'s voice in a further message from the provider', () => {
    assert.equal(bundledStatus(REPLY_FROM_PROVIDER + PATCH_WE, 'patching.ongoing-service', OFFER), 'present');
    assert.notEqual(bundledStatus(REPLY_FROM_PROVIDER + PATCH_YOU, 'patching.ongoing-service', OFFER), 'present');
  });

  it('swaps nothing in a document without message headers', () => {
    const plain = OFFER.replace(/\*\*From:\*\*[^\n]*\n\*\*To:\*\*[^\n]*\n/u, '');
    assert.notEqual(bundledStatus(PATCH_YOU, 'patching.ongoing-service', plain), 'present');
  });
});
