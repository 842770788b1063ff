/**
 * A disclaimer of a requirement's whole topic (topic-disclaimer.ts): an express disclaimer that
 * names only the topic ("no obligation in respect of multi-factor authentication") is negated
 * evidence for each requirement of that topic, though the sentence lacks the requirement's other
 * words. Sentences of our own. The preamble has no "Services" title, so no heading lends a word.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { aa22, bundledRequirement, bundledStatus } from './matching-helpers';

const PLAIN = '# Agreement\n\nThis Agreement is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer").\n\n';
const status = (sentence: string, id: string): string => bundledStatus(sentence, id, PLAIN);

describe('a disclaimer of the whole topic', () => {
  for (const [sentence, ids] of [
    ['The Provider has no obligation in respect of multi-factor authentication, which is not part of the Services.', ['mfa.provider-access', 'mfa.services-delivered']],
    ['Two-factor authentication is excluded.', ['mfa.provider-access', 'mfa.services-delivered']],
    ['The Provider is not responsible for backups.', ['backup.contracted-service', 'backup.offline-encrypted', 'backup.testing']],
    ['Backups are out of scope.', ['backup.offline-encrypted', 'backup.testing']],
    ['The Provider has no obligation in respect of offboarding.', ['accounts.deprovisioning']],
    ['Deprovisioning is out of scope.', ['accounts.deprovisioning']],
    ['Hotfixes are excluded.', ['patching.ongoing-service']],
    ['The Provider does not undertake to segregate.', ['network.segregation']],
    ['The Provider is not responsible for supply chain security.', ['supply-chain.risk-management']],
    ['The Provider is not responsible for logs.', ['logging.retention', 'logging.customer-visibility']],
    ['The Provider has no obligation in respect of an incident response plan.', ['ir.plan-contracted']],
  ] as const) {
    for (const id of ids) it(`negated for ${id}: ${sentence}`, () => assert.equal(status(sentence, id), 'negated'));
  }

  it('says in the hover what was assumed, with the disclaimer as the cue', () => {
    const body = 'The Provider has no obligation in respect of multi-factor authentication.';
    const catalog = { ...aa22(), requirements: [bundledRequirement('mfa.provider-access')] };
    const finding = analyze(`${PLAIN}${body}\n`, { catalog, force: true }).findings[0]!;
    const evidence = finding.evidence[0]!;
    assert.equal(finding.status, 'negated');
    assert.match(evidence.reason, /a disclaimer of the whole topic \(multi-factor authentication\)/);
    assert.match(evidence.cue?.text ?? '', /no obligation/);
    assert.equal(evidence.express, 'disclaimer');
  });
});

describe('not a disclaimer of the whole topic', () => {
  for (const [sentence, id, why] of [
    ['The Customer is not responsible for the Provider\'s MFA tokens.', 'mfa.provider-access', 'the customer speaks'],
    ['The Customer has no obligation in respect of multi-factor authentication.', 'mfa.services-delivered', 'the customer disclaims its own duty'],
    ['The Provider is not liable for any loss of backups.', 'backup.testing', 'a liability disclaimer, not a duty one'],
    ['The Provider is not responsible for any loss of backups.', 'backup.testing', 'loss words between the cue and the topic'],
    ['The Provider shall indemnify the Customer against claims relating to backups.', 'backup.testing', 'an indemnity disclaims nothing'],
    ['The Provider has no obligation to indemnify the Customer in respect of backups.', 'backup.testing', 'the disclaimed act is an indemnity'],
    ['Backups of end-user laptops are excluded.', 'backup.testing', 'a part of the topic, not all of it'],
    ['The Provider has no obligation to back up end-user laptops.', 'backup.offline-encrypted', 'a part of the topic, not all of it'],
    ['The Provider shall host the website, save that it has no obligation in respect of backups.', 'backup.testing', 'inside a carve-out of another clause'],
    ['The Provider does not undertake to disable the Customer\'s MFA.', 'mfa.provider-access', 'MFA is not the object: the disabling is'],
    ['Nothing in this Agreement requires the Provider to terminate.', 'accounts.exit-revocation', 'its first detect list says when, not what'],
    ['The Provider is not required to give notice.', 'incident.notification', 'telling is no topic: notice of what?'],
    ['The Provider is not responsible for the acts of its vendors.', 'supply-chain.risk-management', 'the acts of others: a liability disclaimer'],
  ] as const) {
    it(`missing for ${id} (${why}): ${sentence}`, () => assert.equal(status(sentence, id), 'missing'));
  }

  it('keeps the requirement\'s near-misses: "withholding" (tax) is no backup duty', () => {
    const sentence = 'The Provider has no obligation in respect of backups or withholding.';
    assert.equal(status(sentence, 'backup.contracted-service'), 'missing');
    assert.equal(status(sentence, 'backup.testing'), 'negated');
  });
});
