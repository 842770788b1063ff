/**
 * A caption does not decide against its own paragraph: "6. Security patching. The Provider is not
 * required to …" is the paragraph's disclaimer, whatever the caption alone would read as. The
 * same holds when an amendment quotes the numbered paragraph it inserts ("> \"6. Backups. …\"").
 * Tried on five requirements with paragraphs written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const ITEMS: Record<string, [caption: string, act: string]> = {
  'patching.ongoing-service': ['Security patching', 'apply vendor security patches to the Customer systems within fourteen days of release'],
  'backup.contracted-service': ['Backups', 'back up all Customer Data every day'],
  'mfa.provider-access': ['Multi-factor authentication', 'require multi-factor authentication for all remote access by its personnel to the Customer systems'],
  'accounts.deprovisioning': ['Leavers', 'disable the accounts of its departing personnel within one business day'],
  'logging.retention': ['Log retention', 'retain security logs for at least twelve months'],
};

const INSERTED = '## 2. Amendments\n\nSchedule 3 is amended by adding the following new paragraph 6:\n\n';

function wrong(paragraph: (act: string) => string, expected: string[], quoted: boolean): string[] {
  return Object.entries(ITEMS)
    .map(([id, [caption, act]]) => {
      const text = `6. ${caption}. ${paragraph(act)}`;
      const body = quoted ? `${INSERTED}> "${text}"\n` : `## 6. Services\n\n${text}\n`;
      return [id, bundledStatus(body, id)] as const;
    })
    .filter(([, got]) => !expected.includes(got))
    .map(([id, got]) => `${id}=${got}`);
}

for (const quoted of [false, true]) {
  const where = quoted ? 'a quoted inserted paragraph' : 'a numbered paragraph';
  describe(`captions: ${where} is read by its sentences, not its caption`, () => {
    it('binds', () => {
      assert.deepEqual(wrong((act) => `The Provider shall ${act}.`, ['present'], quoted), []);
    });
    it('disclaims', () => {
      assert.deepEqual(wrong((act) => `The Provider is not required to ${act}.`, ['negated'], quoted), []);
    });
    it('moves the duty to the customer', () => {
      assert.deepEqual(wrong((act) => `The Customer shall ${act}; the Provider has no role in it.`, ['wrong-party', 'negated'], quoted), []);
    });
    it('hedges (must not read as binding)', () => {
      assert.deepEqual(wrong((act) => `The Provider may, if the Customer asks, ${act}.`, ['weak'], quoted), []);
    });
  });
}

/** Paragraphs whose sentences lean on their caption for the topic words (written for this test). */
const LEANING: Record<string, string> = {
  'transparency.roles-responsibilities': '6. Security responsibilities. Annex B lists, for each security activity, which party performs it. The Provider shall keep Annex B up to date and review it with the Customer every six months.',
  'mfa.provider-access': '6. Multi-factor authentication. The Provider shall ensure that all of its personnel use it for remote access to the Customer systems.',
  'backup.contracted-service': '6. Daily backups. The Provider shall perform these every night for all Customer Data and keep each copy for ninety days.',
};

describe('captions: a quoted inserted paragraph keeps its caption as a caption', () => {
  for (const [id, paragraph] of Object.entries(LEANING)) {
    it(`${id}: the caption titles the quoted paragraph as it titles the plain one`, () => {
      const plain = bundledStatus(`## 6. Services\n\n${paragraph}\n`, id);
      const quoted = bundledStatus(`${INSERTED}> "${paragraph}"\n`, id);
      assert.equal(plain, 'present');
      assert.equal(quoted, 'present');
    });
  }
  it('a quoted definition is not a numbered paragraph ("“Backup” means …")', () => {
    assert.notEqual(bundledStatus(`${INSERTED}> "“Backup” means a copy of Customer Data."\n`, 'backup.contracted-service'), 'present');
  });
});
