/**
 * `clauselint/coverage` and `clauselint/coverageReport`: the coverage of an open document, computed
 * by the engine (the single source of truth) and rendered by the reporters, for the editor's status
 * bar item, coverage view and export command.
 */
import { RequestType } from 'vscode-languageserver/node';
import { coverageOf, coverageOfSet } from '../../engine';
import {
  COVERAGE_REPORT_REQUEST,
  COVERAGE_REQUEST,
  type CoverageParams,
  type CoverageReportParams,
  type CoverageReportResponse,
  type CoverageResponse,
} from '../../protocol';
import { coverageCsv, coverageMarkdown } from '../../reporters/coverage-export';
import { coverageViewHtml } from '../../reporters/coverage-view-html';
import type { FeatureContext } from './context';

export const CoverageRequest = new RequestType<CoverageParams, CoverageResponse | null, void>(COVERAGE_REQUEST);
export const CoverageReportRequest = new RequestType<CoverageReportParams, CoverageReportResponse | null, void>(COVERAGE_REPORT_REQUEST);

export async function onCoverage(ctx: FeatureContext, params: CoverageParams): Promise<CoverageResponse | null> {
  const open = await ctx.checkOpen(params.uri);
  if (!open) return null;
  const { document, result } = open;
  const base = { uri: document.uri, version: document.version, checked: result.checked, reason: result.reason };
  // A contract set (from its main document or any part): the coverage of the whole contract.
  const set = result.set ?? result.memberOf;
  if (result.checked && set) return { ...base, coverage: coverageOfSet(set.analysis) };
  return result.checked && result.analysis ? { ...base, coverage: coverageOf(result.analysis) } : base;
}

export async function onCoverageReport(ctx: FeatureContext, params: CoverageReportParams): Promise<CoverageReportResponse | null> {
  const response = await onCoverage(ctx, params);
  const coverage = response?.coverage;
  const documentName = String(params.documentName ?? '');
  switch (params.format) {
    case 'view-html': {
      const nonce = /^[A-Za-z0-9+/=]{16,}$/.test(params.nonce ?? '') ? params.nonce! : '';
      if (!nonce) return null; // the page's script and style need a nonce the webview knows
      const model = coverage
        ? { documentName, coverage }
        : { documentName, notChecked: response ? `Not checked: ${response.reason}.` : 'The document is not open in the clauselint server.' };
      return { checked: !!coverage, content: coverageViewHtml(model, nonce) };
    }
    case 'markdown':
      return coverage ? { checked: true, content: coverageMarkdown(coverage, documentName) } : { checked: false, content: response?.reason ?? 'not open' };
    case 'csv':
      return coverage ? { checked: true, content: coverageCsv(coverage) } : { checked: false, content: response?.reason ?? 'not open' };
    default:
      return null;
  }
}
