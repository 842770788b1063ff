/**
 * A heading names what is kept and the sentence under it only the period: "Log Retention" over
 * "The Provider shall retain them for thirty days". The period is the logs' and is held to the six
 * months AA22-131A asks for, as it would be if the sentence named the logs; a sentence that names
 * no period is weak, as "retain security logs" is. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { bundledStatus } from './matching-helpers';

const ID = 'logging.retention';

describe('a retention period under a heading that names the logs', () => {
  it('falls short of six months', () => {
    assert.equal(bundledStatus('## 9. Log Retention\n\nThe Provider shall retain them for thirty days.', ID), 'below-threshold');
    assert.equal(bundledStatus('## 9. Retention of Audit Records\n\nThe Provider shall keep the records for 90 days.', ID), 'below-threshold');
  });
  it('meets six months', () => {
    assert.equal(bundledStatus('## 9. Log Retention\n\nThe Provider shall retain them for twelve months.', ID), 'present');
    assert.equal(bundledStatus('## 9. Security Log Retention\n\nThe Provider shall keep the records for not less than one year.', ID), 'present');
  });
  it('names no period', () => {
    assert.equal(bundledStatus('## 9. Log Retention\n\nThe Provider shall retain them.', ID), 'weak');
    assert.equal(bundledStatus('## 9. Audit Record Retention\n\nThe Provider shall support the archiving of electronic records in line with the records management rules.', ID), 'weak');
  });
});

describe('look-alikes: the sentence names its own subject, or the heading names none', () => {
  it('a sentence that names the logs is read as before', () => {
    assert.equal(bundledStatus('## 9. Log Retention\n\nThe Provider shall retain security logs for twelve months.', ID), 'present');
    assert.equal(bundledStatus('## 9. Log Retention\n\nThe Provider shall retain security logs for thirty days.', ID), 'below-threshold');
  });
  it('a heading that names no logs lends no subject', () => {
    assert.equal(bundledStatus('## 9. Records\n\nThe Provider shall retain its records for thirty days.', ID), 'missing');
  });
});
