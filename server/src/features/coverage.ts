/**
 * `clauselint/coverage`: the coverage of an open document, computed by the engine (the single
 * source of truth) for the editor's status bar item and coverage view.
 */
import { RequestType } from 'vscode-languageserver/node';
import { coverageOf, type Coverage } from '../engine/coverage';
import type { FeatureContext } from './context';

export interface CoverageParams {
  uri: string;
}

export interface CoverageResponse {
  uri: string;
  version: number;
  /** False when the document is not checked (not a contract, excluded, disabled, too large). */
  checked: boolean;
  /** Why it was or was not checked. */
  reason: string;
  coverage?: Coverage;
}

export const CoverageRequest = new RequestType<CoverageParams, CoverageResponse | null, void>('clauselint/coverage');

export async function onCoverage(ctx: FeatureContext, params: CoverageParams): Promise<CoverageResponse | null> {
  const open = await ctx.checkOpen(params.uri);
  if (!open) return null;
  const { document, result } = open;
  const base = { uri: document.uri, version: document.version, checked: result.checked, reason: result.reason };
  return result.checked && result.analysis ? { ...base, coverage: coverageOf(result.analysis) } : base;
}
