// Items bound by a body clause (bound-items.ts, reference-rows.ts): "The Provider shall carry out each
// task in the Schedule of Obligations" binds that schedule's bare rows, the Owner column says who
// performs each row, a row that opens with a bare reference ("T-3") is read from its statement, and a
// section bound by number ("shall deliver all items listed in section 4") binds its noun-phrase bullets.
// Look-alikes: a schedule nobody binds, a list the body calls illustrative, a hedged act, a price list.
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const REGISTER_HEAD = '| No. | Task | Owner | Frequency |\n|---|---|---|---|\n';
const schedule = (...rows: string[]): string => `## Schedule 3 — Schedule of Obligations\n\n${REGISTER_HEAD}${rows.join('\n')}\n`;
const PATCH = (owner: string, when = 'Monthly'): string => `| T-3 | Apply vendor security updates to every managed server and firewall within 10 days of release | ${owner} | ${when} |`;
const BACKUP = (owner: string): string => `| T-4 | Back up the Customer databases each night to a second site and keep one copy offline | ${owner} | Nightly |`;
const BINDS = 'The Provider shall carry out each task in the Schedule of Obligations for which the Owner column names the Provider.\n\n';

describe('items bound by a body clause', () => {
  it('binds the rows of a named schedule of obligations, read from the statement after the reference', () => {
    const body = BINDS + schedule(PATCH('Provider'), BACKUP('Provider'));
    assert.equal(bundledStatus(body, 'patching.ongoing-service'), 'present');
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'present');
  });

  it('a row the Owner column gives to the customer is the customer\'s task', () => {
    const body = BINDS + schedule(PATCH('Customer'), BACKUP('Provider'));
    assert.equal(bundledStatus(body, 'patching.ongoing-service'), 'wrong-party');
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'present');
  });

  it('a hedge in a later column of the row weakens it', () => {
    const body = BINDS + schedule(PATCH('Provider', 'Where practicable'));
    assert.equal(bundledStatus(body, 'patching.ongoing-service'), 'weak');
  });

  it('a row marked "Not applicable" after its item disclaims it', () => {
    const row = '| T-4 | Nightly backup of the Customer databases to a second site: Not applicable | — | — |';
    assert.equal(bundledStatus(BINDS + schedule(row), 'backup.contracted-service'), 'negated');
  });

  it('a schedule nobody binds is no evidence of a duty', () => {
    const body = 'The Schedule of Obligations is reviewed at each quarterly meeting.\n\n' + schedule(PATCH('Provider'));
    assert.notEqual(bundledStatus(body, 'patching.ongoing-service'), 'present');
  });

  it('a hedged act before the items binds nothing', () => {
    const body = 'The Provider shall use reasonable endeavours to carry out each task in the Schedule of Obligations.\n\n' + schedule(PATCH('Provider'));
    assert.notEqual(bundledStatus(body, 'patching.ongoing-service'), 'present');
  });

  it('binds the noun-phrase bullets of a section named by its number', () => {
    const body = '## 2. Terms\n\nThe Provider shall deliver all items listed in section 4 from the Start Date.\n\n## 4. Deliverables in scope\n\nSecurity work:\n\n- Weekly installation of operating system security updates on every managed laptop, with critical fixes within five days.\n';
    assert.equal(bundledStatus(body, 'patching.ongoing-service'), 'present');
  });

  it('an item whose own words give the act to the customer is the customer\'s', () => {
    const body = '## 2. Terms\n\nThe Provider shall deliver all items listed in section 4.\n\n## 4. Deliverables in scope\n\n- Backup reporting: the Customer copies its databases each night to its own storage and the Provider reports on the jobs.\n';
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'wrong-party');
  });

  it('a list the clause calls illustrative is not bound', () => {
    const body = '## 2. Terms\n\nThe Provider shall deliver all items listed in section 4, which are illustrative of the kind of work available.\n\n## 4. Possible work\n\n- Weekly installation of operating system security updates on every managed laptop.\n';
    assert.notEqual(bundledStatus(body, 'patching.ongoing-service'), 'present');
  });

  it('a bound section\'s price list still charges, not obliges', () => {
    const prices = '| Item | Monthly fee |\n|---|---|\n| Security updates for managed laptops | 400 |\n';
    const body = `## 2. Terms\n\nThe Provider shall deliver all items listed in section 4.\n\n## 4. Charges\n\n${prices}`;
    assert.notEqual(bundledStatus(body, 'patching.ongoing-service'), 'present');
  });

  it('a bound noun phrase that limits administrative access to what each person needs is least privilege', () => {
    const terms = '## 2. Terms\n\nThe Provider shall deliver all items listed in section 4.\n\n## 4. Deliverables in scope\n\n';
    const limited = '- Administrative access for Provider engineers limited to the servers and privileges each engineer needs for the job at hand.\n';
    const convenient = '- Administrative access for Provider engineers limited where convenient.\n';
    assert.equal(bundledStatus(terms + limited, 'privilege.least-privilege'), 'present');
    assert.equal(bundledStatus(terms + convenient, 'privilege.least-privilege'), 'weak');
  });

  it('a bound item hedged by whoever\'s capacity is weak', () => {
    const body = '## 2. Terms\n\nThe Provider shall deliver all items listed in section 4.\n\n## 4. Deliverables in scope\n\n- Weekly installation of operating system security updates on every managed laptop as engineering capacity allows.\n';
    assert.equal(bundledStatus(body, 'patching.ongoing-service'), 'weak');
  });
});
