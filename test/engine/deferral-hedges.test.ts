/**
 * Hedges that leave the time or the effort to the obligated party ("as soon as may be
 * practicable", "where circumstances permit", "when it next schedules a maintenance window",
 * "where that does not disrupt", "where it thinks it worthwhile", "do what it reasonably can"), and
 * a later clause that says the provider "need only" do part of a duty, citing it by a schedule's
 * own clause number ("Despite S2.3(a), …"). Sentences written for this test.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

describe('a duty whose time or effort is left to the party', () => {
  for (const [sentence, id] of [
    ['The Provider shall install security patches as soon as may be practicable.', 'patching.ongoing-service'],
    ['The Provider shall, where circumstances permit, back up the Customer Data every night.', 'backup.contracted-service'],
    ['The Provider will install security updates when it next schedules a maintenance window for the site.', 'patching.ongoing-service'],
    ['The Provider will install critical security updates within 48 hours where that does not disrupt the Customer\'s trading.', 'patching.ongoing-service'],
    ['The Provider will, where it thinks it worthwhile, assess the security of its suppliers.', 'supply-chain.risk-management'],
    ['If a Security Incident occurs, the Provider will do what it reasonably can to help the Customer contain it.', 'ir.incident-handling'],
  ] as const) {
    it(`weakens ${id}: ${sentence}`, () => assert.equal(bundledStatus(sentence, id), 'weak'));
  }

  for (const [sentence, id] of [
    ['The Provider shall install security patches within 14 days of release, scheduling the work so that it does not disrupt the Customer\'s trading.', 'patching.ongoing-service'],
    ['The Provider shall install security updates in the monthly maintenance window set out in Schedule 2.', 'patching.ongoing-service'],
    ['If a Security Incident occurs, the Provider shall help the Customer contain it and restore the affected systems.', 'ir.incident-handling'],
  ] as const) {
    it(`a firm duty stays firm: ${sentence}`, () => assert.equal(bundledStatus(sentence, id), 'present'));
  }
});

describe('"need only" in a later clause cited by a schedule\'s clause number', () => {
  const SCHEDULE = (later: string): string =>
    `## S2.3 Security obligations of the Provider\n\n(a) **Updates.** The Provider must install security updates on the Site Systems within 14 days after release.\n\n(b) **Backups.** The Provider must back up the Site Systems every night.\n\n## S2.4 Exceptions\n\n(a) ${later}\n`;
  it('narrows the duty it cites', () =>
    assert.equal(bundledStatus(SCHEDULE('Despite S2.3(a), the Provider need only install updates on the tills at its half-yearly visit to the Site.'), 'patching.ongoing-service'), 'weak'));
  it('"need only" after "clause" narrows too', () =>
    assert.equal(
      bundledStatus('6.1 The Provider must install security updates within 14 days of release.\n\n6.2 Despite clause 6.1, the Provider need only install security updates on the tills at its quarterly visit.\n', 'patching.ongoing-service'),
      'weak',
    ));
  it('a later clause that adds to the duty leaves it firm', () =>
    assert.equal(bundledStatus(SCHEDULE('Despite S2.3(a), the Provider must install critical updates on the tills within 48 hours after release.'), 'patching.ongoing-service'), 'present'));
  it('a narrowing of another clause leaves this one firm', () =>
    assert.equal(bundledStatus(SCHEDULE('Despite S2.3(b), the Provider need only back up the tills once a week.'), 'patching.ongoing-service'), 'present'));
});
