/**
 * Readings of scope, definitions and limits (set15rest, session 16). Sentences of our own.
 * - A topic said not to be part of, or to lie outside, the service by the service's own name ("the
 *   Shared Service", "the Hosting Services") is disclaimed as "the services" is.
 * - A sentence that says what a defined event is not, with its condition or reach after it ("… are
 *   not Security Incidents unless the security operations centre declares them to be"), defines.
 * - GxP deviations reported between the parties are quality events, not security incidents.
 * - A notices clause that permits a means of giving notice is no duty to notify.
 * - The exception of a limit on what a party may do ("Nothing … authorises …, except as needed to
 *   respond to a Security Incident") allows the act; it obliges no one.
 * - A disclaimer whose object the contract defines as outside its covered systems ("Research
 *   Systems are not Covered Systems") leaves the duties on the covered systems whole.
 * - A unit named before its party ("the IT team of the Customer") acts for that party.
 * - "The undertaking in paragraph 4.3 applies only to …" qualifies the cited clause as "Clause 4.3
 *   applies only to …" does (a deed gives undertakings, not obligations).
 * - "which security functions … the Provider performs" allocates security roles.
 * - Hedges: the effort the party can spare, what the party happens to know of, a frequency agreed
 *   case by case. Disclaimers: "not among the obligations of", "does not undertake to limit or
 *   review those rights".
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/engine/analyze';
import { STATUS_RANK } from '../../server/src/engine/match';
import { aa22, bundledStatus, MSA_PREAMBLE } from './matching-helpers';

/** The best status among the bundled requirements whose id starts with `prefix`, as an area is read. */
function areaStatus(body: string, prefix: string): string {
  const findings = analyze(MSA_PREAMBLE + body + '\n', { catalog: aa22(), force: true }).findings.filter((f) => f.requirement.id.startsWith(prefix));
  return findings.sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status])[0]!.status;
}

