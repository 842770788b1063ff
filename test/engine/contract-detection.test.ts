/**
 * Contract detection: real non-contract Markdown (the docs shipped in node_modules, clauselint's
 * own docs) stays silent, and the evaluation corpus is read as contracts.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decideContract } from '../../server/src/engine/contract';
import { parseDocument } from '../../server/src/engine/parse';
import { detectParties } from '../../server/src/engine/parties';
import { corpusContracts, judgeFile, measureDetection, nodeModulesDocs, ownDocs } from '../../scripts/eval-detection';
import { HELD_OUT_NOT_READ_AS_CONTRACTS } from '../../scripts/msp-drafts';

function judge(text: string): { isContract: boolean; reason: string } {
  const doc = parseDocument(text);
  return decideContract(doc, detectParties(doc));
}

/** Corpus files that SOURCES.md itself calls something other than a contract. */
const NOT_CONTRACTS_PER_SOURCES = new Set([
  '07-basecamp-security-overview.md', // security-policy-page: "not a contract"
  '39-asd-ism-guidelines-procurement-and-outsourcing-2025-09.md', // gov-standard: control statements
  '40-asd-ism-guidelines-system-monitoring-2025-09.md', // gov-standard
  '41-asd-essential-eight-maturity-level-three-requirements.md', // gov-standard, no shall/must
]);

