/**
 * Deterministic generator of long MSP contract drafts for the benchmark and the incremental
 * analysis tests: a preamble with defined parties, numbered articles and sub-clauses, "(a)"
 * lists, service-level tables, definitions and, here and there, security clauses (firm,
 * hedged, below a threshold) so that matching has real work. Same seed and size, same text.
 */

/** mulberry32: a small, fast, seedable PRNG (the bench must not depend on Math.random). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ARTICLE_TITLES = [
  'Services', 'Service Levels', 'Fees and Payment', 'Term and Termination', 'Confidentiality',
  'Information Security', 'Data Protection', 'Personnel', 'Subcontracting', 'Change Control',
  'Intellectual Property', 'Warranties', 'Limitation of Liability', 'Indemnities', 'Insurance',
  'Audit', 'Business Continuity', 'Governance', 'Dispute Resolution', 'General',
];

const SUBTITLES = [
  'Scope', 'Standards', 'Reporting', 'Responsibilities', 'Exceptions', 'Notices', 'Records',
  'Reviews', 'Remedies', 'Cooperation', 'Costs', 'Timing',
];

/*
 * Clause sentences are composed from parts (subject, modal, duty, qualifier), so a 1.2 MB draft
 * holds thousands of distinct sentences, as a real one does: a benchmark of a draft that repeats
 * a few sentences would flatter any cache keyed on text.
 */
const SUBJECTS = [
  'The Provider', 'The Customer', 'Each Party', 'Either Party', 'The Supplier', 'The Service Provider',
  'The Provider’s service delivery manager', 'The Customer’s contract manager', 'Any Subcontractor', 'The Receiving Party',
];
const MODALS = ['shall', 'will', 'must', 'agrees to', 'shall promptly', 'may', 'undertakes to', 'shall, at its own cost,'];
const DUTIES = [
  'perform the {service} in a professional and workmanlike manner',
  'keep complete and accurate records of the {service}',
  'give reasonable notice of any planned change to the {service}',
  'provide a monthly report on the {service}',
  'pay the {fee} set out in Schedule {n}',
  'review the {service} against the Service Levels',
  'cooperate in good faith with any replacement supplier of the {service}',
  'keep the {info} of the other Party secret',
  'comply with all applicable laws in connection with the {service}',
  'maintain adequate insurance for the {service}',
  'assign suitably qualified personnel to the {service}',
  'return or destroy the {info} on termination',
  'agree any change to the {service} through the change control procedure',
  'invoice the {fee} monthly in arrears',
  'provide the documentation for each {deliverable}',
  'correct any defect in a {deliverable} at no additional charge',
];
const SERVICES = ['Services', 'Managed Services', 'Transition Services', 'Help Desk Services', 'Hosting Services', 'Project Services', 'Additional Services'];
const FEES = ['Fees', 'Charges', 'Service Credits', 'Expenses', 'Monthly Fees', 'Set-up Fees'];
const INFOS = ['Confidential Information', 'Customer Materials', 'business information', 'Personal Data', 'trade secrets'];
const DELIVERABLES = ['Deliverable', 'Work Product', 'report', 'release', 'Milestone'];
const QUALIFIERS = [
  '', '', '', '',
  ' within {n} Business Days of a written request',
  ' in accordance with Good Industry Practice',
  ' at least {period}',
  ' except as set out in Schedule {n}',
  ' unless the Parties agree otherwise in writing',
  ' during the Term and for {n} months after it',
  ' as reasonably required by the other Party',
  ' subject to clause {n}.{m}',
  ' without undue delay',
  ' before the end of each Contract Year',
];
const PERIODS = ['monthly', 'quarterly', 'annually', 'every six (6) months', 'once in each Contract Year'];
const PLAIN_OTHER = [
  'Nothing in this Agreement shall create a partnership, joint venture or agency relationship between the Parties.',
  'Neither Party shall be liable for any delay caused by events beyond its reasonable control.',
  'This Agreement is governed by the laws of the State of {state}, without regard to its conflict of laws rules.',
  'Invoices are payable within {days} days of receipt, except for amounts disputed in good faith.',
  'Either Party may terminate this Agreement by written notice if the other Party commits a material breach that is not remedied within {days} days.',
];
const STATES = ['Maryland', 'Delaware', 'New York', 'Virginia', 'Texas', 'Ohio'];