describe('scope, definitions and limits (set15rest)', () => {
  describe('a topic outside the service by its own name', () => {
    it('is disclaimed when the service has a name of its own', () => {
      assert.equal(bundledStatus('Multi-factor authentication is not part of the Shared Service, and the Provider has no obligation under this Agreement to implement it.', 'mfa.provider-access'), 'negated');
      assert.equal(bundledStatus('Multi-factor authentication is not part of the Hosting Services.', 'mfa.provider-access'), 'negated');
      assert.equal(bundledStatus('Security event logging and monitoring of the Customer Systems are outside the Shared Service.', 'logging.security-event-management'), 'negated');
    });
    it('is no disclaimer when the sentence says the topic is part of it, or something else lies outside', () => {
      assert.equal(bundledStatus('Multi-factor authentication is part of the Shared Service.', 'mfa.provider-access'), 'missing');
      assert.equal(bundledStatus('The Provider shall monitor security events of the Customer Systems around the clock and report them through the portal, which lies outside the Managed Service.', 'logging.security-event-management'), 'present');
    });
  });

  describe('what a defined event is not', () => {
    it('defines, with a condition or a reach after the event', () => {
      assert.equal(bundledStatus('Help desk calls logged as incidents are not Security Incidents unless the Security Operations Center declares them so.', 'logging.security-event-management'), 'missing');
      assert.equal(bundledStatus('Calls that the ticket system records as "incidents" are not SECURITY INCIDENTS for the purposes of this Clause.', 'ir.incident-handling'), 'missing');
    });
    it('keeps a duty written after the condition', () => {
      assert.equal(bundledStatus('Failed log-in attempts are not Security Incidents unless the security operations centre confirms them, and the Provider shall monitor its SIEM for them.', 'logging.security-event-management'), 'present');
    });
  });

  describe('quality deviations', () => {
    const HEADING = '## 7. Deviations, Security Incidents and CAPA\n\n';
    it('reported between the parties are no security incident duty', () => {
      assert.equal(areaStatus(`${HEADING}7.4 Deviations shall be reported to the other party within two business days and closed under the procedure of the party that caused them.`, 'incident.'), 'missing');
    });
    it('that the sentence ties to security still are', () => {
      assert.equal(areaStatus(`${HEADING}7.4 Deviations that affect the security of the Hosted Systems shall be reported to the Customer within one business day.`, 'incident.'), 'present');
    });
  });

  describe('a notices clause', () => {
    it('that permits a means of notice is no duty to notify', () => {
      assert.equal(areaStatus('12.1 Notices under this Agreement shall be in writing. A notice about a Security Incident may also be given by telephone to the number the Customer names, and confirmed in writing.', 'incident.'), 'missing');
    });
    it('with a duty to notify in the same sentence stays evidence', () => {
      assert.notEqual(areaStatus('Notice of a Security Incident may be given by email to the Customer, and the Provider shall give it within 24 hours of detection.', 'incident.'), 'missing');
    });
  });

  describe('the exception of a limit on what a party may do', () => {
    it('obliges no one', () => {
      assert.equal(areaStatus("Nothing in this Agreement authorises the Provider to read the content of the Customer's research files, except as needed to respond to a Security Incident or as required by law.", 'ir.'), 'missing');
    });
    it('is not read into a duty with its own exception', () => {
      assert.equal(bundledStatus("The Provider shall respond to each Security Incident within four hours, except where the Customer's own staff caused it.", 'ir.incident-handling'), 'present');
    });
  });

  describe('a disclaimer of systems defined as outside the covered ones', () => {
    const DEFINED = 'Laboratory Systems are not Covered Systems unless listed in Annex 2.\n\n';
    it('leaves the duty on the covered systems whole', () => {
      assert.equal(areaStatus(`${DEFINED}The Provider shall apply security patches to the Covered Systems within 14 days of release, where practicable.\n\nThe Provider has no obligation to back up, patch or monitor Laboratory Systems.`, 'patching.'), 'weak');
      assert.equal(areaStatus(`${DEFINED}The Provider has no obligation to back up, patch or monitor Laboratory Systems.`, 'backup.'), 'missing');
    });
    it('still disclaims without that definition, or when its object is the covered systems', () => {
      assert.equal(bundledStatus('The Provider has no obligation to back up, patch or monitor Laboratory Systems.', 'patching.ongoing-service'), 'negated');
      assert.equal(bundledStatus(`${DEFINED}The Provider has no obligation to patch the Covered Systems.`, 'patching.ongoing-service'), 'negated');
    });
  });

  describe('a unit named before its party', () => {
    it('acts for that party', () => {
      assert.equal(bundledStatus('The information technology team of the Customer shall apply security patches to the servers within thirty days.', 'patching.ongoing-service'), 'wrong-party');
      assert.equal(bundledStatus('The security operations centre of the Provider shall apply security patches to the servers within thirty days.', 'patching.ongoing-service'), 'present');
    });
  });

  describe('hedges', () => {
    it('read the effort the party can spare, what it happens to know of, and a frequency agreed case by case', () => {
      assert.equal(bundledStatus('The Provider shall apply security patches at planned maintenance windows when testing effort allows.', 'patching.ongoing-service'), 'weak');
      assert.equal(bundledStatus('The Provider shall remove its accounts and tools at the end of the Agreement, as far as they are known.', 'accounts.exit-revocation'), 'weak');
      assert.equal(bundledStatus('The Provider shall back up the Covered Systems at a frequency agreed case by case.', 'backup.contracted-service'), 'weak');
      assert.equal(bundledStatus('On termination the Provider shall delete its administrator accounts from the Customer systems to the extent that they are identified.', 'accounts.exit-revocation'), 'weak');
    });
    it('leave firm duties that only mention effort or cases', () => {
      assert.equal(bundledStatus('The Provider shall apply security patches within 14 days; the testing effort is set by the change board.', 'patching.ongoing-service'), 'present');
      assert.equal(bundledStatus('The Provider shall back up the Covered Systems daily and shall assess restore requests case by case.', 'backup.contracted-service'), 'present');
    });
  });

  describe('a later qualification of an undertaking by its paragraph', () => {
    it('narrows the undertaking it cites', () => {
      assert.equal(bundledStatus('4.2 The Provider undertakes to install every security patch within ten days of its release.\n\n8.1 The undertaking in paragraph 4.2 applies only to patches that the Customer has approved in writing.', 'patching.ongoing-service'), 'weak');
    });
    it('leaves it whole when it says only whom it benefits', () => {
      assert.equal(bundledStatus('4.2 The Provider undertakes to install every security patch within ten days of its release.\n\n8.1 The undertaking in paragraph 4.2 is given for the benefit of the Customer alone.', 'patching.ongoing-service'), 'present');
    });
  });

  describe('who performs which security functions', () => {
    it('is the allocation of security roles', () => {
      assert.equal(bundledStatus('The Provider shall keep a written statement of which security functions for the Covered Systems the Provider performs and which stay with the Customer.', 'transparency.roles-responsibilities'), 'present');
    });
    it('is not which functions a product offers or has enabled', () => {
      assert.equal(bundledStatus('The Provider shall test which security functions of the firewall are enabled after each upgrade.', 'transparency.roles-responsibilities'), 'missing');
      assert.equal(bundledStatus('The Provider shall, if asked, discuss with the Customer which security functions it performs.', 'transparency.roles-responsibilities'), 'missing');
    });
  });

  describe('the hyphenated sub-contractor', () => {
    it('reads as the plain spelling in a supplier assessment', () => {
      assert.equal(bundledStatus('The Provider shall check the security of every Sub-contractor before it is given access to the Customer systems.', 'supply-chain.risk-management'), 'present');
    });
    it('is no assessment when only its existence is recorded', () => {
      assert.equal(bundledStatus('The Provider shall keep a list of every Sub-contractor and its address.', 'supply-chain.risk-management'), 'missing');
    });
  });

  describe('disclaimers', () => {
    it('read "not among the obligations of" the provider', () => {
      assert.equal(areaStatus('Disabling the accounts of departing engineers is not among the obligations of the Provider.', 'accounts.'), 'negated');
    });
    it('read a refusal to limit or review the rights or access just named', () => {
      assert.equal(bundledStatus("Provider engineers hold domain-wide administrative rights on the Customer's systems. The Provider does not undertake to limit or periodically review those rights.", 'privilege.least-privilege'), 'negated');
      assert.equal(bundledStatus("All Provider engineers hold the same administrative access, and the Provider gives no undertaking to restrict or review that access.", 'privilege.least-privilege'), 'negated');
    });
    it('do not read legal rights or a suspended service as least privilege', () => {
      assert.equal(bundledStatus('Consumers may have statutory rights, and nothing in this Agreement shall limit or exclude those rights.', 'privilege.least-privilege'), 'missing');
      assert.equal(bundledStatus('The Provider may suspend that access if the Customer fails to pay, and shall restrict that access when the notice expires.', 'privilege.least-privilege'), 'missing');
    });
  });
});
