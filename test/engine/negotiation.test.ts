// Negotiation drafts (negotiation.ts): an open bracketed alternative binds no more than its weakest
// form; a condition still proposed in brackets makes the duty conditional; "[Agreed:]" text reads as
// agreed and notes to draft are not terms. Every sentence here is written for this test.
import { strict as assert } from 'node:assert';
import { bracketsOf, openReadings } from '../../server/src/engine/negotiation';
import { bundledStatus, MSA_PREAMBLE } from './matching-helpers';

const status = (body: string, id: string): string => bundledStatus(body, id, MSA_PREAMBLE);

describe('negotiation drafts: open brackets', () => {
  describe('the weakest open alternative decides', () => {
    it('side-attributed whole sentences, firm against an effort standard (MFA)', () => {
      const body = '## 5. Security\n\n**5.1 Multi-factor authentication.** [Harbor Bank: The Provider shall require multi-factor authentication for every engineer who signs in to the Customer network.] [Northwind: The Provider shall use reasonable endeavours to require multi-factor authentication for engineers who sign in to the Customer network.]\n';
      assert.equal(status(body, 'mfa.provider-access'), 'weak');
    });

    it('a period offered by each side, one under the minimum (log retention)', () => {
      const body = '## 5. Logs\n\nThe Provider shall retain audit logs of the Customer systems for [Customer: eighteen (18) months] [Provider: three (3) months].\n';
      assert.equal(status(body, 'logging.retention'), 'below-threshold');
    });

    it('unattributed alternatives of the modal itself (backup)', () => {
      const body = '## 6. Backup\n\nThe Provider [shall] [may, at its discretion,] back up the Customer servers every night to a second site.\n';
      assert.equal(status(body, 'backup.contracted-service'), 'weak');
    });

    it('a side that would move the duty to the customer (patching)', () => {
      const body = '## 7. Patching\n\n[Customer: The Provider shall install security patches on all managed servers within fourteen (14) days of release.] [Provider: The Customer shall install security patches on its own servers.]\n';
      assert.notEqual(status(body, 'patching.ongoing-service'), 'present');
    });

    it('a condition one side still proposes (backup, deprovisioning)', () => {
      assert.equal(status('## 6. Backup\n\nThe Provider shall back up the Customer servers every night [provided that the Customer has bought enough storage].\n', 'backup.contracted-service'), 'weak');
      assert.equal(status('## 8. Leavers\n\nThe Provider shall disable the accounts of departing engineers on the Customer systems on their last day [where the Customer tells it of the departure in advance].\n', 'accounts.deprovisioning'), 'weak');
    });

    it('a condition only one side’s wording adds (patching, deprovisioning)', () => {
      assert.equal(status('## 7. Patching\n\nThe Provider shall install security patches on the managed servers [Customer: within fourteen (14) days of release] [Provider: within fourteen (14) days of release, subject to the Customer approving each change window].\n', 'patching.ongoing-service'), 'weak');
      assert.equal(status('## 8. Leavers\n\nThe Provider shall disable the accounts of departing engineers on the Customer systems [Customer: on their last day] [Provider: on their last day, provided that HR has told the service desk].\n', 'accounts.deprovisioning'), 'weak');
    });
  });

  describe('must not fire', () => {
    it('two firm alternatives stay firm (log retention)', () => {
      const body = '## 5. Logs\n\nThe Provider shall retain audit logs of the Customer systems for [Customer: eighteen (18) months] [Provider: twelve (12) months].\n';
      assert.equal(status(body, 'logging.retention'), 'present');
    });

    it('a placeholder value to fill in does not weaken an agreed duty (incident notification, backup)', () => {
      assert.equal(status('## 9. Incidents\n\nThe Provider shall notify the Customer of any security incident within [●] hours of becoming aware of it.\n', 'incident.notification'), 'present');
      assert.equal(status('## 6. Backup\n\nThe Provider shall back up the Customer servers every [four (4)] hours to a second site.\n', 'backup.contracted-service'), 'present');
    });

    it('"[Agreed:]" text reads as agreed (MFA)', () => {
      assert.equal(status('## 5. Security\n\n[Agreed:] The Provider shall require multi-factor authentication for every engineer who signs in to the Customer network.\n', 'mfa.provider-access'), 'present');
    });

    it('a note to draft is no term, even when it names the duty (backup)', () => {
      assert.equal(status('## 6. Backup\n\n[Note to draft: the Provider shall back up the Customer servers every night if the Customer pays for it.]\n', 'backup.contracted-service'), 'missing');
    });

    it('Markdown links in brackets are no alternatives (patching)', () => {
      assert.equal(status('## 7. Patching\n\nThe Provider shall install security patches on all managed servers within fourteen (14) days, as described in [the patch policy](https://example.invalid/p) [and its annex](https://example.invalid/a).\n', 'patching.ongoing-service'), 'present');
    });
  });

  describe('the reader', () => {
    it('knows notes, agreed markers, values and wording', () => {
      const src = '[Note to draft: check.] [Agreed:] within [●] hours [Customer: ten days] [shall] [may]';
      assert.deepEqual(bracketsOf(src).map((b) => b.kind), ['note', 'agreed', 'value', 'words', 'value', 'value']);
      assert.deepEqual(bracketsOf('[within [●] hours]').map((b) => b.kind), ['words']);
    });

    it('gives one reading per alternative and two for an optional bracket', () => {
      const text = 'The Provider shall keep logs for [Customer: one year] [Provider: six months] [if storage allows].';
      const open = openReadings(text, text)!;
      assert.equal(open.variants.length, 4);
      assert.match(open.variants.map((v) => v.label).join(' | '), /\[Provider: six months\] \+ without \[if storage allows\]/);
    });
  });
});
