/**
 * The coverage view's HTML. Pure (no VS Code import) so it is tested directly. Everything from the
 * document or the clause pack is HTML-escaped; the page loads nothing: a strict Content Security
 * Policy (default-src 'none') allows only the nonce'd inline style and script.
 */
import type { Coverage, CoverageItem } from '../engine';
import { escapeHtml } from './escape';
import { htmlPage } from './html-page';
import { STATUS_CLASS } from './status';

export interface CoverageViewModel {
  documentName: string;
  /** Not checked: why (not a contract, excluded, …). */
  notChecked?: string;
  coverage?: Coverage;
}

/** A contract set's file name as the view shows it ("schedule-3-security.md"). */
function fileName(file: string): string {
  const name = file.replace(/^.*[\\/]/, '');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function itemRow(item: CoverageItem, index: number, files: readonly string[] = []): string {
  const evidence = item.suppression
    ? `<div class="evidence">accepted (line ${item.suppression.line}): ${escapeHtml(item.suppression.reason || 'no reason given')}</div>`
    : item.evidence
        .map(
          (e) =>
            // In a contract set the link names the file; the view passes its index, never a path.
            `<div class="evidence"><a href="#" class="jump" data-start="${e.start}" data-end="${e.end}"${e.file && files.includes(e.file) ? ` data-file="${files.indexOf(e.file)}"` : ''} title="Go to line ${e.line}">${e.file && files.length ? `${escapeHtml(fileName(e.file))} ` : ''}line ${e.line}</a> ${escapeHtml(e.text)}</div>`,
        )
        .join('');
  return `<tr>
  <td><span class="status ${STATUS_CLASS[item.status]}">${escapeHtml(item.statusLabel)}</span></td>
  <td><div class="title">${escapeHtml(item.title)}</div><div class="id">${escapeHtml(item.id)} · ${escapeHtml(item.severity)}</div>${evidence}</td>
  <td><a href="#" class="cite" data-index="${index}">${escapeHtml(item.citation.label)}</a>${item.controls ? `<div class="id">Also: ${escapeHtml(item.controls)}</div>` : ''}</td>
</tr>`;
}

export function coverageViewHtml(model: CoverageViewModel, nonce: string): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  let body: string;
  if (!model.coverage) {
    body = `<p>${escapeHtml(model.notChecked ?? 'Open a Markdown contract draft to see its coverage.')}</p>`;
  } else {
    const c = model.coverage;
    const percent = c.score.percent === undefined ? 'n/a' : `${c.score.percent}%`;
    let index = 0;
    const groups = c.groups
      .map(
        (g) => `<h2>${escapeHtml(g.title)} <span class="count">${g.score.met}/${g.score.total}</span></h2>
<table><tbody>${g.items.map((item) => itemRow(item, index++, c.files)).join('\n')}</tbody></table>`,
      )
      .join('\n');
    const setNote = c.files && c.files.length > 1 ? `<p>One contract in ${c.files.length} files: ${c.files.map((f) => escapeHtml(fileName(f))).join(', ')}.</p>\n` : '';
    body = setNote + `<p class="score"><strong>${c.score.met}/${c.score.total}</strong> requirements met (${percent}); met means present, or accepted with a reason.
Provider: “${escapeHtml(c.parties.provider)}”, customer: “${escapeHtml(c.parties.customer)}”.</p>
<p><button data-export="markdown">Export Markdown</button> <button data-export="csv">Export CSV</button></p>
${groups}`;
  }
  return htmlPage({
    title: 'clauselint coverage',
    csp,
    nonce,
    css: VIEW_CSS,
    body: `<h1>AA22-131A coverage: ${escapeHtml(model.documentName)}</h1>\n${body}`,
    script: VIEW_SCRIPT,
  });
}

const VIEW_CSS = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em; }
h1 { font-size: 1.3em; } h2 { font-size: 1.05em; margin-top: 1.4em; }
table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; padding: 4px 8px; border-bottom: 1px solid var(--vscode-editorWidget-border, #8884); }
.status { display: inline-block; min-width: 7em; padding: 1px 6px; border-radius: 3px; font-size: 0.9em; }
.ok { background: var(--vscode-testing-iconPassed, #3a3); color: var(--vscode-editor-background); }
.accepted { background: var(--vscode-charts-blue, #37c); color: var(--vscode-editor-background); }
.warn { background: var(--vscode-editorWarning-foreground, #c90); color: var(--vscode-editor-background); }
.bad { background: var(--vscode-editorError-foreground, #c33); color: var(--vscode-editor-background); }
.title { font-weight: 600; } .id, .count { opacity: 0.75; font-size: 0.9em; }
.evidence { margin-top: 3px; font-size: 0.92em; }
a { color: var(--vscode-textLink-foreground); }
button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 4px 10px; cursor: pointer; }
`;

/** Clicks on evidence, export buttons and citations become messages to the extension. */
const VIEW_SCRIPT = `
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('[data-start], [data-export], [data-index]') : null;
  if (!target) return;
  event.preventDefault();
  if (target.dataset.export) vscode.postMessage({ type: 'export', format: target.dataset.export });
  else if (target.dataset.start) vscode.postMessage({ type: 'reveal', start: Number(target.dataset.start), end: Number(target.dataset.end), file: target.dataset.file === undefined ? undefined : Number(target.dataset.file) });
  else vscode.postMessage({ type: 'cite', index: Number(target.dataset.index) });
});
`;
