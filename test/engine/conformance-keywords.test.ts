// RFC 2119 conformance clauses (conformance.ts): capitalised MUST binds, MAY is an option, SHOULD is
// a recommendation unless the document makes it binding; the hover names the reading and the
// clause. Sentences of our own, on several requirements.
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine';
import { aa22, bundledStatus, MSA_PREAMBLE } from './matching-helpers';

const RFC = '1.1 The key words "MUST", "MUST NOT", "SHOULD" and "MAY" in this Schedule are to be interpreted as described in RFC 2119.\n\n';
const BINDING = '1.1 In this Schedule a requirement written with MUST or SHOULD is a binding obligation of the Provider; MAY marks an option.\n\n';
const RECOMMENDATION = '1.1 A requirement written with SHOULD is a recommendation only, and the Provider is not in breach if it does not follow it.\n\n';
const EXPLAIN = '1.1 SHOULD means that the Provider must comply unless it documents a reason for departing from the requirement.\n\n';

const ASKS: [string, string][] = [
  ['backup.contracted-service', 'back up all Customer servers every night to a separate site.'],
  ['patching.ongoing-service', 'install vendor security patches on all managed servers within fourteen days of release.'],
  ['incident.notification', 'notify the Customer of any security incident within four hours of detecting it.'],
  ['mfa.provider-access', 'require multi-factor authentication for every account its engineers use to reach Customer systems.'],
];

function reasonOf(body: string, id: string): string {
  const catalog = { ...aa22(), requirements: aa22().requirements.filter((r) => r.id === id) };
  return analyze(MSA_PREAMBLE + body + '\n', { catalog, force: true }).findings[0]!.evidence[0]?.reason ?? '';
}

describe('conformance keywords read as the document defines them', () => {
  for (const [id, act] of ASKS) {
    it(`${id}: MUST binds and RFC 2119 SHOULD is a recommendation, named in the hover`, () => {
      assert.equal(bundledStatus(`${RFC}**R-1** The Provider MUST ${act}`, id), 'present');
      assert.equal(bundledStatus(`${RFC}**R-1** The Provider SHOULD ${act}`, id), 'weak');
      assert.match(reasonOf(`${RFC}**R-1** The Provider SHOULD ${act}`, id), /RFC 2119 \(clause 1\.1\)/);
    });
    it(`${id}: a document that makes SHOULD binding reads it as a duty`, () => {
      assert.equal(bundledStatus(`${BINDING}**R-1** The Provider SHOULD ${act}`, id), 'present');
      assert.match(reasonOf(`${BINDING}**R-1** The Provider SHOULD ${act}`, id), /binds in this document: clause 1\.1/);
    });
    it(`${id}: a document that makes SHOULD a recommendation, or comply-or-explain, keeps it weak`, () => {
      assert.equal(bundledStatus(`${RECOMMENDATION}**R-1** The Provider SHOULD ${act}`, id), 'weak');
      assert.equal(bundledStatus(`${EXPLAIN}**R-1** The Provider SHOULD ${act}`, id), 'weak');
      assert.match(reasonOf(`${EXPLAIN}**R-1** The Provider SHOULD ${act}`, id), /giving a reason/);
    });
    it(`${id}: MAY is an option whatever the document says of SHOULD`, () => {
      assert.equal(bundledStatus(`${BINDING}**R-1** The Provider MAY ${act}`, id), 'weak');
    });
  }

  it('must not fire: a lower-case "should" is not the defined keyword', () => {
    assert.equal(bundledStatus(`${BINDING}The Provider should back up all Customer servers every night.`, 'backup.contracted-service'), 'weak');
  });

  it('must not fire: without a conformance clause, SHOULD stays permissive', () => {
    assert.equal(bundledStatus('**R-1** The Provider SHOULD back up all Customer servers every night.', 'backup.contracted-service'), 'weak');
  });

  it('must not fire: a clause that defines only MUST as binding leaves SHOULD weak', () => {
    const only = '1.1 A requirement written with MUST is a binding obligation of the Provider.\n\n';
    assert.equal(bundledStatus(`${only}**R-1** The Provider SHOULD back up all Customer servers every night.`, 'backup.contracted-service'), 'weak');
  });
});
