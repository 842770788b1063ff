/**
 * A period stated for one kind of log is that kind's (thresholds-check.ts keptPeriods): a retention
 * schedule that keeps firewall or authentication logs for 30 or 90 days falls short of AA22-131A's
 * six months for those logs, whatever longer period it gives other logs, in the same sentence or in
 * a later clause of the same section (a qualification of it, reported as a conflict). A period that
 * is not tied to what is kept (online availability, a review rhythm, a deadline to hand copies
 * over, a second period for the same logs) leaves the longer period standing. Sentences of our own.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine/index';
import { MSA_PREAMBLE, aa22, bundledRequirement } from './matching-helpers';

function retention(body: string) {
  const catalog = { ...aa22(), requirements: [bundledRequirement('logging.retention')] };
  return analyze(`${MSA_PREAMBLE}## 9. Logging\n\n${body}\n`, { catalog, force: true }).findings[0]!;
}

const CASES: [string, string][] = [
  ['9.1 The Provider shall retain security logs for 12 months; however, firewall logs shall be retained for 30 days only.', 'below-threshold'],
  ['9.1 The Provider shall retain security logs for 12 months, and authentication logs for 90 days.', 'below-threshold'],
  ['9.1 The Provider shall retain security logs for 12 months.\n\n9.2 Firewall logs shall be retained for thirty (30) days.', 'below-threshold'],
  ['9.1 The Provider shall retain security logs for 12 months, and authentication logs for 18 months.', 'present'],
  ['9.1 Logs shall be retained for 30 days online and for 12 months in the archive.', 'present'],
  ['9.1 The Provider shall retain logs for 12 months and review logs every 7 days.', 'present'],
  ['9.1 The Provider shall retain audit logs for a minimum of one (1) year, with at least ninety (90) days immediately available for analysis.', 'present'],
  ['9.1 The Provider shall retain security logs for 12 months.\n\n9.2 The most recent 30 days of logs shall be kept online.', 'present'],
  ['9.1 The Provider shall retain security logs for 12 months and shall provide copies of logs within 5 days of a request.', 'present'],
];

describe('a period stated for one kind of log is that kind\'s', () => {
  for (const [body, status] of CASES) {
    it(`${status}: ${body.replace(/\n+/g, ' ')}`, () => assert.equal(retention(body).status, status));
  }
  it('names the kind of log and the conflict with the longer period', () => {
    const same = retention(CASES[0]![0]);
    assert.match(same.message ?? '', /30 days for “firewall logs” is less than 6 months/);
    const later = retention(CASES[2]![0]);
    assert.ok(later.conflict, 'a conflict points at both clauses');
    assert.match(later.conflict!.message, /narrows the duty/);
  });
});

describe('a shorter period for the same logs restates, it does not narrow', () => {
  for (const later of ['9.2 The Provider shall retain the logs for 90 days.', '(c) Logs shall be retained for 90 days.']) {
    it(later, () => assert.equal(retention(`9.1 The Provider shall retain security logs for 12 months.\n\n${later}`).status, 'present'));
  }
});
