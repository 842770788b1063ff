/**
 * Control ids as evidence. Federal statements of work and security schedules impose controls by
 * id: a table row "IA-2 (1) | Network Access to Privileged Accounts", a list "3.5.3 Use
 * multifactor authentication …". A sentence that names a control which a requirement's
 * crosswalk (`controls:`) lists is evidence for that requirement, whatever its words; how firmly
 * it binds is then read like any other sentence.
 *
 * Ids are matched exactly as the framework writes them, spacing and leading zeros aside
 * ("IA-2 (1)" = "IA-2(1)" = "IA-02(01)"; SP 800-171 numbers exactly as written); a base control does not match its enhancements
 * ("AC-2" is not "AC-2(3)"). SP 800-171 ids look like clause numbers ("3.5.3", "03.05.03"), so
 * they count only where the sentence, its table row or the headings over it name the framework.
 */
import type { ControlFramework, Requirement } from './types';

export interface ControlMention {
  start: number;
  end: number;
  /** The control as the crosswalk writes it ("IA-2(1)"). */
  id: string;
  framework: ControlFramework;
}

interface CompiledControls {
  patterns: { framework: ControlFramework; id: string; re: RegExp }[];
}

/** Where SP 800-171 numbers are read as controls rather than clause numbers. */
const NAMES_SP_800_171 = /800-171|\bNIST\b|\bCMMC\b/i;

const cache = new WeakMap<Requirement, CompiledControls>();

function zeros(n: string): string {
  return `0*${Number(n)}`;
}

/** The pattern of one control id of a framework, or undefined for ids that cannot be matched in prose. */
export function controlIdPattern(framework: ControlFramework, id: string): RegExp | undefined {
  if (framework === 'nist-800-53r5') {
    const m = /^([A-Z]{2})-(\d+)(?:\((\d+)\))?$/.exec(id);
    if (!m) return undefined;
    const enhancement = m[3] ? `\\s*\\(\\s*${zeros(m[3])}\\s*\\)` : '(?![\\d.]\\d)(?!\\s*\\(\\s*\\d)';
    return new RegExp(`\\b${m[1]}-${zeros(m[2]!)}(?!\\d)${enhancement}`, 'g');
  }
  if (framework === 'nist-800-171r2' || framework === 'nist-800-171r3') {
    const parts = id.split('.');
    if (parts.length !== 3 || parts.some((p) => !/^\d+$/.test(p))) return undefined;
    // As written: Rev. 2 "3.5.3" and Rev. 3 "03.05.03" are different controls.
    return new RegExp(`(?<![\\d.])${parts.join('\\.')}(?![\\d]|\\.\\d)`, 'g');
  }
  if (framework === 'ism') {
    const m = /^ISM-(\d{4})$/.exec(id);
    return m ? new RegExp(`\\bISM-${m[1]}(?!\\d)`, 'g') : undefined;
  }
  return undefined; // NCSC principles are numbers without a form of their own
}

function compiled(req: Requirement): CompiledControls {
  let c = cache.get(req);
  if (!c) {
    c = { patterns: [] };
    for (const [framework, ids] of Object.entries(req.controls) as [ControlFramework, (string | number)[]][]) {
      for (const id of ids.map(String)) {
        const re = controlIdPattern(framework, id);
        if (re) c.patterns.push({ framework, id, re });
      }
    }
    cache.set(req, c);
  }
  return c;
}

/** A cheap test before the patterns: does the text hold anything shaped like a control id? */
const ANY_ID = /\b[A-Z]{2}-\d|\d\.\d+\.\d/;

/** Could `text` name a control of any requirement? (Matching asks once per sentence, not per requirement.) */
export function mayNameControl(text: string): boolean {
  return ANY_ID.test(text);
}

/**
 * The controls of `req`'s crosswalk that `text` names. `around` is the text that may name the
 * framework for SP 800-171 numbers (the sentence's table row and the headings over it).
 */
export function controlMentions(text: string, req: Requirement, around: string): ControlMention[] {
  if (!ANY_ID.test(text)) return [];
  const { patterns } = compiled(req);
  if (!patterns.length) return [];
  const out: ControlMention[] = [];
  let sp171: boolean | undefined;
  for (const { framework, id, re } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (framework === 'nist-800-171r2' || framework === 'nist-800-171r3') {
        sp171 ??= NAMES_SP_800_171.test(text) || NAMES_SP_800_171.test(around);
        if (!sp171) break;
      }
      out.push({ start: m.index, end: m.index + m[0].length, id, framework });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
