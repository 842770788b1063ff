/**
 * Causes of the remaining wrong cases of the held-out MSP drafts (set 2), each as a general
 * drafting rule with sentences written for this test (none copied from a draft).
 */
import assert from 'node:assert/strict';
import { bundledRequirement, statusOf } from './matching-helpers';

/** [requirement, text, status it must get]. */
const STATUS: [string, string, string][] = [
  // A list item opening with "not" under a binding lead-in refuses the act: "will: not X" is "will not X".
  ['patching.ongoing-service', 'The Provider will:\n\n- not install security updates on the Customer servers; and\n- keep the service desk open.', 'negated'],
  ['backup.contracted-service', 'The Provider shall:\n\n- never back up the Customer laptops; and\n- keep the service desk open.', 'negated'],
  ['logging.retention', 'The Provider will:\n\n- not promise that audit logs are stored for any period; and\n- keep the service desk open.', 'negated'],
  // The refused act with a series of objects, the requirement's the last of them.
  ['transparency.security-reporting', 'The Provider will:\n\n- not provide a responsibility matrix, security lead or security reports to the Customer; and\n- keep the service desk open.', 'negated'],
  ['transparency.security-reporting', "The Provider will:\n\n- not provide a responsibility matrix, security lead or security reports; its security practices are confidential and are not disclosed to the Customer.", 'negated'],
  // A time limit that opens with "not" is no refusal; nor is an unrelated negated item before the duty.
  ['incident.notification', 'The Provider will:\n\n- not later than 24 hours after becoming aware of a security incident, notify the Customer of it; and\n- keep the service desk open.', 'present'],
  ['backup.contracted-service', 'The Provider will:\n\n- not charge extra for the first twelve months of support, and back up the Customer servers every day.', 'present'],
  // Without a binding lead-in an item is read on its own.
  ['backup.contracted-service', 'The Provider shall back up the Customer servers every day.\n\n- Backups are kept for 30 days.', 'present'],
];

/** [requirement, sentence that must not be evidence, why]. */
const NOT_EVIDENCE: [string, string][] = [
  // Reviewing alerts is monitoring (SI-4 / AU-6); a supplier review is SR-6; neither re-evaluates the security terms.
  ['governance.periodic-review', '# Security Terms\n\n## 2. Monitoring\n\nThe Provider will have its analysts review every alert within one hour.'],
  ['governance.periodic-review', 'The Provider shall review the security of each supplier every year and impose the security requirements of this Agreement on it.'],
  ['governance.periodic-review', 'The Provider shall review the security controls of each subcontractor before engaging it.'],
];

/** Sentences that stay evidence: the supplier or alert is named beside an audit or the security terms themselves. */
const STILL_EVIDENCE: [string, string][] = [
  ['governance.periodic-review', 'The Provider shall review these security terms with its subcontractors every year.'],
  ['governance.periodic-review', 'The Customer may audit the security controls of the Provider and of its suppliers once a year.'],
];

describe('set 2 causes: general rules', () => {
  for (const [id, text, status] of STATUS) {
    it(`${id} ${status}: "${text.replace(/\n+/g, ' ')}"`, () => assert.equal(statusOf(text, bundledRequirement(id)), status));
  }
  for (const [id, text] of NOT_EVIDENCE) {
    it(`${id} no evidence: "${text.replace(/\n+/g, ' ')}"`, () => assert.equal(statusOf(text, bundledRequirement(id)), 'missing'));
  }
  for (const [id, text] of STILL_EVIDENCE) {
    it(`${id} evidence: "${text}"`, () => assert.notEqual(statusOf(text, bundledRequirement(id)), 'missing'));
  }
});

describe('set 2 causes: a party set off in contrast is not the subject', () => {
  const cases: [string, string, string][] = [
    ['backup.contracted-service', 'The Customer, not the Provider, is responsible for backing up its file servers.', 'wrong-party'],
    ['patching.ongoing-service', 'The Customer (rather than the Provider) shall install security updates on its laptops.', 'wrong-party'],
    ['backup.contracted-service', 'The Provider, and not the Customer, shall back up the file servers every day.', 'present'],
  ];
  for (const [id, text, status] of cases) {
    it(`${id} ${status}: "${text}"`, () => assert.equal(statusOf(text, bundledRequirement(id)), status));
  }
});

describe('set 2 causes: a party\'s own unit opens a relative clause whose verb it governs', () => {
  const cases: [string, string, string][] = [
    ['patching.ongoing-service', 'The Provider will:\n\n- pass the scan findings to the Customer\'s server team, which is responsible for installing all security updates; and\n- keep the desk open.', 'wrong-party'],
    ['backup.contracted-service', 'The Provider will:\n\n- hand the restore runbook to the Customer\'s IT department, which is responsible for backing up the file servers; and\n- keep the desk open.', 'wrong-party'],
    // A relative clause about a thing, not a unit, leaves the lead-in's duty in place.
    ['backup.contracted-service', 'The Provider will:\n\n- back up the Customer\'s file servers, which hold the ledgers, every night; and\n- keep the desk open.', 'present'],
  ];
  for (const [id, text, status] of cases) {
    it(`${id} ${status}: "${text.replace(/\n+/g, ' ')}"`, () => assert.equal(statusOf(text, bundledRequirement(id)), status));
  }
});

describe('set 2 causes: "does not X … or Y" negates Y too', () => {
  const cases: [string, string, string][] = [
    ['incident.notification', 'The Provider does not run a security operations centre or undertake to notify the Customer of security incidents.', 'negated'],
    ['backup.contracted-service', 'The Provider does not host the file servers or agree to back up the Customer Data.', 'negated'],
    // "and" joins a new duty; the negation stays with its own verb.
    ['backup.contracted-service', 'The Provider does not charge for onboarding and shall back up the Customer Data every day.', 'present'],
  ];
  for (const [id, text, status] of cases) {
    it(`${id} ${status}: "${text}"`, () => assert.equal(statusOf(text, bundledRequirement(id)), status));
  }
});

describe('set 2 causes: pricing work outside the scope is no description of the security services', () => {
  it('a charging sentence under a "Managed Security Services" title is no evidence', () => {
    const text = '# Managed Security Services Order\n\n## 9. Fees\n\nAny work outside the scope of this Order is chargeable at the day rates in the price list.';
    assert.equal(statusOf(text, bundledRequirement('transparency.service-scope')), 'missing');
  });
  it('a sentence that names the excluded security services stays evidence', () => {
    const text = 'The Provider shall list the security services that are outside the scope of this Order and will be charged separately.';
    assert.notEqual(statusOf(text, bundledRequirement('transparency.service-scope')), 'missing');
  });
});

describe('set 2 causes: a defined term with an apostrophe is still a definition', () => {
  it('"Customer\'s systems" means … obliges no one', () => {
    const text = '# Managed Security Services Order\n\n- "Customer\'s systems" means the servers and firewalls listed in the asset inventory.';
    assert.equal(statusOf(text, bundledRequirement('transparency.service-scope')), 'missing');
  });
});

describe('set 2 causes: "available to the Customer on request" qualifies access, not the duty', () => {
  const cases: [string, string, string][] = [
    ['logging.retention', 'The Provider shall retain audit records for 13 months in a form available to the Customer on request.', 'present'],
    ['logging.retention', 'The Provider shall retain audit records for 13 months on request.', 'weak'],
  ];
  for (const [id, text, status] of cases) {
    it(`${id} ${status}: "${text}"`, () => assert.equal(statusOf(text, bundledRequirement(id)), status));
  }
});
