/** Shared by the matching tests: small in-test requirements and a one-call checker. */
import { analyze, type AnalysisResult } from '../../server/src/engine/analyze';
import { defaultPackDir, loadCatalog } from '../../server/src/engine/catalog/load';
import type { Catalog, Finding, PackHeading, Requirement } from '../../server/src/engine/types';

/** A requirement with only what matching reads; everything else is a harmless default. */
export function req(partial: Partial<Requirement> & Pick<Requirement, 'id' | 'detect'>): Requirement {
  return {
    title: partial.id,
    party: 'provider',
    severity: 'error',
    heading: 'mfa',
    rationale: '',
    citation: { document: 'AA22-131A', heading: 'test', url: 'https://example.invalid', verified: false },
    exclude: [],
    weaken: [],
    thresholds: [],
    template: '',
    fallbacks: [],
    controls: {},
    perspectives: ['customer', 'provider'],
    pack: 'test',
    file: 'test.md',
    ...partial,
  };
}

export const MFA = req({
  id: 't.mfa',
  detect: [['multi-factor authentication', 'MFA', 'two-factor authentication']],
});

export const BACKUP = req({ id: 't.backup', heading: 'backup', detect: [['backup', 'back up']] });

export const RETENTION = req({
  id: 't.retention',
  heading: 'monitoring-logging',
  detect: [['log*', 'audit trail*'], ['retain', 'retention', 'store', 'keep', 'kept']],
  thresholds: [{ kind: 'duration', min: { value: 6, unit: 'month' }, appliesTo: ['log*', 'audit trail*'], reason: 'six months' }],
});

export const AUDIT = req({ id: 't.audit', heading: 'transparency', detect: [['audit']] });

export function catalogOf(...requirements: Requirement[]): Catalog {
  return { packs: [], headings: bundledHeadings(), requirements, problems: [] };
}

const PREAMBLE = 'This Agreement is between Northwind Managed IT Ltd. (the "Provider") and Harbor Bank plc (the "Customer").\n\n';

/** Analyse `body` (wrapped in a small contract preamble unless `bare`) against `requirements`. */
export function run(body: string, requirements: Requirement[], bare = false): AnalysisResult {
  return analyze(bare ? body : `# Services Agreement\n\n${PREAMBLE}${body}\n`, { catalog: catalogOf(...requirements), force: true });
}

/** The standard agreement a bundled-requirement test sentence stands in (Northwind is the Provider, Harbor Bank the Customer). */
export const MSA_PREAMBLE = `# Managed Services Agreement\n\n${PREAMBLE}`;

/** The status the bundled requirement `id` gets for `body` after `preamble` (the standard agreement's unless given). */
export function bundledStatus(body: string, id: string, preamble = MSA_PREAMBLE): string {
  const catalog: Catalog = { ...aa22(), requirements: [bundledRequirement(id)] };
  return analyze(preamble + body + '\n', { catalog, force: true }).findings[0]!.status;
}

export function findingOf(result: AnalysisResult, id: string): Finding {
  const f = result.findings.find((x) => x.requirement.id === id);
  if (!f) throw new Error(`no finding for ${id}`);
  return f;
}

/** Status of one requirement for a contract body. */
export function statusOf(body: string, requirement: Requirement, bare = false): string {
  return findingOf(run(body, [requirement], bare), requirement.id).status;
}

let bundled: Catalog | undefined;
/** The bundled AA22-131A pack. */
export function aa22(): Catalog {
  bundled ??= loadCatalog([defaultPackDir()]);
  return bundled;
}

export function bundledRequirement(id: string): Requirement {
  const r = aa22().requirements.find((x) => x.id === id);
  if (!r) throw new Error(`no bundled requirement ${id}`);
  return r;
}

let headings: PackHeading[] | undefined;
/** The bundled pack's headings, so coverage of a test catalog groups and titles like the real one. */
function bundledHeadings(): PackHeading[] {
  return (headings ??= loadCatalog([defaultPackDir()]).headings);
}