/** Security duties of the provider: firm, hedged or below a threshold, with varied figures. */
const SECURITY_DUTIES = [
  'require multi-factor authentication for every {account} that can access the {environment}',
  'monitor the {environment} for Security Events{hedge}',
  'retain {logs} for {retention} and make them available to the Customer on request',
  'back up {data} {backup}, keep at least one encrypted offline copy, and test restoration {period}',
  'notify the Customer of any Security Incident without undue delay and in any event within {hours} hours',
  'apply security patches to the {devices} within {days} days of release{hedge}',
  'grant {personnel} only the access they need to perform the Services',
  'remove a {account} within {n} Business Days after it is no longer needed',
  'maintain an incident response plan and exercise it with the Customer {period}',
  'encrypt {data} in transit and at rest{hedge}',
  'review the privileges of each {account} {period}',
  'flow down these security obligations to each Subcontractor that handles {data}',
];
const SECURITY_OTHER = [
  'The Provider is not required to segregate the networks it uses to deliver the {service}.',
  'The Customer shall be solely responsible for the security of its own user accounts.',
];
const SECURITY_HEDGES = ['', '', '', ' where possible', ' where commercially practicable', ' to the extent reasonably practicable'];
const SECURITY_LEADS = ['The Provider shall', 'The Provider shall', 'The Provider must', 'The Provider will', 'The Provider shall use commercially reasonable efforts to', 'The Provider shall endeavour to'];
const ACCOUNTS = ['Provider Account', 'privileged account', 'administrator account', 'remote access account', 'service account'];
const ENVIRONMENTS = ['Customer Environment', 'Customer Systems', 'Managed Network', 'hosted environment'];
const LOGS = ['Security Logs', 'audit logs', 'access logs', 'event logs'];
const RETENTIONS = ['ninety (90) days', 'six (6) months', 'twelve (12) months', 'at least eighteen (18) months', 'thirty (30) days', 'one (1) year'];
const DATA = ['Customer Data', 'the Customer’s business data', 'system configurations', 'Personal Data', 'the Customer’s databases'];
const BACKUPS = ['daily', 'every night', 'weekly', 'at least daily', 'hourly'];
const DEVICES = ['Managed Devices', 'servers', 'network devices', 'endpoints', 'Customer Systems'];
const PERSONNEL = ['Provider Personnel', 'Subcontractor personnel', 'its technicians', 'its engineers'];
const NUMBER_WORDS = ['one (1)', 'two (2)', 'three (3)', 'five (5)', 'seven (7)', 'ten (10)', 'fourteen (14)', 'twenty-four (24)', 'thirty (30)', 'forty-eight (48)', 'seventy-two (72)'];

const DIGITS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

type Pick = <T>(items: readonly T[]) => T;

/** Fills {slot}s in a template from the lists above. */
function fill(template: string, pick: Pick): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'service': return pick(SERVICES);
      case 'fee': return pick(FEES);
      case 'info': return pick(INFOS);
      case 'deliverable': return pick(DELIVERABLES);
      case 'period': return pick(PERIODS);
      case 'state': return pick(STATES);
      case 'hedge': return pick(SECURITY_HEDGES);
      case 'account': return pick(ACCOUNTS);
      case 'environment': return pick(ENVIRONMENTS);
      case 'logs': return pick(LOGS);
      case 'retention': return pick(RETENTIONS);
      case 'data': return pick(DATA);
      case 'backup': return pick(BACKUPS);
      case 'devices': return pick(DEVICES);
      case 'personnel': return pick(PERSONNEL);
      case 'days': case 'hours': return pick(NUMBER_WORDS);
      case 'n': case 'm': return String(pick(DIGITS));
      default: return slot;
    }
  });
}

/** An ordinary (non-security) clause sentence. */
function plainSentence(pick: Pick, rand: () => number): string {
  if (rand() < 0.15) return fill(pick(PLAIN_OTHER), pick);
  return fill(`${pick(SUBJECTS)} ${pick(MODALS)} ${pick(DUTIES)}${pick(QUALIFIERS)}.`, pick);
}

