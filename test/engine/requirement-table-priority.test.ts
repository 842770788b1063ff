// Statements of requirements with a priority column (compliance-matrix.ts): "ID | Requirement |
// Priority | Response | Comment". The priority says how much the buyer wants the row: a Must row
// binds, a Should / Could / Desirable row is a target (weak), a Won't row is not asked for; a
// refused row's comment explains the refusal and promises nothing.
import { strict as assert } from 'node:assert';
import { rowPriority } from '../../server/src/engine/compliance-matrix';
import { bundledStatus } from './matching-helpers';

const HEAD = '| Ref | Requirement | Priority | Bidder response | Comment |\n|---|---|---|---|---|\n';
const row = (id: string, text: string, priority: string, response: string, comment: string): string => `| ${id} | ${text} | ${priority} | ${response} | ${comment} |\n`;

const ASKS: [string, string][] = [
  ['mfa.provider-access', 'The Provider shall require multi-factor authentication for every account its engineers use to reach Customer systems.'],
  ['backup.contracted-service', 'The Provider shall back up all Customer servers every night to a separate site.'],
  ['patching.ongoing-service', 'The Provider shall install vendor security patches on all managed servers within fourteen days of release.'],
  ['incident.notification', 'The Provider shall notify the Customer of any security incident within four hours of detecting it.'],
  ['network.segregation', "The Provider shall keep the Customer's environment logically separated from those of its other customers."],
];

describe('requirement tables: the priority column decides how far a row binds', () => {
  it('reads MoSCoW and Mandatory/Desirable priorities', () => {
    assert.equal(rowPriority('Must'), 'must');
    assert.equal(rowPriority('Mandatory'), 'must');
    assert.equal(rowPriority('M'), 'must');
    assert.equal(rowPriority('Should'), 'target');
    assert.equal(rowPriority('Could have'), 'target');
    assert.equal(rowPriority('Desirable'), 'target');
    assert.equal(rowPriority('D'), 'target');
    assert.equal(rowPriority("Won't"), 'excluded');
    assert.equal(rowPriority('Won’t have'), 'excluded');
    assert.equal(rowPriority('High'), undefined);
  });

  for (const [id, ask] of ASKS) {
    it(`${id}: a Must row answered "Fully compliant" binds`, () => {
      assert.equal(bundledStatus(HEAD + row('R-1', ask, 'Must', 'Fully compliant', 'Included in the core service.'), id), 'present');
    });
    it(`${id}: a Should or Desirable row is a target, not a duty`, () => {
      assert.equal(bundledStatus(HEAD + row('R-1', ask, 'Should', 'Fully compliant', 'Included in the core service.'), id), 'weak');
      assert.equal(bundledStatus(HEAD + row('R-1', ask, 'Desirable', 'Comply', 'Included in the core service.'), id), 'weak');
    });
    it(`${id}: a Won't row is not asked for`, () => {
      assert.equal(bundledStatus(HEAD + row('R-1', ask, "Won't", 'Fully compliant', 'Not in this phase.'), id), 'negated');
    });
  }

  it('a statement of requirements without a response column reads its priority alone', () => {
    const head = '| ID | Requirement | Priority |\n|---|---|---|\n';
    assert.equal(bundledStatus(`${head}| R-1 | ${ASKS[1]![1]} | Mandatory |\n`, 'backup.contracted-service'), 'present');
    assert.equal(bundledStatus(`${head}| R-1 | ${ASKS[1]![1]} | Could |\n`, 'backup.contracted-service'), 'weak');
  });

  it("a refused row's comment that says the buyer's team does it explains the refusal: negated", () => {
    const ask = 'The Provider shall run the response to security incidents on Customer systems.';
    for (const comment of ["The Customer's own operations team handles security incidents; we take no part.", 'Security incidents are handled by the response firm that the Customer already retains.']) {
      assert.ok(['negated', 'wrong-party'].includes(bundledStatus(HEAD + row('R-1', ask, 'Must', 'Non-compliant', comment), 'ir.incident-handling')), comment);
    }
  });

  it('must not fire: a priority column without a requirement column leaves the table alone', () => {
    const body = '| Service | Priority | Notes |\n|---|---|---|\n| Backup | Should | The Provider shall back up all Customer servers every night. |\n';
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'present');
  });

  it('must not fire: an incident priority table ("P1 | Response 30 minutes") is no requirement table', () => {
    const body = '| Priority | Meaning | Response |\n|---|---|---|\n| P1 | a whole site is down | 30 minutes |\n\nThe Provider shall back up all Customer servers every night.\n';
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'present');
  });

  it('must not fire: a comment of a compliant row keeps its own reading', () => {
    const body = HEAD + row('R-1', ASKS[1]![1], 'Must', 'Fully compliant', 'The Customer keeps its own copies of laptop data.');
    assert.equal(bundledStatus(body, 'backup.contracted-service'), 'present');
  });
});
