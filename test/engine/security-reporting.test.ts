/**
 * transparency.security-reporting: the provider gives the customer reports or documentation of its
 * security and compliance activity (audit reports, certificates, training records). Weak when owed
 * only on request; financial documents, progress reports and the operational output of a security
 * service are not it.
 */
import { strict as assert } from 'node:assert';
import { bundledStatus } from './matching-helpers';

const id = 'transparency.security-reporting';
const status = (body: string): string => bundledStatus(body, id);

describe('security and compliance reports given to the customer', () => {
  it('a regular report of audits or certificates to the customer is present', () => {
    assert.equal(status('The Provider shall provide the Customer with a copy of its current SOC 2 Type II report each year.'), 'present');
    assert.equal(status('The Provider shall give the Customer a summary of the results of each security audit within 30 days of its completion.'), 'present');
  });

  it('documentation handed over only on request is weak', () => {
    assert.equal(status('The Provider shall maintain and, upon request, provide documentation of completion of privacy training to the Customer.'), 'weak');
    assert.equal(status('Upon the Customer\'s request, the Provider shall provide a copy of its ISO 27001 certificate to the Customer.'), 'weak');
  });

  it('invoices, progress reports and records kept for itself are not security reports to the customer', () => {
    assert.equal(status('The Provider shall send invoices to the Customer monthly, with a summary of the security services performed.'), 'missing');
    assert.equal(status('The Provider shall deliver monthly progress reports to the Customer.'), 'missing');
    assert.equal(status('The Provider shall keep records of security training.'), 'missing');
  });

  it('scan results sent to the customer belong to vulnerability management, not to assurance reporting', () => {
    assert.equal(status('The Provider shall send the Customer the results of a weekly vulnerability scan of all servers.'), 'missing');
  });
});
