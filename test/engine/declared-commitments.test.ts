/**
 * An appendix of commitments whose lead-in says its statements are promises ("These are our
 * commitments to the Customer", "These are promises, not aims"): its present-tense and passive
 * statements bind the provider. Tried on five requirements with statements written for this test;
 * a lead-in that calls them aims or denies they are commitments leaves them descriptions.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const STATEMENTS: Record<string, string> = {
  'patching.ongoing-service': 'The Provider applies vendor security patches to the Customer systems within fourteen days of release.',
  'backup.contracted-service': 'All Customer Data is backed up every night to a copy held at a second site.',
  'privilege.least-privilege': 'The Provider grants each of its engineers only the access rights to the Customer systems that the engineer’s assigned tasks need.',
  'network.segregation': 'The Customer environment is kept logically separated from the environments of the Provider’s other customers.',
  'supply-chain.risk-management': 'The Provider assesses the security of every supplier that can reach the Customer systems before engaging it and every year afterwards.',
};

/** Statements in the active present tense: descriptions unless declared promises (passive ones already bind the provider). */
const ACTIVE = ['patching.ongoing-service', 'privilege.least-privilege', 'supply-chain.risk-management'];

function wrong(leadIn: string, expected: string[], only?: string[]): string[] {
  return Object.entries(STATEMENTS)
    .filter(([id]) => !only || only.includes(id))
    .map(([id, statement]) => [id, bundledStatus(`## Appendix A — Security\n\n${leadIn}\n\n- ${statement}\n- The Provider’s help desk answers calls on weekdays.\n`, id)] as const)
    .filter(([, got]) => !expected.includes(got))
    .map(([id, got]) => `${id}=${got}`);
}

describe('declared commitments: a lead-in that calls the statements promises binds them', () => {
  it('"These are promises, not aims: they form part of the Agreement."', () => {
    assert.deepEqual(wrong('These are promises, not aims: they form part of the Agreement.', ['present']), []);
  });
  it('"The following are binding commitments of the Provider to the Customer."', () => {
    assert.deepEqual(wrong('The following are binding commitments of the Provider to the Customer.', ['present']), []);
  });
  it('"The statements in this Appendix are undertakings of the Provider."', () => {
    assert.deepEqual(wrong('The statements in this Appendix are undertakings of the Provider.', ['present']), []);
  });
});

describe('declared commitments: must not bind', () => {
  it('statements called aims, or denied to be commitments, stay descriptions', () => {
    assert.deepEqual(wrong('These are aims, not promises.', ['weak'], ACTIVE), []);
    assert.deepEqual(wrong('These describe how the Provider usually works; they are not commitments.', ['weak'], ACTIVE), []);
    assert.deepEqual(wrong('The Provider’s practices are described below.', ['weak'], ACTIVE), []);
  });
});

describe('declared commitments: the reader’s own tasks stay the reader’s', () => {
  it('"Installing updates on your computers stays with your team; we’ll remind you" is no promise of ours', () => {
    const body = '## Appendix A — Our security commitments\n\nThese are promises, not aims.\n\n- Installing security patches on your computers and firewalls stays with your own office team; we’ll only send you a monthly reminder.\n';
    const preamble = '# Engagement letter\n\nThis letter is the agreement between Kestrel IT Ltd ("we", "us") and your firm ("you").\n\n';
    assert.notEqual(bundledStatus(body, 'patching.ongoing-service', preamble), 'present');
  });
});

describe('an ability in a relative clause describes its noun, not the duty', () => {
  const pre = '# Engagement letter\n\nThis letter is the agreement between Kestrel IT Ltd ("we", "us") and your firm ("you").\n\n';
  const promised = (item: string, id: string): string => bundledStatus(`## Appendix A — Our security commitments\n\nThese are promises, not aims.\n\n- ${item}\n`, id, pre);
  it('"every supplier whose staff can reach your systems" in a declared promise', () => {
    assert.equal(promised('We check the security of every supplier whose tools or staff can reach your systems before we use them.', 'supply-chain.risk-management'), 'present');
    assert.equal(promised('We install security patches within seven days on every server of yours that can be reached from the internet.', 'patching.ongoing-service'), 'present');
  });
  it('"each subcontractor that can access Customer Data" under "shall"', () => {
    assert.equal(bundledStatus('## 7. Suppliers\n\nThe Provider shall assess the security of each subcontractor that can access Customer Data before engaging it.\n', 'supply-chain.risk-management'), 'present');
  });
  it('must not: the duty’s own "can" or "may" stays a permission', () => {
    assert.equal(bundledStatus('## 7. Suppliers\n\nThe Provider can assess the security of its subcontractors on request.\n', 'supply-chain.risk-management'), 'weak');
    assert.equal(bundledStatus('## 7. Backups\n\nThe Provider, which can back up Customer Data, may do so every night.\n', 'backup.contracted-service'), 'weak');
    assert.equal(promised('We can check the security of every supplier that can reach your systems.', 'supply-chain.risk-management'), 'weak');
  });
});

describe("a declared promise in the first person covers the speaker's staff", () => {
  const pre = '# Engagement letter\n\nThis letter is the agreement between Kestrel IT Ltd ("we", "us") and your firm ("you").\n\n';
  const promised = (item: string, id: string): string => bundledStatus(`## Appendix A — Our security commitments\n\nThese are promises, not aims.\n\n- ${item}\n`, id, pre);
  it('"Our engineers get only the access …", "Each of our technicians signs in with …"', () => {
    assert.equal(promised('Our engineers get only the access to your systems that their work for you needs.', 'privilege.least-privilege'), 'present');
    assert.equal(promised('Each of our technicians signs in to your systems with multi-factor authentication.', 'mfa.provider-access'), 'present');
  });
  it('must not: the same statement without the declaration stays a description; a denial stays a denial', () => {
    assert.equal(bundledStatus('## Access\n\nOur engineers get only the access to your systems that their work for you needs.\n', 'privilege.least-privilege', pre), 'weak');
    assert.notEqual(promised("Our engineers don't restrict their own access to your systems.", 'privilege.least-privilege'), 'present');
  });
});
