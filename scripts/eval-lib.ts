/**
 * Pure parts of the evaluation harness (scripts/eval.ts): reading labels.csv, mapping the
 * engine's requirement findings to the corpus's label areas, and scoring. No I/O here, so the
 * scoring itself is unit-tested (test/eval/metrics.test.ts).
 */
import { STATUS_RANK } from '../server/src/engine/match';

export type Label = 'strong' | 'weak' | 'negated' | 'absent';
export const LABELS: readonly Label[] = ['strong', 'weak', 'negated', 'absent'];

export interface LabelRow {
  file: string;
  area: string;
  label: Label;
  /** Evidence line ranges, 1-based inclusive. */
  lines: { from: number; to: number }[];
  note: string;
}

/** The subset of the CLI's JSON report (server/src/reporters/json.ts) that evaluation reads. */
export interface ReportEvidence {
  line: number;
  endLine: number;
  text: string;
  status?: string;
  reason?: string;
}
export interface ReportRequirement {
  id: string;
  heading: string;
  status: string;
  evidence: ReportEvidence[];
  message: string;
}
export interface ReportFile {
  path: string;
  isContract: boolean;
  requirements: ReportRequirement[];
}

/** Parse RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

export function parseLabels(csv: string): LabelRow[] {
  const [header, ...rows] = parseCsv(csv);
  const col = (name: string): number => {
    const i = header?.indexOf(name) ?? -1;
    if (i < 0) throw new Error(`labels.csv has no "${name}" column`);
    return i;
  };
  const [file, area, label, lines, note] = ['file', 'area', 'label', 'lines', 'note'].map(col) as [number, number, number, number, number];
  return rows.map((r) => {
    const l = r[label]!.trim() as Label;
    if (!LABELS.includes(l)) throw new Error(`labels.csv: unknown label "${l}" for ${r[file]} ${r[area]}`);
    return {
      file: r[file]!.trim(),
      area: r[area]!.trim(),
      label: l,
      lines: parseLineRanges(r[lines] ?? ''),
      note: r[note] ?? '',
    };
  });
}

/** "320-325;376-379" → [{320,325},{376,379}]. */
export function parseLineRanges(s: string): { from: number; to: number }[] {
  return s
    .split(/[;,\s]+/)
    .filter(Boolean)
    .map((part) => {
      const [a, b] = part.split('-').map(Number);
      return { from: a!, to: b ?? a! };
    })
    .filter((r) => Number.isFinite(r.from) && Number.isFinite(r.to));
}

/**
 * Which requirements speak for which label area. The label areas name AA22-131A's headings
 * (README of the corpus); `log-retention-6m` is the retention requirement alone and
 * `incident-response` also takes the incident-notification requirements, wherever the pack
 * files them. The heading "account-authentication" has no area of its own: its account-review
 * requirements (dormant accounts disabled) count for deprovisioning and failed-login monitoring
 * for logging. Areas outside AA22-131A's headings have no mapping and are reported as n/a.
 */
export const AREA_MAP: Record<string, ((r: { id: string; heading: string }) => boolean) | undefined> = {
  mfa: (r) => r.heading === 'mfa',
  logging: (r) => (r.heading === 'monitoring-logging' && !isIncidentRequirement(r.id)) || r.id === 'auth.failed-login-monitoring',
  'log-retention-6m': (r) => r.id === 'logging.retention',
  'least-privilege': (r) => r.heading === 'least-privilege',
  deprovisioning: (r) => r.heading === 'deprecate-accounts' || r.id.startsWith('accounts.'),
  patching: (r) => r.heading === 'updates',
  backup: (r) => r.heading === 'backup',
  'incident-response': (r) => r.heading === 'incident-response' || isIncidentRequirement(r.id),
  'supply-chain': (r) => r.heading === 'supply-chain',
  segregation: (r) => r.heading === 'segregation',
  transparency: (r) => r.heading === 'transparency' && !isIncidentRequirement(r.id),
  encryption: undefined,
  'vulnerability-management': undefined,
  'remote-access': undefined,
  training: undefined,
};

