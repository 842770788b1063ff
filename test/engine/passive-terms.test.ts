/**
 * Passive terms ("access is logged", "logs are reviewed") read every auxiliary and let a hedge,
 * a negation or a disclaimer stand between the auxiliary and the participle; the match is the
 * subject, so the classifier reads what stands there. Sentences written for this test.
 */
import assert from 'node:assert/strict';
import { splitPassive } from '../../server/src/engine/passive-terms';
import { anchorOf, otherWordsOf, termSet } from '../../server/src/engine/terms';
import { bundledStatus } from './matching-helpers';

describe('passive terms read any auxiliary and what stands after it', () => {
  const set = termSet(['logs are reviewed']);
  const found = (text: string): string[] => set.find(text).map((h) => text.slice(h.start, h.end));

  it('matches the subject under any auxiliary, hedged, negated or disclaimed', () => {
    for (const s of [
      'Firewall logs are reviewed weekly.',
      'Firewall logs will be reviewed weekly.',
      'Firewall logs must be reviewed weekly.',
      'Firewall logs shall, so far as reasonably practicable, be reviewed weekly.',
      'Firewall logs are not reviewed.',
      'Firewall logs shall not be required to be reviewed.',
      'Firewall logs are, where the tooling allows, reviewed weekly.',
    ]) assert.deepEqual(found(s), ['logs'], s);
  });

  it('needs the participle right after the auxiliary, as a whole word, in the same sentence', () => {
    for (const s of [
      'Firewall logs are kept; nothing is reviewed.',
      'Firewall logs are reviewer-approved.',
      'Firewall logs are. Reviewed items follow.',
      'Firewall logs are sent to the SIEM and reviewed.',
      'Blogs are reviewed by the editor.',
    ]) assert.deepEqual(found(s), [], s);
  });

  it('splits only a passive between a subject and a participle', () => {
    assert.deepEqual(splitPassive(['access', 'will', 'be', 'recorded']), { subject: ['access'], rest: 'recorded' });
    assert.deepEqual(splitPassive(['individuals', 'are', 'transferred', 'or', 'terminated']), { subject: ['individuals'], rest: 'transferred or terminated' });
    assert.equal(splitPassive(['access', 'is', 'available']), undefined);
    assert.equal(splitPassive(['is', 'logged']), undefined);
    assert.equal(splitPassive(['review', 'logs']), undefined);
  });

  it('anchors on the real words, never on the auxiliary', () => {
    assert.equal(anchorOf('access will be recorded'), 'recorded');
    assert.deepEqual(otherWordsOf('access will be recorded'), ['access']);
  });
});

describe('a hedge or disclaimer inside a passive duty is read (logging.security-event-management)', () => {
  const SEM = 'logging.security-event-management';
  it('a hedged passive duty is weak, a disclaimed one negated, a plain one present', () => {
    assert.equal(bundledStatus('All administrator access shall, where practicable, be logged.', SEM), 'weak');
    assert.equal(bundledStatus('All administrator access will, to the extent the platform allows, be recorded.', SEM), 'weak');
    assert.equal(bundledStatus('Administrator access shall not be required to be recorded.', SEM), 'negated');
    assert.equal(bundledStatus('All administrator access must be recorded.', SEM), 'present');
  });
  it('a passive denial is not read as the duty', () => {
    assert.notEqual(bundledStatus('Administrator access is not logged by the Provider.', SEM), 'present');
    assert.notEqual(bundledStatus('Administrator access will not be recorded.', SEM), 'present');
  });
});

describe('a limit set by the obligated party\'s own platform, written with "to the extent", is a hedge', () => {
  const SEM = 'logging.security-event-management';
  it('reads "to the extent the platform allows" and its design and architecture forms as weak', () => {
    assert.equal(bundledStatus('The Provider shall, to the extent the platform allows, log security events.', SEM), 'weak');
    assert.equal(bundledStatus('The Provider shall, to the extent its hosting design permits, log security events.', SEM), 'weak');
    assert.equal(bundledStatus('The Provider shall log security events to the extent the current architecture allows.', SEM), 'weak');
  });
  it('leaves a plain duty alone', () => {
    assert.equal(bundledStatus('The Provider shall log security events on every platform it manages.', SEM), 'present');
  });
});
