/**
 * Reports of `clauselint diff`: plain text for a terminal, Markdown for a pull-request comment,
 * and JSON for tools. Each change quotes the clause before and after.
 */
import { CHANGE_LABELS, squash, type ChangeKind, type CoverageDiff, type DiffSide, type RequirementChange } from '../engine';
import { escapeHtml, escapeMarkdown, markdownCode } from './escape';

export interface FileDiff {
  /** How the old and the new version are named ("msa.md@main", "msa.md"). */
  old: string;
  now: string;
  diff: CoverageDiff;
}

const MARK: Record<ChangeKind, string> = {
  'newly-missing': '🔻',
  weakened: '🔻',
  strengthened: '🔺',
  resolved: '✅',
  moved: '↔️',
};

function where(side: DiffSide): string {
  const e = side.evidence;
  if (!e) return side.statusLabel;
  return `${side.statusLabel}, ${e.file ? `${e.file} ` : ''}line ${e.line}${e.section ? ` (${e.section})` : ''}`;
}

function score(diff: CoverageDiff): string {
  const s = (x: CoverageDiff['before']): string => `${x.met}/${x.total}${x.percent === undefined ? '' : ` (${x.percent}%)`}`;
  return `${s(diff.before)} → ${s(diff.after)}`;
}

function counts(diff: CoverageDiff): string {
  const improvements = diff.changes.filter((c) => c.kind === 'resolved' || c.kind === 'strengthened').length;
  const moved = diff.changes.filter((c) => c.kind === 'moved').length;
  const parts = [`${diff.regressions} regression${diff.regressions === 1 ? '' : 's'}`, `${improvements} improvement${improvements === 1 ? '' : 's'}`];
  if (moved) parts.push(`${moved} moved`);
  return parts.join(', ');
}

export function diffText(files: readonly FileDiff[]): string {
  const out: string[] = [];
  for (const f of files) {
    out.push(`${f.old} → ${f.now}: coverage ${score(f.diff)}; ${counts(f.diff)}`);
    for (const c of f.diff.changes) {
      out.push(`  ${CHANGE_LABELS[c.kind].padEnd(13)}  ${c.id}  ${c.title}`);
      out.push(`      before (${where(c.before)})${c.before.evidence ? `: “${squash(c.before.evidence.text, 200)}”` : ''}`);
      out.push(`      after  (${where(c.after)})${c.after.evidence ? `: “${squash(c.after.evidence.text, 200)}”` : ''}`);
    }
    if (!f.diff.changes.length) out.push('  no requirement changed');
    out.push('');
  }
  return out.join('\n');
}

function quote(side: DiffSide): string {
  const text = side.evidence ? `“${escapeMarkdown(squash(side.evidence.text, 200))}”<br>` : '';
  return `${text}*${escapeMarkdown(where(side))}*`;
}

export function diffMarkdown(files: readonly FileDiff[]): string {
  const out: string[] = [];
  for (const f of files) {
    out.push(`### clauselint: AA22-131A coverage of ${markdownCode(f.now)}`, '');
    out.push(`Compared with ${markdownCode(f.old)}: coverage ${score(f.diff)} · **${counts(f.diff)}**`, '');
    if (!f.diff.changes.length) {
      out.push('No requirement changed.', '');
      continue;
    }
    out.push('| Change | Requirement | Before | After |', '| --- | --- | --- | --- |');
    for (const c of f.diff.changes) out.push(changeRow(c));
    out.push('');
  }
  return out.join('\n');
}

function changeRow(c: RequirementChange): string {
  const kind = `${MARK[c.kind]} ${CHANGE_LABELS[c.kind]}`;
  return `| ${kind} | ${escapeMarkdown(c.title)} ${markdownCode(c.id)} | ${quote(c.before)} | ${quote(c.after)} |`;
}

export function diffJson(files: readonly FileDiff[]): string {
  return JSON.stringify({ version: 1, files: files.map((f) => ({ old: f.old, new: f.now, ...f.diff })) }, null, 2) + '\n';
}

/** The coverage view's page for a comparison: a table per file, quotes escaped, no script, only the nonce'd style. */
export function diffHtml(files: readonly FileDiff[], nonce: string): string {
  const body = files
    .map((f) => {
      const rows = f.diff.changes
        .map(
          (c) =>
            `<tr class="${c.regression ? 'worse' : 'better'}"><td>${MARK[c.kind]} ${escapeHtml(CHANGE_LABELS[c.kind])}</td><td>${escapeHtml(c.title)}<div class="id">${escapeHtml(c.id)}</div></td>` +
            `<td>${sideHtml(c.before)}</td><td>${sideHtml(c.after)}</td></tr>`,
        )
        .join('\n');
      const table = f.diff.changes.length
        ? `<table><thead><tr><th>Change</th><th>Requirement</th><th>Before</th><th>After</th></tr></thead><tbody>${rows}</tbody></table>`
        : '<p>No requirement changed.</p>';
      return `<h1>${escapeHtml(f.now)} compared with ${escapeHtml(f.old)}</h1><p>Coverage ${escapeHtml(score(f.diff))} · <strong>${escapeHtml(counts(f.diff))}</strong></p>${table}`;
    })
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${escapeHtml(nonce)}'">
<style nonce="${escapeHtml(nonce)}">
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); }
table { border-collapse: collapse; width: 100%; } td, th { border-bottom: 1px solid var(--vscode-panel-border); padding: 4px 6px; vertical-align: top; text-align: left; }
tr.worse td:first-child { color: var(--vscode-errorForeground); } .id, .where { opacity: 0.75; font-size: 0.9em; } blockquote { margin: 0 0 2px 0; }
</style></head><body>${body}</body></html>`;
}

function sideHtml(side: DiffSide): string {
  const quoted = side.evidence ? `<blockquote>“${escapeHtml(squash(side.evidence.text, 240))}”</blockquote>` : '';
  return `${quoted}<div class="where">${escapeHtml(where(side))}</div>`;
}
