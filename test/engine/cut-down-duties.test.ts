/**
 * Disclaimers that cut a duty down rather than refuse it with "not required": "The Provider's
 * obligations in respect of X are limited to telling the Customer …", and the monitoring act
 * named as a noun ("monitoring of security event logs is excluded from the Services"). Tried on
 * four requirements with sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const TOPICS: Record<string, string> = {
  'patching.ongoing-service': 'security patches for the Customer servers',
  'backup.contracted-service': 'backups of the Customer Data',
  'logging.security-event-management': 'security event monitoring',
  'network.segregation': 'the segregation of the Customer environment from other customers',
};

function wrong(sentence: (topic: string) => string, expected: string[]): string[] {
  return Object.entries(TOPICS)
    .map(([id, topic]) => [id, bundledStatus(`## 8. Security\n\n${sentence(topic)}\n`, id)] as const)
    .filter(([, got]) => !expected.includes(got))
    .map(([id, got]) => `${id}=${got}`);
}

describe('duties cut down to telling', () => {
  it('"obligations in respect of X are limited to telling / advising the Customer" disclaims X', () => {
    assert.deepEqual(wrong((t) => `The Provider's obligations in respect of ${t} are limited to telling the Customer what it recommends.`, ['negated']), []);
    assert.deepEqual(wrong((t) => `The Provider's role regarding ${t} is limited to advising the Customer.`, ['negated']), []);
  });

  it('must not: a duty that is limited in scope or period, or telling as the duty itself', () => {
    assert.deepEqual(wrong((t) => `The Provider shall be responsible for ${t}, limited to the systems listed in Schedule 2.`, ['present']), []);
    assert.equal(bundledStatus('## 8. Security\n\nThe Provider\'s obligations in respect of security incidents are limited to notifying the Customer within 24 hours.\n', 'incident.notification'), 'present');
  });

  it('the monitoring of security event logs named as a noun is the monitoring act', () => {
    const status = (s: string): string => bundledStatus(`## 8. Security\n\n${s}\n`, 'logging.security-event-management');
    assert.equal(status('Collection, review and monitoring of the security event logs are excluded from the Services.'), 'negated');
    assert.equal(status('The review of security event logs is not part of the Services.'), 'negated');
    assert.equal(status('The Provider shall carry out daily monitoring of the security event logs of the Customer systems.'), 'present');
    // A liability limit beside a binding monitoring duty does not disclaim it.
    assert.equal(status('The Provider shall review security event logs daily, but shall not be liable for any failure to detect suspicious activity.'), 'present');
  });
});
