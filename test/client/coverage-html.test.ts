import { strict as assert } from 'node:assert';
import { coverageViewHtml as coverageHtml } from '../../server/src/reporters/coverage-view-html';
import { coverageOf } from '../../server/src/engine/coverage';
import { check, read } from '../engine/editor-helpers';

describe('coverage view HTML', () => {
  const hostile = read('examples/msp-master-services-agreement.md').replace(
    'The Provider shall retain Security Logs for ninety (90) days.',
    'The Provider shall retain Security Logs for ninety (90) days. <script>alert(1)</script> <img src="https://evil.example/x.png">',
  );
  const html = coverageHtml({ documentName: 'draft <b>1</b>.md', coverage: coverageOf(check(hostile)) }, 'NONCE123');

  it('has a strict CSP: nothing but the nonce\'d inline style and script', () => {
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-NONCE123'; script-src 'nonce-NONCE123';">/);
    assert.equal((html.match(/<script/g) ?? []).length, 1);
    assert.match(html, /<script nonce="NONCE123">/);
    assert.match(html, /<style nonce="NONCE123">/);
    assert.doesNotMatch(html, /\bsrc=|<link|@import|url\(/, 'no resources are loaded');
  });

  it('escapes document text and names', () => {
    assert.ok(html.includes('draft &lt;b&gt;1&lt;/b&gt;.md'));
    assert.doesNotMatch(html, /<script>alert/);
    assert.doesNotMatch(html, /<img/);
  });

  it('lists every requirement with its status and evidence links that carry offsets', () => {
    for (const title of ['MFA on provider accounts', 'Backups of critical data and configurations', 'Security logs kept at least six months']) assert.ok(html.includes(title), title);
    assert.match(html, /<a href="#" class="jump" data-start="\d+" data-end="\d+" title="Go to line 201">line 201<\/a>/);
    assert.match(html, /<strong>1\/5<\/strong> requirements met \(20%\)/);
    assert.match(html, /data-export="markdown"/);
    assert.match(html, /data-export="csv"/);
  });
});
