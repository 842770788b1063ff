/**
 * SARIF 2.1.0 for GitHub code scanning (and any other SARIF viewer): one rule per requirement of
 * the packs used, one result per reported finding. Locations are relative to the repository root
 * (`%SRCROOT%`); regions are 1-based with UTF-16 columns, as the run's columnKind says, so they
 * match the editor's positions exactly.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Requirement, Severity } from '../engine';
import { citationText, controlTags, describeControls, squash } from '../engine';
import type { CheckResult, Notice } from '../host/service';
import { headingTitle, type PackHeading } from '../engine';
import { allFileChecks, CHECK_FAILED, headingsOf, requirementsOf, type FileCheck, type RunReport } from './model';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** Bump when the fingerprint recipe changes, so old and new alerts are not merged wrongly. */
const FINGERPRINT_KEY = 'clauselint/v1';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };

/** "mfa.provider-access" → "MfaProviderAccess": SARIF wants a name distinct from the id. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function fillPlaceholders(template: string): string {
  return template.replace(/\{\{provider\}\}/g, 'Provider').replace(/\{\{customer\}\}/g, 'Customer');
}

function rule(req: Requirement, headings: readonly PackHeading[]): Sarif.ReportingDescriptor {
  const template = fillPlaceholders(req.template);
  const owner = req.party === 'both' ? 'both parties' : `the ${req.party}`;
  const source = citationText(req);
  const controls = describeControls(req.controls);
  const also = controls ? `\n\nAlso: ${controls}` : '';
  return {
    id: req.id,
    name: ruleName(req.id),
    shortDescription: { text: req.title },
    fullDescription: { text: squash(req.rationale, 1000) },
    help: {
      text: `${squash(req.rationale, 2000)}\n\nTemplate clause (an obligation of ${owner}):\n\n${template}\n\nSource: ${source} (${req.citation.url})${also}`,
      markdown:
        `**${req.title}**\n\n${req.rationale.trim()}\n\n` +
        `Template clause (an obligation of ${owner}):\n\n${template.split(/\r?\n/).map((l) => `> ${l}`).join('\n')}\n\n` +
        `Source: [${source}](${req.citation.url})${also}`,
    },
    helpUri: req.citation.url,
    defaultConfiguration: { level: LEVEL[req.severity] },
    // Control ids as tags ("nist-800-53r5:IA-2(1)"), so code-scanning UIs can filter by framework control.
    properties: {
      tags: ['contract', 'AA22-131A', req.heading, ...controlTags(req.controls)],
      heading: headingTitle(headings, req.heading),
      party: req.party,
      pack: req.pack,
      ...(controls ? { controls } : {}),
    },
  };
}

/**
 * Notices about the draft's own text (placeholders, suppression comments) are results under rules
 * of their own; notices about the file (binary, too large, unreadable) are tool notifications.
 */
const NOTICE_RULES: Record<string, { title: string; description: string }> = {
  placeholder: {
    title: 'Bracketed template value to confirm',
    description: 'A bracketed value such as "[24] hours" or "[Schedule X]", as clause templates leave them, is still in the draft. Confirm the value or replace it.',
  },
  'suppression-without-reason': {
    title: 'Accepted clause without a reason',
    description: 'A clauselint-disable comment gives no reason after "--", so it accepts nothing and the findings it names stay. Write why the clause is accepted, for the next reviewer.',
  },
  'suppression-unknown-id': {
    title: 'Accepted requirement that is not checked',
    description: 'A clauselint-disable comment names a requirement id that is not checked in this document (a typo, or a pack that is not enabled).',
  },
  'suppression-without-id': {
    title: 'Suppression comment without a requirement id',
    description: 'A clauselint-disable comment must name the id of the requirement it accepts.',
  },
};

function isFileNotice(n: Notice): boolean {
  return n.code.startsWith('document-');
}

