/** Evidence is quoted as a reader reads it: markup gone, not replaced by blanks (text.ts quotedText). */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { defaultPackDir, loadCatalog } from '../../server/src/engine/catalog/load';
import { quotedText } from '../../server/src/engine/text';

describe('quoted evidence text', () => {
  it('drops the blanks that stood for emphasis, code and link markup; keeps real spaces and line breaks', () => {
    assert.equal(quotedText('the "**Plan**" and `code`', 'the "  Plan  " and  code '), 'the "Plan" and code');
    const link = 'see [the policy](https://x.example/p) now';
    assert.equal(quotedText(link, link.replace(/\[|\]\([^)]*\)/g, (m) => ' '.repeat(m.length))), 'see the policy now');
    assert.equal(quotedText('two  spaces\nand a break', 'two  spaces\nand a break'), 'two  spaces\nand a break');
    assert.equal(quotedText('mismatch', 'other length'), 'other length', 'not a masking of this source: unchanged');
  });

  it('a finding quotes a defined term in bold without stray spaces', () => {
    const text = '# Services Agreement\n\nAcme Ltd. (the "Provider") and Beta Inc. (the "Customer") agree.\n\n## Security\n\n' +
      'The Provider shall maintain a written incident response plan for the Services (the "**Response Plan**") and shall test it every twelve (12) months.\n';
    const result = analyze(text, { catalog: loadCatalog([defaultPackDir()]), force: true });
    const quotes = result.findings.flatMap((f) => f.evidence.map((e) => e.text)).filter((t) => t.includes('Response Plan'));
    assert.ok(quotes.length > 0, 'the plan clause is evidence');
    for (const q of quotes) assert.match(q, /\(the "Response Plan"\)/);
  });
});
