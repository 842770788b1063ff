/**
 * When the clause that covers a requirement is deleted, no sentence that only shares its words may
 * keep the requirement alive (the "removed" variants of `npm run eval`). Each case states a general
 * drafting pattern, with sentences of our own that must not count and ones that still must.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const status = (body: string, id: string): string => bundledStatus(body, id);

describe('sentences that survive a deleted clause without covering it', () => {
  describe('the parts of a definition oblige no one', () => {
    it('a definitions lead-in under a heading that names the topic is no clause about the topic', () => {
      const body = '## 9. Supply Chain Risk\n\n(a) Definitions. As used in this clause—\n\n“Covered item” means any equipment delivered under this Agreement.\n';
      assert.equal(status(body, 'supply-chain.risk-management'), 'missing');
      const lead = '## 9. Supply Chain Risk\n\nFor the purposes of this Schedule, the following terms apply:\n\n“Covered item” means any equipment delivered under this Agreement.\n';
      assert.equal(status(lead, 'supply-chain.risk-management'), 'missing');
      // The clause after the definitions still binds.
      const binding = `${body}\n(b) The Provider shall manage the supply chain risks of its suppliers and report them to the Customer every quarter.\n`;
      assert.equal(status(binding, 'supply-chain.risk-management'), 'present');
    });

    it('the items of a definition split into a list say what a word covers, not who must do it', () => {
      const body =
        '“Managed Security Services” means the services that—\n\n(1) Consist of—\n\n(i) A nightly backup of the Customer Data to a second site;\n\n(ii) A monthly restore test of that backup.\n';
      assert.equal(status(body, 'backup.contracted-service'), 'missing');
      const colon = '“Security Review” means:\n\n(a) a review of the Provider’s most recent penetration test report; and\n\n(b) an audit of the Provider’s security controls by the Customer.\n';
      assert.equal(status(colon, 'governance.periodic-review'), 'missing');
    });

    it('an item that binds a party to what is defined, and an ordinary list under a duty, still count', () => {
      const binds = '“Backup Service” means—\n\n(i) the nightly backup of the Customer Data, which the Provider shall perform throughout the Term.\n';
      assert.equal(status(binds, 'backup.contracted-service'), 'present');
      const duty = 'The Provider shall—\n\n(i) back up the Customer Data every night to a second site; and\n\n(ii) test a restore of that backup every month.\n';
      assert.equal(status(duty, 'backup.contracted-service'), 'present');
    });
  });

  describe('finding the patches that are missing is not applying them', () => {
    const id = 'patching.ongoing-service';

    it('a scan that identifies missing patches or updates is vulnerability identification', () => {
      assert.equal(status('The Provider shall run a vulnerability scanner every week to identify missing patches on the Customer’s servers.', id), 'missing');
      assert.equal(status('An authenticated scan is used at least fortnightly to detect missing security updates for operating systems and firmware.', id), 'missing');
      assert.equal(status('The Provider shall report missing updates on the Managed Devices to the Customer each month.', id), 'missing');
    });

    it('a sentence that also installs what is missing keeps the duty', () => {
      assert.equal(status('The Provider shall identify missing security updates on all servers and install them within fourteen (14) days.', id), 'present');
      assert.equal(status('Missing patches found by the weekly scan shall be applied by the Provider within one month.', id), 'present');
    });
  });
});
