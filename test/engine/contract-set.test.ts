import { strict as assert } from 'node:assert';
import { analyzeContractSet, declaredParts, securityMember, type ContractSetAnalysis } from '../../server/src/engine/contract-set';
import { defaultPackDir, loadCatalog } from '../../server/src/engine/catalog/load';
import { insertClauseFix } from '../../server/src/engine/fixes';
import { applyEdits } from '../../server/src/engine/edits';
import { parseDocument } from '../../server/src/engine/parse';
import { read } from './editor-helpers';

const catalog = loadCatalog([defaultPackDir()]);

const MAIN = `# Managed Services Agreement

Acme Hosting Limited (the "Supplier") and Blue Harbour plc (the "Client") agree as follows.

## 1. Services

1.1 The Supplier shall provide the managed services described in [Schedule 1](schedule-1.md).

1.2 The Supplier shall comply with [Schedule 2 (Security)](./schedule-2.md#top).

1.3 The Client shall pay the fees within thirty days. See also [the pricing page](https://example.com/pricing.md)
and [our notes](notes.md).
`;

const SECURITY_PART = `# Schedule 2 – Security

2.1 The Supplier shall enforce multi-factor authentication on every account its personnel use to access the Client's systems.

2.2 The Supplier shall, where possible, retain security logs for at least twelve months.
`;

const SERVICES_PART = `# Schedule 1 – Services

1. The Supplier shall provide a service desk during business hours.
`;

function setOf(main: string, parts: [string, string][]): ContractSetAnalysis {
  return analyzeContractSet(
    [{ file: 'msa.md', doc: parseDocument(main) }, ...parts.map(([file, text]) => ({ file, doc: parseDocument(text) }))],
    { catalog },
  );
}

function findingOf(set: ContractSetAnalysis, id: string) {
  const f = set.findings.find((x) => x.requirement.id === id);
  assert.ok(f, `no finding for ${id}`);
  return f;
}

