/**
 * Plain words for the duties: "tell" for notify, "a plan for handling security incidents" for an
 * incident response plan (the ISM glossary: "the plan for responding to cyber security
 * incidents"), "keep" for maintain. Sentences of our own.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import type { Catalog } from '../../server/src/engine/types';
import { aa22, bundledRequirement } from './matching-helpers';

const PREAMBLE = '# Managed Services Agreement\n\nThis Agreement is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer").\n\n';

function status(body: string, id: string): string {
  const catalog: Catalog = { ...aa22(), requirements: [bundledRequirement(id)] };
  return analyze(PREAMBLE + body + '\n', { catalog, force: true }).findings[0]!.status;
}

describe('plain words for the incident duties', () => {
  it('"tell" is notice', () => {
    assert.equal(status('The Provider shall tell the Customer within 12 hours of any Security Incident.', 'incident.notification-timeframe'), 'present');
    assert.equal(status('The Provider is not responsible for telling the Customer about security breaches.', 'incident.notification'), 'negated');
  });

  it('a plan for handling or responding to security incidents is an incident response plan', () => {
    assert.equal(status('The Provider shall keep a written plan for handling security incidents.', 'ir.plan-contracted'), 'present');
    assert.equal(status('The Provider shall maintain a plan for responding to cyber security incidents.', 'ir.plan-contracted'), 'present');
    assert.equal(status('The Provider shall keep an incident handling capability.', 'ir.plan-contracted'), 'present');
  });

  it('a plan for something else is not', () => {
    assert.equal(status('The Provider shall keep a written plan for handling office moves.', 'ir.plan-contracted'), 'missing');
  });
});
