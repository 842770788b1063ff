// Later qualification by requirement id (requirement-ids.ts, cited-clause.ts): "Despite SEC-08, …",
// "Notwithstanding requirement SSS-04, …", "SEC-08 does not apply to …" qualify the requirement
// captioned with that id, as "Notwithstanding clause 6.1, …" qualifies clause 6.1. Sentences of our own.
import { strict as assert } from 'node:assert';
import { clauseText, qualifiedClauseNumber } from '../../server/src/engine/cited-clause';
import { captionId, qualifiedRequirementId } from '../../server/src/engine/requirement-ids';
import { parseDocument } from '../../server/src/engine/parse';
import { bundledStatus } from './matching-helpers';

const TABLE = '| ID | Requirement | Priority | Response |\n|---|---|---|---|\n';

describe('requirement ids: read and resolved', () => {
  it('reads the id a qualification cites', () => {
    assert.equal(qualifiedRequirementId('Despite SEC-08, the Provider need patch the branch routers only twice a year.'), 'SEC-08');
    assert.equal(qualifiedRequirementId('Notwithstanding requirement NFR-3.2, backups of test servers are kept for a week.'), 'NFR-3.2');
    assert.equal(qualifiedRequirementId('4.1 SR-12 does not apply to the guest network.'), 'SR-12');
    assert.equal(qualifiedRequirementId('Notwithstanding REQ 4.2, MFA is needed only for remote logins.'), 'REQ 4.2');
    assert.equal(qualifiedClauseNumber('Despite AC-7, lockouts last ten minutes.'), 'AC-7');
  });

  it('must not read: lower-case words with hyphens, or an id mentioned without qualifying', () => {
    assert.equal(qualifiedRequirementId('Despite follow-up calls, the ticket stays open.'), undefined);
    assert.equal(qualifiedRequirementId('The Provider shall meet SEC-08 at all times.'), undefined);
    assert.equal(qualifiedRequirementId('Despite the outage on 12-03, service credits apply.'), undefined);
  });

  it('finds the requirement by its caption id or its table row', () => {
    assert.equal(captionId('**SR-04** The Provider MUST back up all servers daily.'), 'SR-04');
    assert.equal(captionId('SEC-08'), 'SEC-08');
    assert.equal(captionId('The SEC-08 report'), undefined);
    const doc = parseDocument(`# Schedule\n\n**SR-04** The Provider MUST back up all servers daily.\n\n${TABLE}| SEC-08 | The Provider shall apply security patches within 14 days. | Must | Comply |\n`);
    assert.match(clauseText(doc, 'SR-04') ?? '', /back up all servers daily/);
    assert.match(clauseText(doc, 'SEC-08') ?? '', /apply security patches/);
  });
});

describe('requirement ids: a later qualification narrows the requirement it names', () => {
  const cases: [string, string, string, string][] = [
    ['patching.ongoing-service', 'SEC-08', 'The Provider shall apply security patches to all managed servers within 14 days of release.', 'Despite SEC-08, during the first year the Provider is required to update the branch routers only at its half-yearly visits.'],
    ['mfa.provider-access', 'SEC-03', 'The Provider shall require multi-factor authentication for every account its engineers use on Customer systems.', 'Notwithstanding requirement SEC-03, engineers working inside the head office may sign in with a password alone.'],
    ['backup.contracted-service', 'SEC-09', 'The Provider shall back up all Customer servers every night to a separate site.', 'Despite SEC-09, the Provider need copy the archive servers only once a month.'],
    ['logging.retention', 'SEC-07', 'The Provider shall keep security event logs for not less than twelve months.', 'Notwithstanding SEC-07, records from the guest network are kept only for as long as its storage allows.'],
  ];
  for (const [id, ref, ask, later] of cases) {
    it(`${id}: "${later.slice(0, 40)}…" (row ${ref}) reads weak or as a conflict`, () => {
      const body = `${TABLE}| ${ref} | ${ask} | Must | Comply |\n\n## Other terms\n\nD1. ${later}\n`;
      assert.equal(bundledStatus(body, id), 'weak');
    });
    it(`${id}: the same with the requirement captioned "**${ref}**"`, () => {
      const body = `## Requirements\n\n**${ref}** ${ask}\n\n## Other terms\n\nD1. ${later}\n`;
      assert.equal(bundledStatus(body, id), 'weak');
    });
  }

  it('must not fire: a qualification citing an id about another topic leaves the duty alone', () => {
    const body = `${TABLE}| SEC-08 | The Provider shall apply security patches to all managed servers within 14 days of release. | Must | Comply |\n| COM-01 | The Provider shall hold its day rates for two years. | Must | Comply |\n\n## Other terms\n\nD1. Despite COM-01, the Provider may update the day rates only once a year.\n`;
    assert.equal(bundledStatus(body, 'patching.ongoing-service'), 'present');
  });
});
