/** The drafting lexicon is data: schema-checked, loaded with its pack, one list for finding and fixing. */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine/analyze';
import { bundledLexicon, lexiconFor, parseLexicon } from '../../server/src/engine/catalog/lexicon-file';
import { loadCatalog } from '../../server/src/engine/catalog/load';
import { applyEdits } from '../../server/src/engine/edits';
import { fixesFor } from '../../server/src/engine/fixes';
import { compileLexicon } from '../../server/src/engine/lexicon';
import { MFA, req, run, statusOf } from './matching-helpers';
import { billionLaughs } from './yaml-bomb';

const PREAMBLE = '# Services Agreement\n\nThis Agreement is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer").\n\n';

function writePack(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clauselint-lexicon-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const MANIFEST = 'id: house\ntitle: House rules\nversion: 1.0.0\nsource: { title: In-house, url: https://example.invalid }\nlicense: CC0-1.0\nlexicon: lexicon.yaml\n';
const REQUIREMENT = `---
id: house.mfa
title: MFA for provider accounts
party: provider
severity: error
heading: mfa
rationale: Provider accounts need MFA.
citation: { document: AA22-131A, heading: MFA, url: https://example.invalid, verified: false }
detect:
  - [multi-factor authentication, MFA]
---
The {{provider}} shall enforce multi-factor authentication on every Provider Account.
`;

describe('lexicon as data', () => {
  it('the bundled lexicon validates and holds every kind of cue', () => {
    const lex = bundledLexicon();
    assert.ok(lex.hedges.length > 5 && lex.negations.length > 0);
    assert.ok(lex.binding.test('shall') && lex.permissive.test('may') && lex.sole.test('solely responsible for'));
    assert.ok(lex.parties.provider.includes('Contractor') && lex.parties.customer.includes('Licensee'));
  });

  it('a hedge group says how its cues are fixed, inflections included', () => {
    const lex = bundledLexicon();
    assert.equal(lex.fixOf('where possible'), 'delete');
    assert.equal(lex.fixOf('Endeavour to'), 'try');
    assert.equal(lex.fixOf('commercially reasonable efforts'), 'effort');
    assert.equal(lex.fixOf('typically'), undefined);
  });

  it('"{customer}" in a phrase stands for every customer word, with either apostrophe', () => {
    const lex = compileLexicon({ hedges: [{ reason: 'r', fix: 'delete', phrases: ["upon the {customer}'s demand"] }], parties: { customer: ['Client', 'Agency'] } });
    assert.ok(lex.hedges[0]!.set.test('The Provider shall do it upon the Agency’s demand.'));
    assert.ok(lex.hedges[0]!.set.test("upon the Client's demand"));
    assert.equal(lex.fixOf('upon the Client’s demand'), 'delete');
  });

  it('a hedge added to a workspace pack lexicon is both found and fixed', () => {
    const dir = writePack({
      'pack.yaml': MANIFEST,
      'house.mfa.md': REQUIREMENT,
      'lexicon.yaml': 'hedges:\n  - reason: left to a committee of the provider\n    fix: delete\n    phrases: [subject to steering committee approval]\n',
    });
    const catalog = loadCatalog([dir]);
    assert.deepEqual(catalog.problems, []);
    const text = `${PREAMBLE}The Provider shall, subject to steering committee approval, enforce MFA on every Provider Account.\n`;
    const result = analyze(text, { catalog, force: true });
    const finding = result.findings.find((f) => f.requirement.id === 'house.mfa')!;
    assert.equal(finding.status, 'weak');
    assert.match(finding.evidence[0]!.reason, /committee/);
    const fix = fixesFor(result, finding).find((f) => f.kind === 'remove-hedge');
    assert.ok(fix, 'a remove-hedge fix is offered');
    const fixed = applyEdits(text, fix.edits);
    assert.ok(fixed.includes('The Provider shall enforce MFA on every Provider Account.'), fixed);
    assert.equal(analyze(fixed, { catalog, force: true }).findings[0]!.status, 'present');
    // The bundled words still apply to the workspace pack.
    assert.ok(lexiconFor(catalog.requirements[0]!).hedges.some((h) => h.set.test('where possible')));
  });

  it('a broken lexicon is reported with its line like any pack problem; the pack still loads', () => {
    const dir = writePack({ 'pack.yaml': MANIFEST, 'house.mfa.md': REQUIREMENT, 'lexicon.yaml': 'hedges:\n  - reason: no phrases here\n    fix: remove\n' });
    const catalog = loadCatalog([dir]);
    assert.equal(catalog.requirements.length, 1);
    const problems = catalog.problems.filter((p) => p.file.endsWith('lexicon.yaml'));
    assert.ok(problems.some((p) => /phrases/.test(p.message)), JSON.stringify(problems));
    assert.ok(problems.some((p) => /fix/.test(p.message) && p.line === 3), JSON.stringify(problems));
  });

  it('a lexicon whose aliases would expand without bound is refused loudly; the pack keeps the bundled words', () => {
    const dir = writePack({ 'pack.yaml': MANIFEST, 'house.mfa.md': REQUIREMENT, 'lexicon.yaml': `${billionLaughs()}\nhedges: []\n` });
    const catalog = loadCatalog([dir]);
    const problems = catalog.problems.filter((p) => p.file.endsWith('lexicon.yaml'));
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.match(problems[0]!.message, /too many alias references.*not loaded/);
    assert.equal(catalog.requirements.length, 1);
    assert.ok(lexiconFor(catalog.requirements[0]!).hedges.some((h) => h.set.test('where possible')));
  });

  it('a lexicon outside the pack folder is refused', () => {
    const dir = writePack({ 'pack.yaml': MANIFEST.replace('lexicon.yaml', '../lexicon.yaml'), 'house.mfa.md': REQUIREMENT });
    const catalog = loadCatalog([dir]);
    assert.ok(catalog.problems.some((p) => /inside the pack folder/.test(p.message)));
  });

  it('lexicon YAML is data only: unknown keys are refused', () => {
    const { problems } = parseLexicon('hedgez: []\n', 'lexicon.yaml');
    assert.match(problems[0]!.message, /Did you mean "hedges"/);
  });

  it('role words come from the lexicon: a defined "Outsourcer" is the provider', () => {
    const text = 'Acme Hosting Ltd. (the "Outsourcer") and Harbor Bank plc (the "Bank") agree as follows.\n\nThe Outsourcer shall enforce MFA on every account.';
    const custom = req({ id: 't.cust', party: 'customer', detect: [['MFA']] });
    assert.equal(statusOf(text, MFA, true), 'present');
    assert.equal(run(text, [custom], true).findings[0]!.status, 'wrong-party');
  });
});
