/**
 * The frame of every HTML page clauselint writes (the CLI's report and the editor's coverage view):
 * a Content-Security-Policy that loads nothing from outside, and one inline style (and script).
 */
import { escapeHtml } from './escape';

export interface HtmlPage {
  title: string;
  csp: string;
  css: string;
  body: string;
  /** The nonce of the inline style and script, when the CSP asks for one. */
  nonce?: string;
  script?: string;
}

export function htmlPage(page: HtmlPage): string {
  const nonce = page.nonce ? ` nonce="${page.nonce}"` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${page.csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style${nonce}>${page.css}</style>
</head>
<body>
${page.body}
${page.script ? `<script${nonce}>${page.script}</script>\n` : ''}</body>
</html>
`;
}
