/** Common phrasings of the duties that the term lists must know (sentences written for this test). */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const status = (body: string, id: string): string => bundledStatus(body, id);

describe('wording of the duties', () => {
  const cases: [string, string][] = [
    ['The Provider shall apply security patches to all systems it manages within 14 days of release.', 'patching.ongoing-service'],
    ['The Provider shall install security fixes on every host it operates.', 'patching.ongoing-service'],
    ['The Provider shall keep point-in-time copies of Customer Data off-site.', 'backup.offline-encrypted'],
    ['The Provider shall take daily snapshots of the database.', 'backup.contracted-service'],
    ['The Provider shall store daily snapshots in a separate region.', 'backup.offline-encrypted'],
    ['The Provider shall ensure that all persons accessing Customer systems on its behalf use multi-factor authentication.', 'mfa.provider-access'],
    ["The Provider shall require MFA for all accounts used to access the Customer's systems.", 'mfa.provider-access'],
  ];
  for (const [sentence, id] of cases) it(`${id}: ${sentence}`, () => assert.equal(status(sentence, id), 'present'));
});