describe('contract sets', () => {
  describe('declaredParts', () => {
    it('finds relative Markdown links whose text names a schedule, exhibit, annex, appendix or addendum', () => {
      const refs = declaredParts(parseDocument(MAIN), { links: true });
      assert.deepEqual(refs.map((r) => [r.target, r.source]), [['schedule-1.md', 'link'], ['./schedule-2.md', 'link']]);
      assert.equal(MAIN.slice(refs[0]!.start, refs[0]!.end), '[Schedule 1](schedule-1.md)');
    });

    it('reads front matter parts, and no links when link discovery is off', () => {
      const text = `---\nclauselint:\n  parts: [exhibit-a.md, "annex b.md"]\n---\n${MAIN}`;
      const refs = declaredParts(parseDocument(text), { links: false });
      assert.deepEqual(refs.map((r) => [r.target, r.source]), [['exhibit-a.md', 'front-matter'], ['annex b.md', 'front-matter']]);
    });

    it('ignores images, links in code and links to other kinds of files', () => {
      const text = '# Agreement\n\n![Exhibit A](exhibit-a.md)\n\n```\n[Schedule 4](schedule-4.md)\n```\n\nSee [Appendix C](appendix-c.pdf) and [Annex D](mailto:x@example.com).\n';
      assert.deepEqual(declaredParts(parseDocument(text), { links: true }), []);
    });

    it('decodes percent-encoded link targets', () => {
      const refs = declaredParts(parseDocument('# Agreement\n\nThe Provider shall comply with [Exhibit B](exhibit%20b.md).\n'), { links: true });
      assert.deepEqual(refs.map((r) => r.target), ['exhibit b.md']);
    });
  });

  describe('analyzeContractSet', () => {
    it('counts evidence in any part: MFA in the schedule is not missing on the main document', () => {
      const alone = setOf(MAIN, []);
      assert.equal(findingOf(alone, 'mfa.provider-access').status, 'missing');
      const set = setOf(MAIN, [['schedule-1.md', SERVICES_PART], ['schedule-2.md', SECURITY_PART]]);
      const mfa = findingOf(set, 'mfa.provider-access');
      assert.equal(mfa.status, 'present');
      assert.equal(mfa.file, 'schedule-2.md');
      assert.equal(mfa.evidence[0]!.file, 'schedule-2.md');
      assert.equal(mfa.evidence[0]!.line, 3);
    });

    it('reads the parties defined in the main document in the parts', () => {
      // The part names the provider only by its legal name, which the main document defines.
      const part = '# Schedule 2 – Security\n\n2.1 Acme Hosting Limited shall enforce multi-factor authentication on every account its personnel use to access the systems of Blue Harbour plc.\n';
      const set = setOf(MAIN, [['schedule-2.md', part]]);
      assert.equal(findingOf(set, 'mfa.provider-access').status, 'present');
      const partParties = set.members[1]!.own.parties;
      assert.equal(partParties.provider, 'Supplier');
      assert.ok(partParties.names.some((n) => n.legalName === 'Acme Hosting Limited' && n.role === 'provider'));
    });

    it('reports a requirement missing everywhere once, on the main document title', () => {
      const set = setOf(MAIN, [['schedule-2.md', SECURITY_PART]]);
      const backup = findingOf(set, 'backup.contracted-service');
      assert.equal(backup.status, 'missing');
      assert.equal(backup.file, 'msa.md');
      assert.equal(MAIN.slice(backup.range.start, backup.range.end), '# Managed Services Agreement');
      const main = set.members[0]!.result;
      const part = set.members[1]!.result;
      assert.ok(main.findings.some((f) => f.requirement.id === 'backup.contracted-service' && f.status === 'missing'));
      assert.ok(!part.findings.some((f) => f.status === 'missing'), 'no missing finding on a part');
    });

    it('keeps a clause finding on the file and line of the clause', () => {
      const set = setOf(MAIN, [['schedule-2.md', SECURITY_PART]]);
      const weak = set.findings.find((f) => f.status === 'weak' && f.file === 'schedule-2.md');
      assert.ok(weak, 'the hedged log clause is a finding on the schedule');
      assert.equal(SECURITY_PART.slice(weak.range.start, weak.range.end), 'where possible');
      const view = set.members[1]!.result.findings.find((f) => f.requirement.id === weak.requirement.id)!;
      assert.deepEqual(view.range, weak.range);
      assert.ok(view.evidence.every((e) => SECURITY_PART.slice(e.start, e.end) === SECURITY_PART.slice(e.start, e.end) && !('file' in e)));
    });

    it('accepts a missing requirement when any member has a suppression for it', () => {
      const part = SECURITY_PART + '\n<!-- clauselint-disable backup.contracted-service -- the Client runs its own backups -->\n';
      const set = setOf(MAIN, [['schedule-2.md', part]]);
      assert.equal(findingOf(set, 'backup.contracted-service').status, 'accepted');
    });

    it('is not a contract when the main document is not one', () => {
      const set = setOf('# Notes\n\nSome text.\n', [['schedule-2.md', SECURITY_PART]]);
      assert.equal(set.isContract, false);
      assert.deepEqual(set.findings, []);
    });
  });

  describe('securityMember and the insert fix', () => {
    it('picks the part whose title is about security, and the fix inserts there', () => {
      const set = setOf(MAIN, [['schedule-1.md', SERVICES_PART], ['schedule-2.md', SECURITY_PART]]);
      const target = securityMember(set);
      assert.equal(target.file, 'schedule-2.md');
      const backup = findingOf(set, 'backup.contracted-service');
      const fix = insertClauseFix(target.own, backup)!;
      const after = applyEdits(SECURITY_PART, fix.edits);
      assert.ok(after.startsWith(SECURITY_PART.trimEnd()), 'appended to the schedule');
      assert.match(after.slice(SECURITY_PART.length), /The Supplier shall provide backup services/);
      // The schedule is one article: the clause continues its numbering, no new section is opened.
      assert.match(after.slice(SECURITY_PART.length), /^2\.3 The Supplier shall provide backup services/m);
      assert.doesNotMatch(after, /^#+ Security$/m);
    });

    it('a title over unnumbered paragraphs still gets a new Security section (not one article)', () => {
      const unnumbered = SECURITY_PART.replace(/^2\.\d /gm, '');
      const set = setOf(MAIN, [['schedule-2.md', unnumbered]]);
      const fix = insertClauseFix(securityMember(set).own, findingOf(set, 'backup.contracted-service'))!;
      assert.match(applyEdits(unnumbered, fix.edits), /^## Security$/m);
    });

    it('falls back to the main document without a security part', () => {
      const set = setOf(MAIN, [['schedule-1.md', SERVICES_PART]]);
      assert.equal(securityMember(set).file, 'msa.md');
    });

    it('splits the sample agreement: examples/msa.md with its security schedule', () => {
      const main = read('examples/msa.md');
      const schedule = read('examples/schedule-3-security.md');
      assert.deepEqual(declaredParts(parseDocument(main), { links: true }).map((r) => r.target), ['schedule-3-security.md']);
      const set = analyzeContractSet([{ file: 'examples/msa.md', doc: parseDocument(main) }, { file: 'examples/schedule-3-security.md', doc: parseDocument(schedule) }], { catalog });
      assert.equal(findingOf(set, 'mfa.provider-access').status, 'present');
      assert.equal(findingOf(set, 'logging.retention').file, 'examples/schedule-3-security.md');
      assert.equal(findingOf(set, 'backup.contracted-service').file, 'examples/msa.md');
      assert.equal(securityMember(set).file, 'examples/schedule-3-security.md');
    });
  });
});