function isIncidentRequirement(id: string): boolean {
  return /^(incident|ir)\./.test(id);
}

/** Order used to pick an area's best finding: the engine's own, present first. */
const RANK: Record<string, number> = STATUS_RANK;

export function statusToLabel(status: string | undefined): Label {
  switch (status) {
    case 'present':
    case 'accepted':
      return 'strong';
    case 'weak':
    case 'below-threshold':
      return 'weak';
    // The labels' "negated" is "expressly disclaimed or pushed onto the other party".
    case 'wrong-party':
    case 'negated':
      return 'negated';
    default:
      return 'absent';
  }
}

export interface AreaPrediction {
  label: Label;
  /** The requirement whose finding decided the label (the best one), if any. */
  requirement?: ReportRequirement;
  /** How many requirements map to the area (0: the area is n/a for this pack). */
  mapped: number;
}

/** An area's predicted label: the best status among the requirements mapped to it. */
export function predictArea(file: ReportFile, area: string): AreaPrediction {
  const inArea = AREA_MAP[area];
  if (!inArea) return { label: 'absent', mapped: 0 };
  const reqs = file.requirements.filter((r) => inArea(r));
  const best = [...reqs].sort((a, b) => (RANK[a.status] ?? 9) - (RANK[b.status] ?? 9))[0];
  const label = statusToLabel(best?.status);
  return { label, mapped: reqs.length, ...(best && label !== 'absent' ? { requirement: best } : {}) };
}

export interface AreaScore {
  area: string;
  mapped: boolean;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** Of the items both sides call present, how many agree on strong/weak/negated. */
  classAgree: number;
  classTotal: number;
  /** Four-way agreement (strong/weak/negated/absent) over every labelled item. */
  exact: number;
  total: number;
}

export interface Item {
  row: LabelRow;
  predicted: AreaPrediction;
}

export function score(items: Item[], areas: string[]): AreaScore[] {
  return areas.map((area) => {
    const s: AreaScore = { area, mapped: AREA_MAP[area] !== undefined, tp: 0, fp: 0, fn: 0, tn: 0, classAgree: 0, classTotal: 0, exact: 0, total: 0 };
    for (const { row, predicted } of items.filter((i) => i.row.area === area)) {
      const truth = row.label !== 'absent';
      const said = predicted.label !== 'absent';
      if (truth && said) s.tp++;
      else if (!truth && said) s.fp++;
      else if (truth && !said) s.fn++;
      else s.tn++;
      if (truth && said) {
        s.classTotal++;
        if (row.label === predicted.label) s.classAgree++;
      }
      s.total++;
      if (row.label === predicted.label) s.exact++;
    }
    return s;
  });
}

export function precision(s: { tp: number; fp: number }): number | undefined {
  return s.tp + s.fp ? s.tp / (s.tp + s.fp) : undefined;
}
export function recall(s: { tp: number; fn: number }): number | undefined {
  return s.tp + s.fn ? s.tp / (s.tp + s.fn) : undefined;
}
export function f1(s: { tp: number; fp: number; fn: number }): number | undefined {
  const p = precision(s);
  const r = recall(s);
  if (p === undefined || r === undefined) return undefined;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Sum the counts of several area scores (micro average). */
export function total(scores: AreaScore[]): AreaScore {
  const t: AreaScore = { area: 'all', mapped: true, tp: 0, fp: 0, fn: 0, tn: 0, classAgree: 0, classTotal: 0, exact: 0, total: 0 };
  for (const s of scores) {
    t.tp += s.tp;
    t.fp += s.fp;
    t.fn += s.fn;
    t.tn += s.tn;
    t.classAgree += s.classAgree;
    t.classTotal += s.classTotal;
    t.exact += s.exact;
    t.total += s.total;
  }
  return t;
}
