/**
 * Framework sentences as an external test: the official statement of each control a requirement
 * maps to, written as a contract obligation, must be evidence for that requirement, and must not
 * be evidence for requirements under other advisory headings that it is not mapped to.
 *
 * How a control becomes a contract sentence (contracts and federal clauses copy control text this
 * way): NIST statements are imperatives, so "The Provider shall " + the statement, with lettered
 * parts ("a. … b. …", "(a) … (b) …") as a list under "The Provider shall:"; ISM statements are
 * descriptive ("Backups … are performed"), so "The Provider shall ensure that " + the statement.
 * NIST parameters stay as bracketed blanks the way templates leave them: "[Assignment:
 * organization-defined time period]" becomes "[time period]", "[Selection: a; b]" becomes "[a; b]".
 * NCSC principles are goals for assessing a provider, not obligations, so they are only checked
 * to exist (test/engine/framework-crosswalk.test.ts), not read as sentences.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../server/src/engine/analyze';
import type { Catalog, ControlFramework, Requirement } from '../server/src/engine/types';

export interface FixtureControl {
  framework: ControlFramework;
  id: string;
  title: string;
  /** NIST family name, ISM topic, or NCSC principle title: what "unrelated family" compares. */
  family: string;
  text: string;
}

export interface FrameworkFixture {
  attribution: Record<string, string>;
  mapped: FixtureControl[];
  unrelated: FixtureControl[];
}

export const FIXTURE_FILE = path.resolve(__dirname, '../test/fixtures/frameworks/controls.json');

export function readFixture(file = FIXTURE_FILE): FrameworkFixture {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as FrameworkFixture;
}

/** Frameworks whose statements are read as contract sentences. */
export const SENTENCE_FRAMEWORKS: readonly ControlFramework[] = ['nist-800-53r5', 'nist-800-171r2', 'nist-800-171r3', 'ism'];

const PREAMBLE = '# Services Agreement\n\nThis Agreement is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer").\n\n';

/** "Develop …" → "develop …", but "ISM …", "CUI …" and "Multi-factor" → "multi-factor". */
function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

/** Parameter blanks as a template leaves them: "[Assignment: organization-defined period]" → "[period]". */
export function plainParameters(text: string): string {
  return text.replace(/\[(?:Assignment|Selection(?: \((?:one or more|one)\))?):\s*(?:organization-defined\s+)?/g, '[');
}

/** The lettered parts of a NIST statement, or undefined when it is one sentence. */
function parts(text: string): string[] | undefined {
  if (/^a\.\s/.test(text)) return text.split(/\s(?=[b-z]\.\s)/);
  if (/^\(a\)\s/.test(text)) return text.split(/\s(?=\([b-z]\)\s)/);
  return undefined;
}

/** The control's statement written as a contract obligation of the Provider (Markdown). */
export function asObligation(control: FixtureControl): string {
  const text = plainParameters(control.text.trim());
  if (control.framework === 'ism' || control.framework === 'ncsc-cloud') return `The Provider shall ensure that ${lowerFirst(text)}`;
  const items = parts(text);
  if (!items) return `The Provider shall ${lowerFirst(text)}`;
  return `The Provider shall:\n\n${items.map((item) => `- ${item.replace(/^(\(?[a-z][.)])\s+(.*)$/s, (_, label: string, rest: string) => `${label} ${lowerFirst(rest)}`)}`).join('\n')}`;
}

/** Requirement ids that a control's obligation is evidence for (any status but missing). */
export function evidencedBy(control: FixtureControl, catalog: Catalog): Set<string> {
  const result = analyze(`${PREAMBLE}${asObligation(control)}\n`, { catalog, force: true });
  return new Set(result.findings.filter((f) => f.status !== 'missing' && f.status !== 'accepted').map((f) => f.requirement.id));
}

export interface FrameworkScore {
  /** (control, requirement) pairs from the crosswalk, and how many were evidence. */
  pairs: number;
  found: number;
  misses: { control: FixtureControl; requirement: string }[];
  /** Pairs of a control and a requirement under an advisory heading the control maps to none of. */
  unrelatedPairs: number;
  falsePositives: { control: FixtureControl; requirement: string }[];
  perFramework: Record<string, { pairs: number; found: number }>;
}

function key(c: { framework: string; id: string }): string {
  return `${c.framework}:${c.id}`;
}

/** Which requirements list each control in their crosswalk. */
export function crosswalk(requirements: readonly Requirement[]): Map<string, Requirement[]> {
  const map = new Map<string, Requirement[]>();
  for (const req of requirements) {
    for (const [framework, ids] of Object.entries(req.controls)) {
      for (const id of (ids as (string | number)[]).map(String)) {
        const k = key({ framework, id });
        map.set(k, [...(map.get(k) ?? []), req]);
      }
    }
  }
  return map;
}

/** Recall of the mapped controls and the cross-heading false positives of every control. */
export function scoreFrameworks(catalog: Catalog, fixture: FrameworkFixture): FrameworkScore {
  const byControl = crosswalk(catalog.requirements);
  const score: FrameworkScore = { pairs: 0, found: 0, misses: [], unrelatedPairs: 0, falsePositives: [], perFramework: {} };
  const controls = [...fixture.mapped, ...fixture.unrelated].filter((c) => SENTENCE_FRAMEWORKS.includes(c.framework));
  for (const control of controls) {
    const mappedTo = byControl.get(key(control)) ?? [];
    const evidenced = evidencedBy(control, catalog);
    const tally = (score.perFramework[control.framework] ??= { pairs: 0, found: 0 });
    for (const req of mappedTo) {
      score.pairs++;
      tally.pairs++;
      if (evidenced.has(req.id)) {
        score.found++;
        tally.found++;
      } else score.misses.push({ control, requirement: req.id });
    }
    const headings = new Set(mappedTo.map((r) => r.heading));
    for (const req of catalog.requirements) {
      if (headings.has(req.heading)) continue;
      score.unrelatedPairs++;
      if (evidenced.has(req.id)) score.falsePositives.push({ control, requirement: req.id });
    }
  }
  return score;
}