describe('contract detection', function () {
  this.timeout(300_000);

  it('reads at most 0.5% of >= 1,000 real READMEs, changelogs, licences and docs pages as contracts', () => {
    const sample = nodeModulesDocs();
    assert.ok(sample.length >= 1000, `only ${sample.length} documentation files in node_modules`);
    const r = measureDetection(sample, []);
    const rate = r.falsePositives.length / r.nonContracts;
    assert.ok(rate <= 0.005, `${r.falsePositives.length}/${r.nonContracts} read as contracts:\n${r.falsePositives.join('\n')}`);
  });

  it("does not read clauselint's own README.md and docs as contracts", () => {
    const files = ownDocs();
    assert.ok(files.some((f) => path.basename(f) === 'README.md'));
    for (const f of files) assert.equal(judgeFile(f).isContract, false, `${f}: ${judgeFile(f).reason}`);
  });

  it('reads every contract of the evaluation corpus as a contract', function () {
    const files = corpusContracts();
    if (!files.length) this.skip();
    const missed = files.filter((f) => !NOT_CONTRACTS_PER_SOURCES.has(path.basename(f)) && !judgeFile(f).isContract);
    assert.deepEqual(missed.map((f) => `${path.basename(f)}: ${judgeFile(f).reason}`), []);
  });

  it('reads a short draft with defined parties as a contract, even with a code block in it', () => {
    const draft = [
      '# Hosting Agreement',
      '',
      'This agreement is made between Bluefin Hosting Ltd. (the "Host") and Larkspur Foods plc (the "Client").',
      '',
      'The Host shall keep the platform patched. The Host shall back up the Client data daily. The Client shall pay each invoice within thirty days.',
      '',
      '```text',
      'backup window: 01:00-03:00',
      '```',
    ].join('\n');
    const r = judge(draft);
    assert.equal(r.isContract, true, r.reason);
  });

  it('reads a procurement clause titled with its clause number as a contract', () => {
    const clause = [
      '# 912.301-70 Records of Remote Maintenance',
      '',
      '(a) The Contractor shall log every remote maintenance session.',
      '',
      '(b) The Contractor shall keep the records for the term of the contract and make them available to the Contracting Officer on request.',
    ].join('\n');
    const r = judge(clause);
    assert.equal(r.isContract, true, r.reason);
  });

  it('reads terms of service that bind their reader ("you agree") as a contract', () => {
    const terms = [
      '# Terms of Use',
      '',
      'By using the service you agree to these terms. You agree not to misuse the service.',
      '',
      'You represent and warrant that you are authorised to accept these terms on behalf of your organisation.',
      '',
      'We may terminate your access if you breach these terms. Our liability is limited to the fees you paid. These terms are governed by the law of Ireland.',
    ].join('\n');
    const r = judge(terms);
    assert.equal(r.isContract, true, r.reason);
  });

  it('does not read a README that tells its reader what they must do as a contract', () => {
    const readme = [
      '# fast-thing',
      '',
      '[![build](https://img.shields.io/badge/build-passing-green.svg)](https://ci.invalid/fast-thing)',
      '',
      'You must install Node 20. You must not call `run()` twice. Each option shall be a string.',
      '',
      '```bash',
      'npm install fast-thing',
      '```',
      '',
      '## `run(options)`',
      '',
      'Runs the thing. The caller must pass `options.path`; the function will throw otherwise.',
    ].join('\n');
    const r = judge(readme);
    assert.equal(r.isContract, false, r.reason);
  });

  it('does not count obligations quoted in a guide or changelog; the same sentences unquoted are a draft', () => {
    const quoted = [
      '# Release notes',
      '',
      'Parties defined after an address now read, e.g. `("Tarn")`, and terms like ("Services") too.',
      'A clause such as "The Customer shall back up its own laptops" no longer overrides the provider.',
      'A sentence like "The Provider shall pay the backup fees" is a payment term.',
      'The reading of “The Supplier must notify the Customer within a day” is unchanged.',
      'We also read "Stratus will patch the estate" as patching.',
    ].join('\n');
    const r = judge(quoted);
    assert.equal(r.isContract, false, r.reason);
    const obligations = (reason: string): number => Number(/(\d+) party obligations?/.exec(reason)?.[1] ?? 0);
    const unquoted = quoted.replace(/["“”]/g, '');
    assert.equal(obligations(r.reason), 0, r.reason);
    assert.ok(obligations(judge(unquoted).reason) >= 3, judge(unquoted).reason);
  });

  it('does not read an open-source licence as a contract, though it defines a licensor and a licensee', () => {
    const licence = [
      'The MIT License',
      '',
      'Copyright (c) 2031 Example Contributors ("Licensor")',
      '',
      'Permission is hereby granted, free of charge, to any person obtaining a copy of this software (the "Licensee"), to deal in the Software without restriction.',
      '',
      'The above copyright notice shall be included in all copies. The Licensee shall not remove it. The Licensor shall not be liable for any claim, damages or other liability.',
    ].join('\n');
    const r = judge(licence);
    assert.equal(r.isContract, false, r.reason);
  });

  it('front matter still decides first', () => {
    assert.equal(judge('---\nclauselint: true\n---\n# Notes\n\nNothing legal here.').isContract, true);
    assert.equal(judge('---\nclauselint: false\n---\n# Services Agreement\n\nThe Provider shall act. The Provider shall report. The Provider shall patch.').isContract, false);
  });
  it('reads an engagement letter as a contract: title, letter definitions, acceptance block', () => {
    // Professional firms and small MSPs contract by letter: first person, no "shall", a date and a salutation.
    const letter = [
      '**Larchmont Systems**',
      '',
      '3 March 2027',
      '',
      'Dear Mr Okafor,',
      '',
      '## Engagement letter: IT support for Okafor Dental',
      '',
      'Thank you for asking us to look after the practice. This letter sets out what we have agreed.',
      '',
      'In this letter "we", "us" and "our" mean Larchmont Systems Ltd, and "you" and "the Practice" mean Okafor Dental Ltd.',
      '',
      '## 1. Our work',
      '',
      'We will answer support calls on working days and keep your laptops and firewall up to date.',
      '',
      '## 2. Fees',
      '',
      'You will pay our monthly fee within thirty days of each invoice.',
      '',
      'Yours sincerely,',
      '',
      'Accepted and agreed for and on behalf of Okafor Dental Ltd:',
    ].join('\n');
    const r = judge(letter);
    assert.equal(r.isContract, true, r.reason);
    // The same writer's newsletter has none of the marks of an agreement.
    const newsletter = [
      '3 March 2027',
      '',
      'Dear customers,',
      '',
      '## What we have been up to',
      '',
      'We moved into a bigger office this spring and we will keep the support line open until 8pm.',
      '',
      'We will write again in the summer. Thank you for your custom.',
      '',
      'Yours sincerely,',
    ].join('\n');
    assert.equal(judge(newsletter).isContract, false, judge(newsletter).reason);
  });

  it('reads every original MSP draft as a contract without being asked (the editor does not force)', () => {
    const dir = path.join(__dirname, '../fixtures/msp-drafts');
    const drafts = fs.readdirSync(dir).filter((f) => /^\d\d-.*\.md$/.test(f));
    assert.ok(drafts.length >= 30);
    const missed = drafts.filter((f) => !judge(fs.readFileSync(path.join(dir, f), 'utf8')).isContract);
    assert.deepEqual(missed.filter((f) => !HELD_OUT_NOT_READ_AS_CONTRACTS.includes(f)), []);
  });
});
