/**
 * Party words of drafting traditions, and the wording around them (set15words, session 15).
 * - Brazilian and Portuguese contracts (and their English translations, which keep the capitals)
 *   name the sides CONTRATANTE (who contracts) and CONTRATADA (who is contracted), defined by
 *   "hereinafter called the CONTRATADA" with no parenthesis.
 * - GxP quality agreements (EudraLex Volume 4, Chapter 7) name them Contract Giver and Contract
 *   Acceptor, often as bold labels over the addresses.
 * - A party named as a member of a list ("including the Customer") is not who acts.
 * - The party's own view of a suitable time ("at a time it considers opportune") or its own
 *   calendar ("as its maintenance schedule and the term calendar permit") is a hedge.
 * Sentences of our own.
 */
import { strict as assert } from 'node:assert';
import { detectParties } from '../../server/src/engine/parties';
import { parseDocument } from '../../server/src/engine/parse';
import { bundledStatus } from './matching-helpers';

const BRAZILIAN = [
  '# Contract for the Provision of Network Support Services',
  '',
  '**PADARIA BOA MASSA LTDA.**, enrolled in the CNPJ under No. 11.222.333/0001-44, hereinafter called the **CONTRATANTE**; and **REDE FIRME INFORMÁTICA LTDA.**, enrolled in the CNPJ under No. 55.666.777/0001-88, hereinafter called the **CONTRATADA**, agree to the following clauses.',
  '',
  '## CLAUSE FOUR – OF THE OBLIGATIONS',
  '',
].join('\n');

const GXP = [
  '# Quality Agreement',
  '',
  '**Contract Giver:** Lindqvist Biologics AB, Fabriksgatan 9, Norrvik.',
  '',
  '**Contract Acceptor:** Halvard Cloud Operations AS, Brygga 4, Sørhavn.',
  '',
  '## 5 Computerised systems',
  '',
].join('\n');

const PATCH = 'shall apply the security patches released by the manufacturers within fourteen days of their release.';

describe('party words of drafting traditions', () => {
  it('reads "hereinafter called the **CONTRATADA**" as a definition, in the capitals the contract uses', () => {
    const p = detectParties(parseDocument(BRAZILIAN));
    assert.equal(p.names.find((n) => n.term === 'CONTRATADA')?.role, 'provider');
    assert.equal(p.names.find((n) => n.term === 'CONTRATANTE')?.role, 'customer');
  });

  it("reads the CONTRATADA's duty as the provider's and the CONTRATANTE's as the customer's own", () => {
    assert.equal(bundledStatus(`${BRAZILIAN}4.1. The CONTRATADA ${PATCH}\n`, 'patching.ongoing-service', ''), 'present');
    assert.equal(bundledStatus(`${BRAZILIAN}4.1. The CONTRATANTE ${PATCH}\n`, 'patching.ongoing-service', ''), 'wrong-party');
  });

  it('reads a bold name after "hereinafter called" that no role word names as no party', () => {
    const p = detectParties(parseDocument('# Lease\n\nThe warehouse at Rua das Flores 12, hereinafter called the **PREMISES**, is let as follows.\n'));
    assert.equal(p.names.find((n) => n.term === 'PREMISES'), undefined);
  });

  it('reads the Contract Acceptor as the provider and the Contract Giver as the customer', () => {
    assert.equal(bundledStatus(`${GXP}5.1 The Contract Acceptor ${PATCH}\n`, 'patching.ongoing-service', ''), 'present');
    assert.equal(bundledStatus(`${GXP}5.1 The Contract Giver ${PATCH}\n`, 'patching.ongoing-service', ''), 'wrong-party');
  });
});

describe('a party named as a member of a list', () => {
  const shared = (aside: string): string => `## 8. Separation\n\nThe Provider manages all of its clients${aside} from one shared management platform with common service accounts, and assumes no obligation to segregate the Customer Environment from those of other clients.\n`;

  it('leaves the disclaimer with the party that opens the sentence', () => {
    assert.equal(bundledStatus(shared(', including the Customer,'), 'network.segregation'), 'negated');
    assert.equal(bundledStatus(shared(', such as the Customer,'), 'network.segregation'), 'negated');
    assert.equal(bundledStatus(shared(''), 'network.segregation'), 'negated');
  });

  it('reads the member written after its name ("the Customer included") the same way', () => {
    const after = '## 8. Separation\n\nThe Provider manages all its clients, the Customer included, through shared management systems, and gives no undertaking to separate the Customer Environment from its other clients.\n';
    assert.equal(bundledStatus(after, 'network.segregation'), 'negated');
  });

  it('still reads a party that is the subject after a list as the one that acts', () => {
    const customerActs = '## 8. Separation\n\nFor all of its sites, including the head office, the Customer shall keep its own network separate from the networks of other tenants of the building.\n';
    assert.equal(bundledStatus(customerActs, 'network.segregation'), 'wrong-party');
  });
});

describe("the party's own view of a suitable time as a hedge", () => {
  const status = (sentence: string, id = 'patching.ongoing-service'): string => bundledStatus(`## 4. Maintenance\n\n${sentence}\n`, id);

  it('reads "a time it considers opportune" and "intervals it deems suitable" as hedges', () => {
    assert.equal(status('The Provider shall install the security patches released by vendors at a time it considers opportune.'), 'weak');
    assert.equal(status('The Provider shall back up the Customer Data at intervals it deems suitable.', 'backup.contracted-service'), 'weak');
  });

  it("reads the party's own calendar as the limit as a hedge", () => {
    assert.equal(status('The Provider will install vendor security updates as its maintenance schedule and the school calendar permit.'), 'weak');
    assert.equal(status('The Provider will install vendor security updates as its release schedule permits.'), 'weak');
  });

  it('leaves a deadline firm when a schedule is only mentioned', () => {
    assert.equal(status('The Provider will install vendor security updates within fourteen days of release and shall publish its maintenance schedule to the Customer.'), 'present');
  });
});

describe('access profiles as the rights a role is granted', () => {
  const status = (sentence: string): string => bundledStatus(`## 5. Access\n\n${sentence}\n`, 'privilege.least-privilege');

  it('reads profiles limited to the tasks as least privilege, and whose duty it is', () => {
    assert.equal(status('The Provider shall grant each engineer only the access profiles strictly necessary for the tasks assigned to that engineer.'), 'present');
    assert.equal(status('The Customer shall define the access profiles of each engineer, granting only those strictly necessary for the tasks assigned to that engineer.'), 'wrong-party');
  });

  it('reads "as far as is reasonable" as a hedge of the grant', () => {
    assert.equal(status('The Provider shall, as far as is reasonable, grant its engineers access profiles compatible with their activities.'), 'weak');
  });

  it('reads user profiles and an access card log as no access right', () => {
    assert.equal(status('The Provider shall send the Customer a copy of its user profiles and its access card log each month.'), 'missing');
  });
});

describe('the other institutions of a shared service between universities and colleges', () => {
  it('reads separation from any other institution the provider serves as segregation', () => {
    const at = (heading: string, sentence: string): string => bundledStatus(`## 7. ${heading}\n\n${sentence}\n`, 'network.segregation');
    assert.equal(at('Separation', 'The Provider shall keep the Customer Data in storage partitions separate from those of any other institution it serves.'), 'present');
    assert.equal(at('Separation', 'The Customer shall keep its research data apart from the data of other institutions that use the platform.'), 'wrong-party');
    assert.equal(at('Payments', 'The Provider shall transfer funds to other institutions only on the written instruction of the Customer.'), 'missing');
  });
});
