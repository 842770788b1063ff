/**
 * What a revision did to coverage: two coverages (of one draft, or of one contract set, before and
 * after) compared per requirement. A change is a regression when the requirement got weaker:
 * newly missing, or a clause that was there and is now hedged, negated, below the threshold or on
 * the wrong party (or any step down the status order).
 */
import { isMet, type Coverage, type CoverageEvidence, type CoverageItem } from './coverage';
import { STATUS_RANK } from './match';
import type { AdvisoryHeading, Status } from './types';

export type ChangeKind = 'newly-missing' | 'weakened' | 'strengthened' | 'resolved' | 'moved';

export const CHANGE_LABELS: Record<ChangeKind, string> = {
  'newly-missing': 'newly missing',
  weakened: 'weakened',
  strengthened: 'strengthened',
  resolved: 'resolved',
  moved: 'moved',
};

/** Regressions first, then improvements, then moves. */
const KIND_ORDER: ChangeKind[] = ['newly-missing', 'weakened', 'resolved', 'strengthened', 'moved'];

export interface DiffSide {
  status: Status;
  statusLabel: string;
  /** The best evidence, quoted (absent when the requirement is missing). */
  evidence?: CoverageEvidence;
}

export interface RequirementChange {
  id: string;
  title: string;
  heading: AdvisoryHeading;
  kind: ChangeKind;
  regression: boolean;
  before: DiffSide;
  after: DiffSide;
}

export interface CoverageDiff {
  changes: RequirementChange[];
  /** Requirements compared (checked in both). */
  compared: number;
  unchanged: number;
  before: Coverage['score'];
  after: Coverage['score'];
  regressions: number;
}

function itemsById(coverage: Coverage): Map<string, { item: CoverageItem; heading: AdvisoryHeading }> {
  return new Map(coverage.groups.flatMap((g) => g.items.map((item) => [item.id, { item, heading: g.heading }] as const)));
}

function side(item: CoverageItem): DiffSide {
  const best = item.evidence[0];
  return { status: item.status, statusLabel: item.statusLabel, ...(best && item.status !== 'missing' ? { evidence: best } : {}) };
}

/** How a requirement changed, or undefined when it did not (same status, same place). */
export function changeKind(before: CoverageItem, after: CoverageItem): ChangeKind | undefined {
  const was = before.status;
  const now = after.status;
  if (was === now || (isMet(was) && isMet(now))) {
    const a = before.evidence[0];
    const b = after.evidence[0];
    if (!a || !b || was === 'missing') return undefined;
    // Moved: the clause now sits in another file or section. Lines shifted by edits above it are not a move.
    return (a.file ?? '') !== (b.file ?? '') || (a.section ?? '') !== (b.section ?? '') ? 'moved' : undefined;
  }
  if (now === 'missing') return 'newly-missing';
  if (isMet(now)) return 'resolved';
  return STATUS_RANK[now] > STATUS_RANK[was] ? 'weakened' : 'strengthened';
}

export function diffCoverage(before: Coverage, after: Coverage): CoverageDiff {
  const old = itemsById(before);
  const now = itemsById(after);
  const changes: RequirementChange[] = [];
  let compared = 0;
  for (const [id, { item: b }] of old) {
    const a = now.get(id);
    if (!a) continue;
    compared++;
    const kind = changeKind(b, a.item);
    if (!kind) continue;
    changes.push({ id, title: a.item.title, heading: a.heading, kind, regression: kind === 'newly-missing' || kind === 'weakened', before: side(b), after: side(a.item) });
  }
  changes.sort((x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || x.id.localeCompare(y.id));
  return {
    changes,
    compared,
    unchanged: compared - changes.length,
    before: before.score,
    after: after.score,
    regressions: changes.filter((c) => c.regression).length,
  };
}
