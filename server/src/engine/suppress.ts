/**
 * In-document suppressions: HTML comments a drafter writes to accept a requirement on purpose.
 *
 *   <!-- clauselint-disable mfa.services-delivered -- the Customer runs its own IdP -->
 *   <!-- clauselint-enable mfa.services-delivered -->
 *
 * A disable comment covers findings located from the comment to the end of its enclosing section,
 * or to a matching enable comment if one comes first. For a missing requirement there is no
 * location, so a disable comment anywhere in the document covers it. Comments inside fenced code
 * are not comments (the parser never collects them). Several ids may be listed, separated by
 * spaces or commas. A reason after "--" is required: a comment without one (or with only a
 * bracketed placeholder, "[reason]") accepts nothing; the finding stays and the comment is flagged.
 */
import type { ParsedDocument } from './parse';
import type { Span, Status } from './types';

export const DISABLE = 'clauselint-disable';
export const ENABLE = 'clauselint-enable';

export interface Suppression {
  ids: string[];
  /** Empty when the comment gives no reason. */
  reason: string;
  /** The whole comment, <!-- to -->. */
  comment: Span;
  /** Where located findings are covered: from the end of the comment to the end of the scope. */
  region: Span;
}

export interface SuppressionProblem extends Span {
  code: 'suppression-without-reason' | 'suppression-unknown-id' | 'suppression-without-id';
  message: string;
  /** The requirement ids the comment names (for the quick fix and messages). */
  ids: string[];
}

export interface Suppressions {
  list: Suppression[];
  problems: SuppressionProblem[];
}

interface Directive {
  kind: 'disable' | 'enable';
  ids: string[];
  reason: string;
  comment: Span;
}

const DIRECTIVE = /^clauselint-(disable|enable)(?![\w-])([\s\S]*)$/;

/** Read the clauselint directives in a document's HTML comments. `knownIds` enables the unknown-id check. */
export function readSuppressions(doc: ParsedDocument, knownIds?: ReadonlySet<string>): Suppressions {
  const directives: Directive[] = [];
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.body);
    if (!m) continue;
    const rest = m[2]!;
    const sep = rest.search(/(^|\s)--(\s|$)/);
    const idPart = sep === -1 ? rest : rest.slice(0, sep);
    const reason = sep === -1 ? '' : rest.slice(sep).replace(/^\s*--/, '').trim();
    const ids = idPart.split(/[\s,]+/).filter(Boolean);
    directives.push({ kind: m[1] as Directive['kind'], ids, reason, comment: { start: c.start, end: c.end } });
  }

  const list: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  directives.forEach((d, i) => {
    if (d.kind === 'enable') return;
    if (d.ids.length === 0) {
      problems.push({ ...d.comment, code: 'suppression-without-id', ids: [], message: `${DISABLE} needs the id of the requirement it accepts, e.g. <!-- ${DISABLE} backup.testing -- reason -->.` });
      return;
    }
    const unknown = knownIds ? d.ids.filter((id) => !knownIds.has(id)) : [];
    for (const id of unknown) {
      problems.push({ ...d.comment, code: 'suppression-unknown-id', ids: [id], message: `${DISABLE}: no requirement with id "${id}" is checked in this document.` });
    }
    const hasReason = d.reason !== '' && !/^\[[^\]]*\]$/.test(d.reason);
    if (!hasReason) {
      problems.push({
        ...d.comment,
        code: 'suppression-without-reason',
        ids: d.ids,
        message: `Suppression of ${d.ids.join(', ')} has no reason, so it is not accepted and its findings stay: write why after "--", e.g. <!-- ${DISABLE} ${d.ids[0]} -- agreed with the Customer's CISO -->.`,
      });
    }
    const scopeEnd = enclosingSectionEnd(doc, d.comment.start);
    for (const id of d.ids) {
      const enable = directives.slice(i + 1).find((e) => e.kind === 'enable' && e.comment.start < scopeEnd && (e.ids.length === 0 || e.ids.includes(id)));
      const end = enable ? enable.comment.start : scopeEnd;
      list.push({ ids: [id], reason: hasReason ? d.reason : '', comment: d.comment, region: { start: d.comment.end, end } });
    }
  });
  return { list, problems };
}

/** End of the innermost section holding `offset`; the document end before any heading. */
function enclosingSectionEnd(doc: ParsedDocument, offset: number): number {
  let end = doc.text.length;
  let depth = 0;
  for (const s of doc.sections) {
    if (s.start <= offset && offset < s.end && s.depth >= depth) {
      end = s.end;
      depth = s.depth;
    }
  }
  return end;
}

/**
 * The suppression that accepts a finding, if any: for a missing requirement any disable comment
 * naming it; otherwise one whose region holds the finding's location. Only a comment with a
 * reason accepts: an unexplained acceptance would make the score say "met" for nothing.
 */
export function suppressionFor(suppressions: Suppressions, id: string, status: Status, at: Span): Suppression | undefined {
  const own = suppressions.list.filter((s) => s.ids.includes(id) && s.reason !== '');
  if (status === 'missing') return own[0];
  return own.find((s) => s.region.start <= at.start && at.start < s.region.end);
}

/** The comment text a quick fix writes; the drafter replaces "[reason]" (until then it is flagged). */
export function disableComment(id: string, reason = '[reason]'): string {
  return `<!-- ${DISABLE} ${id} -- ${reason} -->`;
}