/** A provider's duty without its subject, as a list item continues "The Provider shall:". */
function plainDuty(pick: Pick): string {
  return fill(`${pick(DUTIES)}${pick(QUALIFIERS)}`, pick);
}

function securityDuty(pick: Pick): string {
  return fill(pick(SECURITY_DUTIES), pick);
}

function securitySentence(pick: Pick, rand: () => number): string {
  if (rand() < 0.15) return fill(pick(SECURITY_OTHER), pick);
  return `${pick(SECURITY_LEADS)} ${securityDuty(pick)}.`;
}

const TERMS = ['Affiliate', 'Business Day', 'Change Request', 'Deliverable', 'Good Industry Practice', 'Service Credit', 'Service Ticket', 'Working Hours'];

export interface ContractOptions {
  /** Approximate size in characters (the text is cut at an article boundary just past it). */
  size: number;
  seed?: number;
  eol?: '\n' | '\r\n';
}

/** A contract of about `size` characters. */
export function generateContract(options: ContractOptions): string {
  const rand = prng(options.seed ?? 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const out: string[] = [];
  let size = 0;
  const push = (block: string): void => {
    out.push(block);
    size += block.length + 2;
  };
  push('# Master Services Agreement');
  push(
    'This Master Services Agreement is made between **Northwind Managed IT Ltd.** (the "**Provider**") and ' +
      '**Harbor Point Logistics, Inc.** (the "**Customer**"). The Provider and the Customer are each a "Party".',
  );
  push('## 1. Definitions');
  TERMS.forEach((term, i) => push(`1.${i + 1} **"${term}"** means the ${term.toLowerCase()} described in Schedule ${1 + (i % 3)}, as amended from time to time.`));
  for (let article = 2; size < options.size; article++) {
    const title = ARTICLE_TITLES[(article - 2) % ARTICLE_TITLES.length]!;
    push(`## ${article}. ${title}${article > ARTICLE_TITLES.length + 1 ? ` (Part ${Math.floor((article - 2) / ARTICLE_TITLES.length) + 1})` : ''}`);
    const subsections = 2 + Math.floor(rand() * 4);
    for (let sub = 1; sub <= subsections; sub++) {
      push(`### ${article}.${sub} ${pick(SUBTITLES)}`);
      const paragraphs = 1 + Math.floor(rand() * 3);
      for (let p = 1; p <= paragraphs; p++) {
        const sentences = [plainSentence(pick, rand), plainSentence(pick, rand)];
        if (rand() < 0.25) sentences.push(securitySentence(pick, rand));
        push(`${article}.${sub}.${p} ${sentences.join(' ')}`);
      }
      const shape = rand();
      if (shape < 0.3) {
        push(`${article}.${sub}.${paragraphs + 1} The Provider shall:`);
        const items = 2 + Math.floor(rand() * 3);
        push(Array.from({ length: items }, (_, i) => `(${String.fromCharCode(97 + i)}) ${rand() < 0.3 ? securityDuty(pick) : plainDuty(pick)};`).join('\n\n'));
      } else if (shape < 0.45) {
        push(Array.from({ length: 3 + Math.floor(rand() * 3) }, () => `- ${plainSentence(pick, rand)}`).join('\n'));
      } else if (shape < 0.55) {
        const rows = 2 + Math.floor(rand() * 4);
        const table = ['| Service | Target | Service Credit |', '| --- | --- | --- |'];
        for (let r = 0; r < rows; r++) table.push(`| ${pick(SUBTITLES)} ${r + 1} | ${90 + Math.floor(rand() * 10)}.${Math.floor(rand() * 10)}% | ${1 + Math.floor(rand() * 9)}% of the monthly Fees |`);
        push(table.join('\n'));
      }
    }
  }
  push('IN WITNESS WHEREOF the Parties have signed this Agreement on the dates below.');
  const eol = options.eol ?? '\n';
  const text = out.join('\n\n') + '\n';
  return eol === '\n' ? text : text.replace(/\n/g, eol);
}
