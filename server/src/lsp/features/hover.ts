/**
 * Hover on a diagnostic's range or on evidence text: which requirement, what was found and why it
 * falls short, the advisory's rationale, and the citation as a link. Also explains bracketed
 * placeholders and suppression comments. Document text is escaped: a hover never renders markup
 * (or links) that came from the draft.
 */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver/node';
import { STATUS_LABELS } from '../../engine';
import { citationText } from '../../engine';
import { describeControls, findPlaceholders } from '../../engine';
import type { Evidence, Finding, Perspective, Span } from '../../engine';
import { escapeMarkdown, markdownUrl } from '../../reporters/escape';
import type { FeatureContext } from './context';

function link(f: Finding): string {
  // The URL comes from the clause pack (validated as a URL by its schema), not from the draft.
  return `[${escapeMarkdown(citationText(f.requirement))}](${markdownUrl(f.requirement.citation.url)})`;
}

function describe(f: Finding, ev: Evidence | undefined, perspective: Perspective): string {
  const req = f.requirement;
  const parts = [`**${escapeMarkdown(req.title)}** — ${STATUS_LABELS[f.status]} (${f.severity}) · \`${req.id}\``, '', escapeMarkdown(f.message)];
  if (ev) {
    parts.push('', `Found (line ${ev.line}): “${escapeMarkdown(ev.text.length > 300 ? ev.text.slice(0, 299) + '…' : ev.text)}”`);
    // The cue reasons speak for the customer ("the other party cannot rely on it"); the provider
    // view's message already says what the wording means for the provider.
    const customerWorded = perspective === 'provider' && ev.status !== 'below-threshold';
    if (ev.status !== 'present' && !customerWorded) parts.push('', `Why it falls short: ${escapeMarkdown(ev.reason)}`);
    // Which sentence decided and how it was read (party, words, disclaimer), so a lawyer can check the reading.
    if (ev === f.evidence[0]) parts.push('', `Decided by this sentence${f.decision ? `: ${escapeMarkdown(f.decision)}` : f.evidence.length > 1 ? ' (the best of the evidence found)' : ''}.`);
    if (ev.basis?.length) parts.push('', `How it was read: ${ev.basis.map(escapeMarkdown).join('; ')}.`);
  }
  if (f.conflict) parts.push('', `**Conflict:** ${escapeMarkdown(f.conflict.message)}`);
  if (f.suppression) parts.push('', `Accepted in the document: ${escapeMarkdown(f.suppression.reason || 'no reason given')}`);
  parts.push('', `Why it matters: ${escapeMarkdown(req.rationale)}`, '', `Source: ${link(f)}`);
  const controls = alsoLine(f);
  if (controls) parts.push('', controls);
  return parts.join('\n');
}

/** "Also: NIST SP 800-53 IA-2(1), IA-2(2); SP 800-171 3.5.3 …": what security reviewers look for. */
function alsoLine(f: Finding): string | undefined {
  const controls = describeControls(f.requirement.controls);
  return controls ? `Also: ${escapeMarkdown(controls)}` : undefined;
}

const within = (s: Span, offset: number): boolean => s.start <= offset && offset <= s.end;

export async function onHover(ctx: FeatureContext, params: HoverParams): Promise<Hover | null> {
  const checked = await ctx.checkedContract(params.textDocument.uri);
  if (!checked) return null;
  const offset = checked.document.offsetAt(params.position);
  const { analysis } = checked;
  const sections: string[] = [];
  let span: Span | undefined;
  const widen = (s: Span): void => {
    span = span ? { start: Math.min(span.start, s.start), end: Math.max(span.end, s.end) } : s;
  };

  const missing = analysis.findings.filter((f) => f.status === 'missing' && within(f.range, offset));
  if (missing.length) {
    widen(missing[0]!.range);
    const lines = missing.map((f) => {
      const also = alsoLine(f);
      return `- **${escapeMarkdown(f.requirement.title)}** (${f.severity}, \`${f.requirement.id}\`) — ${link(f)}${also ? ` · ${also}` : ''}`;
    });
    sections.push([`**clauselint: ${missing.length} missing clause${missing.length === 1 ? '' : 's'}**`, '', ...lines, '', 'Use the quick fix to insert a template clause where a drafter would put it.'].join('\n'));
  }
  for (const f of analysis.findings) {
    if (f.status === 'missing') continue;
    const onRange = (f.status !== 'present' || f.overCommits === true) && within(f.range, offset);
    const ev = f.evidence.find((e) => within(e, offset));
    if (!onRange && !ev) continue;
    widen(onRange ? f.range : ev!);
    sections.push(describe(f, ev ?? f.evidence[0], checked.settings.perspective));
    if (sections.length >= 6) break;
  }
  const placeholder = findPlaceholders(analysis).find((p) => within(p, offset));
  if (placeholder) {
    widen(placeholder);
    sections.push(`**Placeholder** “${escapeMarkdown(placeholder.value)}”: a bracketed value from a clause template. Confirm it or replace it with the agreed value; the quick fix removes the brackets.`);
  }
  const suppression = analysis.suppressions.list.find((s) => within(s.comment, offset));
  if (suppression) {
    widen(suppression.comment);
    const ids = analysis.suppressions.list.filter((s) => s.comment.start === suppression.comment.start).map((s) => `\`${s.ids[0]}\``);
    sections.push(`**clauselint-disable** ${ids.join(', ')}: accepted ${suppression.reason ? `because “${escapeMarkdown(suppression.reason)}”` : 'without a reason (write one after "--")'}. Covers findings to the end of this section, or to a matching clauselint-enable; a missing clause anywhere.`);
  }
  if (!sections.length || !span) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: ctx.range(checked.document, span) };
}
