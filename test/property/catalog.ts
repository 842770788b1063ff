/**
 * The catalog the property suites run against: the bundled pack plus one synthetic requirement
 * that uses every feature of the format (wildcards, several concept groups, exclusions, weakening
 * cues of each status, a duration threshold), so every classification path is exercised whatever
 * the bundled pack holds today.
 */
import { defaultPackDir, loadCatalog } from '../../server/src/engine/catalog/load';
import type { Catalog, Requirement } from '../../server/src/engine/types';

export const SYNTHETIC: Requirement = {
  id: 'property.log-retention',
  title: 'Security logs kept for at least six months',
  party: 'provider',
  severity: 'warning',
  heading: 'monitoring-logging',
  rationale: 'Property-test requirement exercising every matcher feature.',
  citation: { document: 'AA22-131A', heading: 'Improve monitoring and logging processes', url: 'https://example.invalid/aa22-131a', verified: false },
  detect: [
    ['log*', 'audit trail', 'security events', 'MFA'],
    ['retain', 'keep', 'store', 'monitor', 'back up'],
  ],
  exclude: ['uptime'],
  weaken: [
    { phrase: 'if requested', status: 'weak', reason: 'only on request' },
    { phrase: 'may delete', status: 'negated', reason: 'logs may be deleted' },
    { phrase: 'Customer shall retain', status: 'wrong-party', reason: 'put on the customer' },
    { phrase: 'rolling window', status: 'below-threshold', reason: 'no fixed minimum' },
  ],
  thresholds: [{ kind: 'duration', min: { value: 6, unit: 'month' }, appliesTo: ['log*'], reason: 'AA22-131A asks for six months' }],
  template: 'The {{provider}} shall retain security logs for at least six (6) months.',
  fallbacks: [{ position: 'acceptable', text: 'The {{provider}} shall retain security logs for at least ninety (90) days.' }],
  controls: {},
  perspectives: ['customer', 'provider'],
  pack: 'property',
  file: 'property.md',
};

const bundled = loadCatalog([defaultPackDir()]);
if (bundled.problems.length) throw new Error(`bundled pack has problems: ${JSON.stringify(bundled.problems)}`);

export const PROPERTY_CATALOG: Catalog = {
  packs: bundled.packs,
  headings: bundled.headings,
  requirements: [...bundled.requirements, SYNTHETIC],
  problems: [],
};
