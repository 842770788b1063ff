/**
 * Mutation tests: a real clause (quoted, shortened, from the labelled evaluation corpus) or a
 * fixture clause is checked as written, then removed, hedged, negated, shortened, or moved to the
 * other party. Each mutation must flip the finding the way a lawyer would expect.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import type { Requirement } from '../../server/src/engine/types';
import { bundledRequirement, catalogOf, findingOf, MFA, RETENTION, BACKUP } from './matching-helpers';

const PREAMBLE = 'This Agreement is between Northwind Managed IT Ltd. (the "Supplier") and Harbor Bank plc (the "Customer").';

function statusIn(clause: string, requirement: Requirement): string {
  const text = `# Services Agreement\n\n${PREAMBLE}\n\n## 1. Services\n\nThe Supplier shall provide the Services described in the Order.\n\n## 2. Security\n\n${clause}\n`;
  const result = analyze(text, { catalog: catalogOf(requirement), force: true });
  return findingOf(result, requirement.id).status;
}

interface Case {
  name: string;
  requirement: () => Requirement;
  clause: string;
  /** Each mutation: a label, the mutated clause and the status it must produce. */
  mutations: [string, string, string][];
}

const REMOVED = '';

const CASES: Case[] = [
  {
    name: 'MFA on provider connections (Dropbox Supplier Security Requirements §2.3)',
    requirement: () => bundledRequirement('mfa.services-delivered'),
    clause: 'MFA must be used for: (a) any VPN connections into the Supplier’s internal networks; (b) any connections into Supplier’s production environment.',
    mutations: [
      ['removed', REMOVED, 'missing'],
      ['hedged', 'Where possible, MFA must be used for: (a) any VPN connections into the Supplier’s internal networks; (b) any connections into Supplier’s production environment.', 'weak'],
      ['permissive', 'MFA may be used for: (a) any VPN connections into the Supplier’s internal networks; (b) any connections into Supplier’s production environment.', 'weak'],
      ['negated', 'The Supplier is not required to use MFA for: (a) any VPN connections into the Supplier’s internal networks; (b) any connections into Supplier’s production environment.', 'negated'],
      ['moved to the Customer', 'The Customer shall use MFA for any VPN connections into the Supplier’s internal networks.', 'wrong-party'],
    ],
  },
  {
    name: 'Security incident notice (Common Paper DPA §4.1)',
    requirement: () => bundledRequirement('incident.notification'),
    clause: 'Upon becoming aware of any Security Incident, Supplier will notify Customer without undue delay, and no later than 72 hours after becoming aware of the Security Incident.',
    mutations: [
      ['removed', REMOVED, 'missing'],
      ['hedged', 'Upon becoming aware of any Security Incident, Supplier will use commercially reasonable efforts to notify Customer without undue delay.', 'weak'],
      ['negated', 'Supplier has no obligation to notify Customer of any Security Incident.', 'negated'],
      ['conditional', 'Upon becoming aware of any Security Incident, Supplier will notify Customer if requested.', 'weak'],
      ['only what the law requires', 'Supplier will comply with all security breach notification laws that apply to it.', 'weak'],
    ],
  },
  {
    name: 'Security patches (Dropbox Supplier Security Requirements §2.4)',
    requirement: () => bundledRequirement('patching.ongoing-service'),
    clause: 'Supplier will promptly apply any high or critical severity security patches to their production servers, endpoints, and endpoint management systems.',
    mutations: [
      ['removed', REMOVED, 'missing'],
      ['hedged', 'Supplier will, where practicable, apply any high or critical severity security patches to their production servers.', 'weak'],
      ['negated', 'Supplier is not required to apply security patches to the production servers.', 'negated'],
      ['moved to the Customer', 'Customer will promptly apply any high or critical severity security patches to the production servers.', 'wrong-party'],
      ['extra cost', 'Supplier will apply security patches to the production servers at additional cost.', 'weak'],
    ],
  },
  {
    name: 'Audit log retention (JupiterOne audit policy template)',
    requirement: () => bundledRequirement('logging.retention'),
    clause: 'Beyond that, log data is encrypted and moved to warm storage, and is retained for a minimum of one year.',
    mutations: [
      ['removed', REMOVED, 'missing'],
      ['shortened to ninety days', 'Beyond that, log data is encrypted and moved to warm storage, and is retained for a minimum of ninety (90) days.', 'below-threshold'],
      ['shortened to one quarter', 'Beyond that, log data is encrypted and moved to warm storage, and is retained for one quarter.', 'below-threshold'],
      ['made a maximum', 'Beyond that, log data is encrypted and moved to warm storage, and is retained for up to one year.', 'below-threshold'],
      ['period dropped', 'Beyond that, log data is encrypted and moved to warm storage, and is retained.', 'weak'],
      ['lengthened in weeks', 'Beyond that, log data is encrypted and moved to warm storage, and is retained for 26 weeks.', 'present'],
    ],
  },
  {
    name: 'Daily backups (JupiterOne data management policy template)',
    requirement: () => bundledRequirement('backup.contracted-service'),
    clause: 'Complete backups are done daily to assure that data remains available when it is needed and in case of a disaster.',
    mutations: [
      ['removed', REMOVED, 'missing'],
      ['made optional', 'Complete backups are available as an optional add-on to assure that data remains available in case of a disaster.', 'weak'],
      ['excluded', 'Backups are out of scope of the Services.', 'negated'],
      ['pushed onto the Customer', 'The Customer is solely responsible for backups of its data.', 'negated'],
      ['moved to the Customer', 'The Customer shall perform complete backups daily.', 'wrong-party'],
    ],
  },
  {
    name: 'Access removed at the end of employment (fixture)',
    requirement: () => bundledRequirement('accounts.exit-revocation'),
    clause: 'Supplier will remove access of personnel to Customer systems within one business day after their employment ends.',
    mutations: [
      ['removed', REMOVED, 'missing'],
      ['hedged', 'Supplier will use reasonable endeavours to remove access of personnel to Customer systems after their employment ends.', 'weak'],
      ['negated', 'Supplier is not required to remove access of personnel to Customer systems after their employment ends.', 'negated'],
      ['only on request', 'Supplier will remove access of personnel to Customer systems after their employment ends, upon written request.', 'weak'],
    ],
  },
  {
    name: 'MFA on every provider account (fixture, in-test requirement)',
    requirement: () => MFA,
    clause: 'The Supplier shall enforce multi-factor authentication on every account it uses to access the Customer Environment.',
    mutations: [
      ['removed', REMOVED, 'missing'],
      ['hedged', 'The Supplier shall, where technically feasible, enforce multi-factor authentication on every account.', 'weak'],
      ['negated', 'The Supplier is not required to use multi-factor authentication.', 'negated'],
      ['negated in another clause only', 'The Customer is not required to keep paper records; the Supplier shall enforce multi-factor authentication on every account.', 'present'],
      ['moved to the Customer', 'The Customer shall enforce multi-factor authentication on every account.', 'wrong-party'],
      ['the Customer’s right', 'The Customer may require multi-factor authentication on every account, and the Supplier shall comply.', 'present'],
    ],
  },
  {
    name: 'Log retention period (fixture, in-test requirement)',
    requirement: () => RETENTION,
    clause: 'The Supplier shall retain security logs for six (6) months.',
    mutations: [
      ['shortened to 3 months', 'The Supplier shall retain security logs for 3 months.', 'below-threshold'],
      ['shortened to 90 days', 'The Supplier shall retain security logs for ninety (90) days.', 'below-threshold'],
      ['made a maximum', 'The Supplier shall retain security logs for up to six months.', 'below-threshold'],
      ['written in days', 'The Supplier shall retain security logs for 180 days.', 'present'],
      ['written as a year', 'The Supplier shall retain security logs for one year.', 'present'],
    ],
  },
  {
    name: 'Backups in a list introduced by an obligation (fixture, in-test requirement)',
    requirement: () => BACKUP,
    clause: 'The Supplier shall:\n\n- maintain daily backups of Customer Data; and\n- restore them on request.',
    mutations: [
      ['lead-in negated', 'The Supplier is not required to:\n\n- maintain daily backups of Customer Data; or\n- restore them.', 'negated'],
      ['lead-in hedged', 'The Supplier shall use reasonable efforts to:\n\n- maintain daily backups of Customer Data.', 'weak'],
      ['lead-in moved to the Customer', 'The Customer shall:\n\n- maintain daily backups of its data.', 'wrong-party'],
    ],
  },
  {
    name: 'Security services in and out of scope (fixture)',
    requirement: () => bundledRequirement('transparency.service-scope'),
    clause: 'The Supplier shall give the Customer a schedule that lists the security services in scope and the security services that are out of scope.',
    mutations: [
      ['removed', REMOVED, 'missing'],
      ['hedged', 'The Supplier shall, where practicable, list the security services that are out of scope.', 'weak'],
      ['negated', 'The Supplier is not required to describe the security services.', 'negated'],
      ['set out by a schedule', 'Schedule 2 lists the security services that are out of scope.', 'present'],
    ],
  },
  {
    name: 'Daily backups, against permissions and power supplies (fixture)',
    requirement: () => bundledRequirement('backup.contracted-service'),
    clause: 'The Supplier shall back up all Customer Data daily.',
    mutations: [
      ['a licence to copy instead', 'The Customer may make one backup copy of the Software for its own records.', 'missing'],
      ['a grant of the right to copy instead', 'The Customer grants the Supplier the right to copy Customer Data and make backups.', 'missing'],
      ['backup power instead', 'The Supplier shall keep the data centre on UPS backup power.', 'missing'],
      ['pushed onto the Customer by a possessive', 'It is the Customer’s sole responsibility to back up all Customer Data daily.', 'negated'],
      ['the Customer’s permission joined on', 'The Supplier shall host all Customer Data, and the Customer may keep its own backups of it.', 'missing'],
      ['disclaimed in an enumeration', 'The Supplier does not warrant that (a) the Services will be uninterrupted, or (b) all Customer Data will be backed up daily.', 'negated'],
    ],
  },
  {
    name: 'End-of-life systems (fixture)',
    requirement: () => bundledRequirement('patching.end-of-life'),
    clause: 'The Supplier shall notify the Customer six months before any operating system reaches end of support and shall replace it.',
    mutations: [
      ['removed', REMOVED, 'missing'],
      ['a legacy system without end of support', 'The Supplier shall migrate the legacy system to the new platform.', 'missing'],
      ['hedged', 'The Supplier shall, where feasible, replace any operating system that reaches end of support.', 'weak'],
    ],
  },
  {
    name: 'Subcontracting only with consent (fixture)',
    requirement: () => bundledRequirement('supply-chain.subcontractors'),
    clause: 'The Supplier may not subcontract any part of the Services without the Customer’s prior written consent.',
    mutations: [
      // A permission to act without the consent the requirement asks for waives it (permitted-without.ts).
      ['prohibition turned into permission', 'The Supplier may subcontract any part of the Services without the Customer’s prior written consent.', 'negated'],
      ['prohibition turned into a bare permission', 'The Supplier may subcontract any part of the Services after giving the Customer prior written notice.', 'weak'],
      ['removed', REMOVED, 'missing'],
    ],
  },
];

describe('mutation: findings flip as the clause is changed', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      it('is present as written', () => assert.equal(statusIn(c.clause, c.requirement()), 'present'));
      for (const [label, mutated, expected] of c.mutations) {
        it(`${label} → ${expected}`, () => assert.equal(statusIn(mutated, c.requirement()), expected, mutated || '(clause removed)'));
      }
    });
  }
});