function noticeRule(code: string, severity: Severity): Sarif.ReportingDescriptor {
  const known = NOTICE_RULES[code];
  const title = known?.title ?? code;
  const description = known?.description ?? title;
  return {
    id: code,
    name: ruleName(code),
    shortDescription: { text: title },
    fullDescription: { text: description },
    help: { text: description, markdown: description },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: { tags: ['contract', 'drafting'] },
  };
}

/** A location relative to the repository root, or an absolute file URI outside it. */
function artifactLocation(file: FileCheck, root: string): Sarif.ArtifactLocation {
  const relative = path.relative(root, file.absolutePath);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(file.absolutePath).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(result: CheckResult, start: number, end: number): Sarif.Region {
  const s = result.lines.position(start);
  const e = result.lines.position(end);
  return { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
}

/** Stable across edits elsewhere in the file: rule, file, status and the evidence's words. */
function fingerprint(ruleId: string, uri: string, status: string, evidence: string): string {
  return createHash('sha256').update([ruleId, uri, status, squash(evidence, 10_000).toLowerCase()].join('\u0000')).digest('hex');
}

export function sarifReport(report: RunReport, root: string): Sarif.Log {
  const headings = headingsOf(report);
  const rules = requirementsOf(report).map((req) => rule(req, headings));
  for (const file of allFileChecks(report)) {
    for (const n of file.result.notices) {
      if (!isFileNotice(n) && !rules.some((r) => r.id === n.code)) rules.push(noticeRule(n.code, n.severity));
    }
  }
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const file of allFileChecks(report)) {
    const location = artifactLocation(file, root);
    // Accepted findings are results too, suppressed in source with the drafter's reason: SARIF's
    // own word for that state is "accepted", and code scanning shows them as dismissed.
    const accepted = file.result.analysis?.findings.filter((f) => f.status === 'accepted') ?? [];
    for (const f of [...file.result.problems, ...accepted]) {
      const evidence = f.evidence[0];
      results.push({
        ...(f.suppression ? { suppressions: [{ kind: 'inSource' as const, status: 'accepted' as const, justification: f.suppression.reason, location: { physicalLocation: { artifactLocation: location, region: region(file.result, f.suppression.span.start, f.suppression.span.end) } } }] } : {}),
        ruleId: f.requirement.id,
        ruleIndex: ruleIndex.get(f.requirement.id),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(file.result, f.range.start, f.range.end) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f.requirement.id, location.uri!, f.status, evidence?.text ?? '') },
        properties: { status: f.status, heading: f.requirement.heading },
      });
    }
    const seen = new Map<string, number>();
    for (const n of file.result.notices) {
      if (!isFileNotice(n)) {
        // The same placeholder may occur twice in a file: number the occurrences.
        const key = `${n.code}\u0000${n.message}`;
        const occurrence = (seen.get(key) ?? 0) + 1;
        seen.set(key, occurrence);
        results.push({
          ruleId: n.code,
          ruleIndex: ruleIndex.get(n.code),
          level: LEVEL[n.severity],
          message: { text: n.message },
          locations: [{ physicalLocation: { artifactLocation: location, region: region(file.result, n.start, n.end) } }],
          partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(n.code, location.uri!, String(occurrence), n.message) },
        });
        continue;
      }
      notifications.push({
        level: LEVEL[n.severity],
        message: { text: n.message },
        descriptor: { id: n.code },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(file.result, n.start, n.end) } }],
      });
    }
  }
  const run: Sarif.Run = {
    tool: {
      driver: {
        name: 'clauselint',
        version: report.toolVersion,
        semanticVersion: report.toolVersion,
        rules,
      },
    },
    originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(root).href.replace(/\/?$/, '/') } },
    invocations: [{ executionSuccessful: !notifications.some((n) => n.descriptor?.id === CHECK_FAILED), toolExecutionNotifications: notifications }],
    results,
    columnKind: 'utf16CodeUnits',
  };
  return { $schema: SCHEMA, version: '2.1.0', runs: [run] };
}
