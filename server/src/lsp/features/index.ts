/**
 * Wires the editor features into the language server: quick fixes and fix-all, hovers, clause
 * completion, the coverage request and the "insert all missing clauses" command.
 */
import { CodeActionKind, LSPErrorCodes, ResponseError, type CancellationToken, type ExecuteCommandParams, type ServerCapabilities } from 'vscode-languageserver/node';
import { COMMAND_INSERT_ALL_MISSING, FIX_ALL_KIND, insertAllMissing, onCodeAction } from './codeActions';
import { onCompletion } from './completion';
import type { FeatureContext } from './context';
import { CoverageReportRequest, CoverageRequest, onCoverage, onCoverageReport } from './coverage';
import { onHover } from './hover';
import { CompareCoverageRequest, ImportWordRequest, onCompareCoverage, onImportWord } from './revisions';

export { FeatureContext } from './context';

export const FEATURE_COMMANDS = [COMMAND_INSERT_ALL_MISSING];

export function featureCapabilities(): ServerCapabilities {
  return {
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    hoverProvider: true,
    completionProvider: { resolveProvider: false },
  };
}

export function registerFeatures(ctx: FeatureContext): void {
  const { connection } = ctx;
  connection.onCodeAction(cancellable((params) => onCodeAction(ctx, params)));
  connection.onHover(cancellable((params) => onHover(ctx, params)));
  connection.onCompletion(cancellable((params) => onCompletion(ctx, params)));
  connection.onRequest(CoverageRequest, cancellable((params) => onCoverage(ctx, params)));
  connection.onRequest(ImportWordRequest, (params) => onImportWord(params));
  connection.onRequest(CompareCoverageRequest, cancellable((params) => onCompareCoverage(ctx, params)));
  connection.onRequest(CoverageReportRequest, cancellable((params) => onCoverageReport(ctx, params)));
}

/**
 * A request the client cancels is answered at once with RequestCancelled instead of when the
 * check it waits for ends (a long draft takes seconds). The check itself goes on: the document's
 * diagnostics need it; a newer edit is what stops it.
 */
function cancellable<P, R>(handler: (params: P) => Promise<R>): (params: P, token: CancellationToken) => Promise<R> {
  const cancelled = (): ResponseError<void> => new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
  return (params, token) => {
    if (token.isCancellationRequested) return Promise.reject(cancelled());
    return new Promise<R>((resolve, reject) => {
      const listener = token.onCancellationRequested(() => reject(cancelled()));
      handler(params).then(resolve, reject).finally(() => listener.dispose());
    });
  };
}

/** Runs a feature command; undefined when the command is not one of ours. */
export async function executeFeatureCommand(ctx: FeatureContext, params: ExecuteCommandParams): Promise<unknown> {
  if (params.command === COMMAND_INSERT_ALL_MISSING) {
    const uri = typeof params.arguments?.[0] === 'string' ? params.arguments[0] : undefined;
    if (!uri) return { applied: false, inserted: 0, message: 'clauselint: no document given' };
    return insertAllMissing(ctx, uri);
  }
  return undefined;
}
