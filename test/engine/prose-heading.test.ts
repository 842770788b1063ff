/**
 * A body paragraph that a conversion styled as a "#" heading is read as body text of the section
 * above it; short headings, and long ones in Title Case, stay headings.
 */
import { strict as assert } from 'node:assert';
import { parseDocument } from '../../server/src/engine/parse';
import { isProseHeading } from '../../server/src/engine/parse/prose-heading';
import { bundledStatus } from './matching-helpers';

const PREAMBLE = '# Hosting Agreement\n\nThis Agreement is between Fernhill Hosting LLC (the "Provider") and Larkspur Credit Union (the "Customer").\n\n';

const status = (body: string, id: string): string => bundledStatus(body, id, PREAMBLE);

describe('a paragraph styled as a heading', () => {
  const prose = '#### The Provider shall back up all Customer Data every night and keep each copy for thirty days in a second data centre.';

  it('is a clause of the section above it, not a section of its own', () => {
    const doc = parseDocument(`## 7. Backups\n\n${prose}\n`);
    assert.equal(doc.sections.length, 1);
    const unit = doc.units.find((u) => u.kind === 'paragraph')!;
    assert.match(unit.sentences[0]!.text, /^The Provider shall back up/);
    assert.equal(unit.section, 0);
  });

  it('its duty is evidence', () => {
    assert.equal(status(`## 7. Backups\n\n${prose}`, 'backup.contracted-service'), 'present');
  });

  it('short headings and long Title Case headings stay headings', () => {
    assert.equal(isProseHeading('## 5.3 Security.'), false);
    assert.equal(isProseHeading('### Backups and restoration of customer data in the secondary data centre'), false);
    assert.equal(isProseHeading('### Annual Review And Validation Of The Accounts Of All System Users Under The Agreement With The Customer.'), false);
    assert.equal(isProseHeading(prose.replace(/^#+/, '')), true);
    assert.equal(isProseHeading(' Keep the recovery plan current and test it each year as described in the “Recovery Planning Guide.”'), true);
  });
});
