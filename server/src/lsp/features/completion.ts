/**
 * Clause completion: a snippet for every checked requirement, offered at the start of a paragraph
 * (or list item) and wherever the word typed starts with "clause". The snippet is the template
 * with the draft's party names; its bracketed values are tab stops. Requirements the draft does
 * not yet meet come first; the documentation previews the clause and cites the advisory.
 */
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
} from 'vscode-languageserver/node';
import { STATUS_LABELS } from '../../engine';
import { renderTemplate } from '../../engine';
import { citationOf, citationText } from '../../engine';
import { STATUS_RANK } from '../../engine';
import type { Finding } from '../../engine';
import type { FeatureContext } from './context';
import { escapeMarkdown, markdownUrl } from '../../reporters/escape';

/** Escape snippet syntax ($, }, \) in literal text. */
function snippetText(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** The rendered clause as a snippet: each bracketed value becomes a tab stop holding it. */
export function clauseSnippet(rendered: string): string {
  let n = 0;
  let out = '';
  let at = 0;
  for (const m of rendered.matchAll(/\[[^\[\]\n]{1,80}\]/g)) {
    out += snippetText(rendered.slice(at, m.index)) + `\${${++n}:${snippetText(m[0])}}`;
    at = m.index + m[0].length;
  }
  return out + snippetText(rendered.slice(at)) + '$0';
}

/** Template paragraphs as single lines (the editor wraps them), separated by blank lines. */
function unwrap(text: string): string {
  return text.split(/\n[ \t]*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ')).join('\n\n');
}

/** Is the cursor inside a fenced code block? Counts the fences above it. */
function inFence(lines: string[]): boolean {
  let open: string | undefined;
  for (const line of lines) {
    const m = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (!m) continue;
    if (!open) open = m[1]!;
    else if (m[1]![0] === open[0] && m[1]!.length >= open.length) open = undefined;
  }
  return open !== undefined;
}

const PARAGRAPH_START = /^(\s*(?:[-*+]\s+|\d{1,9}[.)]\s+|\(?[a-zA-Z0-9]{1,4}\)\s+|\d+(?:\.\d+)+\.?\s+)?)([\p{L}-]*)$/u;

export async function onCompletion(ctx: FeatureContext, params: CompletionParams): Promise<CompletionList | null> {
  const checked = await ctx.checkedContract(params.textDocument.uri);
  if (!checked) return null;
  const { document, analysis } = checked;
  const offset = document.offsetAt(params.position);
  const lineStart = document.offsetAt({ line: params.position.line, character: 0 });
  const before = document.getText().slice(lineStart, offset);
  const previousLine = params.position.line > 0 ? document.getText({ start: { line: params.position.line - 1, character: 0 }, end: { line: params.position.line, character: 0 } }) : '';

  const keyword = /\bclause[\p{L}-]*$/iu.exec(before);
  const start = PARAGRAPH_START.exec(before);
  const atParagraphStart = !!start && (params.position.line === 0 || /^\s*$|^\s*([-*+]|\d{1,9}[.)])\s|^\s*#/.test(previousLine) || start[1] !== '');
  if (!keyword && !atParagraphStart) return null;
  if (inFence(document.getText({ start: { line: 0, character: 0 }, end: params.position }).split(/\r?\n/).slice(0, -1))) return null;

  const word = keyword ? keyword[0] : start![2]!;
  const range = { start: document.positionAt(offset - word.length), end: params.position };
  const snippets = ctx.clientCapabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
  const ordered = [...analysis.findings].sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status] || a.requirement.title.localeCompare(b.requirement.title));
  const items: CompletionItem[] = ordered.map((f: Finding, i) => {
    const req = f.requirement;
    const clause = unwrap(renderTemplate(req, analysis.parties));
    const documentation = [
      `**${escapeMarkdown(req.title)}** — ${STATUS_LABELS[f.status]} in this draft`,
      '',
      clause.split('\n').map((l) => `> ${escapeMarkdown(l)}`).join('\n'),
      '',
      escapeMarkdown(req.rationale),
      '',
      `Source: [${escapeMarkdown(citationText(req))}](${markdownUrl(req.citation.url)})`,
    ].join('\n');
    return {
      label: req.title,
      labelDetails: { description: `${STATUS_LABELS[f.status]} · ${req.id}` },
      kind: CompletionItemKind.Snippet,
      detail: `clause · ${citationOf(req)}`,
      documentation: { kind: MarkupKind.Markdown, value: documentation },
      filterText: `clause ${req.title} ${req.id}`,
      sortText: String(i).padStart(3, '0'),
      textEdit: { range, newText: snippets ? clauseSnippet(clause) : clause },
      insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      data: { requirement: req.id },
    };
  });
  return { isIncomplete: false, items };
}
