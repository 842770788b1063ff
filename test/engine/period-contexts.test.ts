/**
 * Periods in a retention clause that are not periods of keeping: hours of cover ("analysed 24 hours
 * a day, 7 days a week") and a deadline for another act ("… and look into every alert within one
 * hour"). And a title that names the logs' storage ("Log storage") names the logs. Sentences
 * written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const ID = 'logging.retention';
const at = (s: string): string => `## 7. Logging\n\n${s}`;

describe('hours of cover and deadlines are no retention period', () => {
  it('reads the period of keeping beside hours of cover', () => {
    assert.equal(bundledStatus(at('The Provider shall monitor the security logs 24 hours a day, 7 days a week, and retain them for twelve months.'), ID), 'present');
    assert.equal(bundledStatus(at('The Provider shall monitor the security logs 24 hours a day and retain them for thirty days.'), ID), 'below-threshold');
  });
  it('a deadline for another act leaves no period stated', () => {
    assert.equal(bundledStatus(at('The Provider shall collect and store security logs from all servers and look into every high-risk alert within one hour.'), ID), 'weak');
  });
  it('a short period of keeping still falls short', () => {
    assert.equal(bundledStatus(at('The Provider shall retain security logs in the SIEM for 90 days.'), ID), 'below-threshold');
  });
});

describe('a log storage title names the logs', () => {
  it('decides over a monitoring clause that names no period', () => {
    const body = '## 7. Logging\n\n(a) **Monitoring and logs.** The Provider shall collect the security logs of every server into its monitoring platform and have them analysed 24 hours a day.\n\n(b) **Log storage.** The Provider shall keep the records collected under paragraph (a) for at least 12 months.';
    assert.equal(bundledStatus(body, ID), 'present');
  });
});
