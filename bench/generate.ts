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

const PLAIN = [
  'The Provider shall perform the Services in a professional and workmanlike manner in accordance with Good Industry Practice.',
  'The Customer shall give the Provider reasonable access to the Customer Environment as needed to perform the Services.',
  'Each Party shall bear its own costs in connection with the negotiation and execution of this Agreement.',
  'Invoices are payable within thirty (30) days of receipt, except for amounts disputed in good faith.',
  'The Provider shall keep complete and accurate records of the Services, the Fees charged and the time spent.',
  'Either Party may terminate this Agreement by written notice if the other Party commits a material breach that is not remedied within thirty (30) days.',
  'Nothing in this Agreement shall create a partnership, joint venture or agency relationship between the Parties.',
  'The Provider shall comply with all applicable laws, regulations and codes of practice in performing the Services.',
  'Any change to the Services shall be agreed in writing through the change control procedure in Schedule 3.',
  'The Customer shall pay the Fees set out in Schedule 1, as adjusted under this Agreement.',
  'The Provider will assign a service delivery manager who is the Customer’s first point of contact.',
  'Neither Party shall be liable for any delay caused by events beyond its reasonable control.',
  'This Agreement is governed by the laws of the State of Maryland, without regard to its conflict of laws rules.',
  'The Parties shall meet at least quarterly to review the performance of the Services against the Service Levels.',
  'Each Party shall keep the Confidential Information of the other Party secret and use it only for the purposes of this Agreement.',
];

const SECURITY = [
  'The Provider shall require multi-factor authentication for every Provider Account that can access the Customer Environment.',
  'The Provider shall use commercially reasonable efforts to monitor the Customer Environment for Security Events where possible.',
  'The Provider shall retain Security Logs for ninety (90) days and make them available to the Customer on request.',
  'The Provider shall retain Security Logs for at least twelve (12) months.',
  'The Provider shall back up Customer Data daily, keep at least one encrypted offline copy, and test restoration quarterly.',
  'The Provider shall notify the Customer of any Security Incident without undue delay and in any event within twenty-four (24) hours.',
  'The Provider shall apply security patches to the Managed Devices within fourteen (14) days of release.',
  'The Provider shall grant Provider Personnel only the access they need to perform the Services.',
  'The Provider shall remove a Provider Account within one (1) Business Day after it is no longer needed.',
  'The Provider shall maintain an incident response plan and exercise it with the Customer at least annually.',
  'The Provider is not required to segregate the networks it uses to deliver the Services.',
  'The Customer shall be solely responsible for the security of its own user accounts.',
];

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
        const sentences = [pick(PLAIN), pick(PLAIN)];
        if (rand() < 0.25) sentences.push(pick(SECURITY));
        push(`${article}.${sub}.${p} ${sentences.join(' ')}`);
      }
      const shape = rand();
      if (shape < 0.3) {
        push(`${article}.${sub}.${paragraphs + 1} The Provider shall:`);
        const items = 2 + Math.floor(rand() * 3);
        push(Array.from({ length: items }, (_, i) => `(${String.fromCharCode(97 + i)}) ${pick(rand() < 0.3 ? SECURITY : PLAIN).replace(/^The Provider shall /, '').replace(/\.$/, ';')}`).join('\n\n'));
      } else if (shape < 0.45) {
        push(Array.from({ length: 3 + Math.floor(rand() * 3) }, () => `- ${pick(PLAIN)}`).join('\n'));
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
