/**
 * Manifest conventions: a JSON schema for .clauselint.json (the one the CLI validates with), a
 * `when` for every palette command, no icon without a menu, integer settings typed integer.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';

const ROOT = path.resolve(__dirname, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

interface Property {
  type: string;
  default: unknown;
  enum?: unknown[];
}

describe('extension manifest', () => {
  it('validates .clauselint.json with a schema that ships in the package and matches the settings', () => {
    const [entry] = contributes.jsonValidation;
    assert.equal(entry.fileMatch, '.clauselint.json');
    const file = path.join(ROOT, entry.url);
    assert.ok(fs.existsSync(file), entry.url);
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    assert.ok(ignore.split('\n').includes(`!${path.relative(ROOT, file)}`), 'the schema is in the .vsix allow-list');
    const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
    const settings = Object.entries(contributes.configuration.properties as Record<string, Property>).filter(([k]) => k !== 'clauselint.trace.server');
    assert.deepEqual(Object.keys(schema.definitions).sort(), settings.map(([k]) => k.replace(/^clauselint\./, '')).sort());
    for (const [key, p] of settings) {
      const d = schema.definitions[key.replace(/^clauselint\./, '')];
      assert.deepEqual([d.type, d.default, d.enum], [p.type, p.default, p.enum], key);
    }
    const ajv = new Ajv({ strict: true });
    ajv.addKeyword('enumDescriptions');
    const validate = ajv.compile(schema);
    const readme = { perspective: 'customer', packs: ['aa22-131a'], severity: { 'backup.testing': 'info', 'ir.offline-copies': 'off' }, include: ['contracts/**'], exclude: ['contracts/archive/**'] };
    assert.ok(validate(readme), JSON.stringify(validate.errors));
    assert.ok(validate({ 'clauselint.perspective': 'provider', $schema: './node_modules/clauselint/schemas/clauselint.schema.json' }));
    for (const bad of [{ perspective: 'vendor' }, { debounceMs: 2.5 }, { severity: { x: 'fatal' } }, { unknown: 1 }]) assert.equal(validate(bad), false, JSON.stringify(bad));
  });

  it('every command shows in the palette only where it applies, and no icon is declared without a menu', () => {
    const palette = new Map<string, string>((contributes.menus.commandPalette as { command: string; when: string }[]).map((m) => [m.command, m.when]));
    for (const c of contributes.commands as { command: string; icon?: string }[]) {
      assert.ok(palette.get(c.command), `${c.command} has a "when" in menus.commandPalette`);
      if (c.icon) {
        const menus = Object.entries(contributes.menus).filter(([k]) => k !== 'commandPalette');
        assert.ok(menus.some(([, items]) => (items as { command: string }[]).some((i) => i.command === c.command)), `${c.command}: icon without a menu`);
      }
    }
    assert.equal(palette.get('clauselint.checkThisDocument'), 'editorLangId == markdown');
  });

  it('types whole-number settings as integer', () => {
    for (const [key, p] of Object.entries(contributes.configuration.properties as Record<string, Property>)) {
      if (typeof p.default === 'number') assert.equal(p.type, Number.isInteger(p.default) ? 'integer' : 'number', key);
    }
  });
});
