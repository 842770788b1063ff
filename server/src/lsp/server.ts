/**
 * The language server: a thin LSP adapter over the engine. It keeps open documents in sync
 * (incremental), reads settings per document, decides which documents to check, debounces typing,
 * and publishes the engine's findings as diagnostics.
 */
import { SERVER_COMMANDS } from '../protocol';
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as path from 'node:path';
import { RemarkWorkers } from '../host/remark-workers';
import { URI } from '../host/uri';
import { AnalysisService, type CheckResult } from '../host/service';
import { ContractSets } from './contract-sets';
import { normalizeSettings, type Settings } from '../host/settings';
import { toDiagnostics } from './diagnostics';
import { executeFeatureCommand, FEATURE_COMMANDS, featureCapabilities, FeatureContext, registerFeatures } from './features';
import { DocumentChecks } from './background';
import { CheckProgress, SUPERSEDED } from './check-progress';
import { IdleCollector } from './memory';
import { PackProblems } from './pack-problems';
import { compileRegExpsEagerly } from '../host/regexp-tiering';

export const COMMAND_CHECK_DOCUMENT = SERVER_COMMANDS.checkDocument;

compileRegExpsEagerly(); // before any check (see regexp-tiering.ts)
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let service: AnalysisService;
let hasConfigurationCapability = false;
let canWatchFiles = false;
let workspaceFolders: string[] = [];
const settingsCache = new Map<string, Promise<Settings>>();
const reportedSettingsProblems = new Set<string>();
const timers = new Map<string, NodeJS.Timeout>();
const packProblems = new PackProblems(connection);
// Checks run in slices so a large draft never holds up other requests; see background.ts.
const sets = new ContractSets(documents);
// A run of 32 KB or more that remark must read in one call (one huge list or quote) is read by a
// worker thread, which a budget or an edit can stop.
const remarkWorkers = new RemarkWorkers(path.join(__dirname, 'remark-worker.js'));
const checks = new DocumentChecks((uri, text, settings, offload) => service.checkSteps(uri, text, settings, { read: sets.read, ...(offload ? { offload } : {}) }), remarkWorkers);
const memory = new IdleCollector();
const features = new FeatureContext(connection, documents, async (document) => {
  // A part of a contract set: its view of its main document's check.
  const main = sets.mainFor(document.uri);
  if (main && main !== document.uri) {
    const viaMain = await checkMain(main);
    const part = viaMain?.result.set?.parts.find((p) => p.file === document.uri);
    if (viaMain && part) return { result: part.result, settings: viaMain.settings };
  }
  const settings = await settingsFor(document.uri);
  const text = document.getText();
  return { result: (await checks.run(document.uri, text, settings)) ?? service.check(document.uri, text, settings, { read: sets.read }), settings };
});

connection.onInitialize((params: InitializeParams): InitializeResult => {
  hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
  canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  features.clientCapabilities = params.capabilities;
  workspaceFolders = (params.workspaceFolders ?? []).map((f) => URI.toPath(f.uri)).filter((p): p is string => !!p);
  if (!workspaceFolders.length && params.rootUri) {
    const root = URI.toPath(params.rootUri);
    if (root) workspaceFolders = [root];
  }
  service = new AnalysisService(workspaceFolders, (message) => connection.console.warn(message), (problems) => packProblems.report(problems));
  // An earlier version of a draft is checked under its own key, so the open draft's block cache stays its own.
  features.checkText = (uri, text, settings, read = sets.read) => service.check(`${uri}#base`, text, settings, { force: true, read });
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      executeCommandProvider: { commands: [COMMAND_CHECK_DOCUMENT, ...FEATURE_COMMANDS] },
      ...featureCapabilities(),
    },
    serverInfo: { name: 'clauselint', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (hasConfigurationCapability) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'clauselint' });
  }
  // Edited workspace packs are loaded again (and their problems re-reported) without a restart.
  // Closed parts of contract sets are read from disk: a change on disk re-checks their main documents.
  if (canWatchFiles) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/.clauselint/packs/**' }, { globPattern: '**/*.{md,markdown,mdown,mkd,mkdn,mdwn}' }],
    });
  }
});

connection.onDidChangeWatchedFiles((params) => {
  const files = params.changes.map((c) => c.uri);
  if (files.some((uri) => /\/\.clauselint\/packs\//.test(uri))) {
    reloadPacks();
    return;
  }
  // Open main documents that name a changed file, and open parts whose (closed) main changed.
  const concerned = new Set<string>();
  for (const uri of files) {
    const file = URI.toPath(uri);
    if (file) for (const main of sets.mainsNaming(file)) concerned.add(main);
    for (const doc of documents.all()) if (sets.mainFor(doc.uri) === uri) concerned.add(uri);
  }
  for (const main of concerned) {
    const doc = documents.get(main);
    if (doc) schedule(doc, true);
    else void validateThroughMain(main);
  }
});

/** Load the clause packs again and check every open document against them. */
function reloadPacks(): void {
  features.forget();
  packProblems.clear();
  service.reloadCatalog();
  for (const doc of documents.all()) schedule(doc, true);
}

/**
 * Settings a client pushed with didChangeConfiguration ({ clauselint: {…} }). Used only by
 * clients that cannot answer workspace/configuration (some editors push settings instead).
 */
let pushedSettings: unknown;

function normalizedAndReported(raw: unknown): Settings {
  const { settings, problems } = normalizeSettings(raw);
  for (const p of problems) {
    if (reportedSettingsProblems.has(p)) continue;
    reportedSettingsProblems.add(p);
    void connection.window.showWarningMessage(p);
  }
  return settings;
}

async function settingsFor(uri: string): Promise<Settings> {
  if (!hasConfigurationCapability) return normalizedAndReported(pushedSettings);
  let pending = settingsCache.get(uri);
  if (!pending) {
    pending = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'clauselint' })
      .then((raw: unknown) => normalizedAndReported(raw), () => normalizeSettings(undefined).settings);
    settingsCache.set(uri, pending);
  }
  return pending;
}

async function validate(document: TextDocument): Promise<void> {
  const version = document.version;
  try {
    const settings = await settingsFor(document.uri);
    const current = documents.get(document.uri);
    if (!current || current.version !== version) return; // a newer edit will publish
    // A part of a contract set is checked through its main document.
    const main = sets.discover(document.uri, settings, service.folderOf(URI.toPath(document.uri)));
    if (main && main !== document.uri) {
      await validateThroughMain(main);
      if (sets.mainFor(document.uri) === main) return;
    }
    const stale = (): boolean => documents.get(document.uri)?.version !== version;
    const progress = new CheckProgress(connection, document.uri);
    const result = await checks.run(document.uri, current.getText(), settings, { cancelled: stale, onSlice: (p, ms) => progress.update(p, ms) });
    progress.done(result ? undefined : SUPERSEDED);
    memory.afterCheck(current.getText().length);
    if (!result || stale()) return; // a newer edit will publish
    features.remember(document.uri, version, result, settings);
    // A requirement file of a workspace pack is Markdown too: keep its pack problems with its own diagnostics.
    await connection.sendDiagnostics({ uri: document.uri, version, diagnostics: [...toDiagnostics(result, settings, document.uri), ...packProblems.diagnosticsFor(document.uri)] });
    await publishParts(document.uri, result, settings);
  } catch (error) {
    connection.console.error(`clauselint: checking ${document.uri} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    await connection.sendDiagnostics({ uri: document.uri, diagnostics: packProblems.diagnosticsFor(document.uri) });
  }
}

/** The check of a main document: the open one's latest, else read from disk. */
async function checkMain(mainUri: string): Promise<{ result: CheckResult; settings: Settings } | undefined> {
  const settings = await settingsFor(mainUri);
  const open = documents.get(mainUri);
  const mainPath = URI.toPath(mainUri);
  const text = open ? open.getText() : mainPath ? sets.read(mainPath) : undefined;
  if (text === undefined) return undefined;
  const result = open ? (await checks.run(mainUri, text, settings)) ?? service.check(mainUri, text, settings, { read: sets.read }) : service.check(mainUri, text, settings, { read: sets.read });
  if (open) features.remember(mainUri, open.version, result, settings);
  return { result, settings };
}

/** Re-check a contract set from its main document (open or not) and publish its open parts. */
async function validateThroughMain(mainUri: string): Promise<void> {
  const open = documents.get(mainUri);
  if (open) return validate(open);
  const checked = await checkMain(mainUri);
  await publishParts(mainUri, checked?.result, checked?.settings);
}

/**
 * Diagnostics of the parts of a main document's set: open parts with their version, closed ones
 * too (so a hedged clause in a closed schedule shows in the Problems panel); parts it no longer has
 * are checked alone (open) or cleared (closed).
 */
async function publishParts(mainUri: string, result: CheckResult | undefined, settings: Settings | undefined): Promise<void> {
  const dropped = sets.record(mainUri, result?.set);
  for (const doc of documents.all()) {
    if (sets.mainFor(doc.uri) === mainUri && !sets.partsOf(mainUri).includes(doc.uri)) {
      sets.release(doc.uri); // claimed by discovery, but the main document does not read it
      dropped.push(doc.uri);
    }
  }
  const closedBefore = closedPartsShown.get(mainUri) ?? new Set<string>();
  const closedNow = new Set<string>();
  // Closed parts are shown only while the main document is open (its close clears them).
  const mainOpen = !!documents.get(mainUri);
  for (const part of result?.set?.parts ?? []) {
    if (!settings) continue;
    const doc = documents.get(part.file);
    if (doc) features.remember(part.file, doc.version, part.result, settings);
    else if (mainOpen) closedNow.add(part.file);
    else continue;
    await connection.sendDiagnostics({ uri: part.file, ...(doc ? { version: doc.version } : {}), diagnostics: toDiagnostics(part.result, settings, part.file) });
  }
  if (closedNow.size) closedPartsShown.set(mainUri, closedNow);
  else closedPartsShown.delete(mainUri);
  for (const uri of closedBefore) if (!closedNow.has(uri) && !documents.get(uri) && !sets.partsOf(mainUri).includes(uri)) await clearClosed(uri);
  for (const uri of dropped) {
    const doc = documents.get(uri);
    if (doc) schedule(doc, true);
  }
}

/** Main URI → closed parts whose diagnostics are shown (cleared when the main closes or drops them). */
const closedPartsShown = new Map<string, Set<string>>();

async function clearClosed(uri: string): Promise<void> {
  await connection.sendDiagnostics({ uri, diagnostics: [] });
}

function schedule(document: TextDocument, immediate: boolean): void {
  const previous = timers.get(document.uri);
  if (previous) clearTimeout(previous);
  void settingsFor(document.uri).then((settings) => {
    if (!immediate && settings.run === 'onSave') return;
    const delay = immediate ? 0 : settings.debounceMs;
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      void validate(document);
    }, delay));
  });
}

documents.onDidOpen((e) => schedule(e.document, true));
documents.onDidChangeContent((e) => schedule(e.document, false));
documents.onDidSave((e) => schedule(e.document, true));
documents.onDidClose((e) => {
  const t = timers.get(e.document.uri);
  if (t) clearTimeout(t);
  timers.delete(e.document.uri);
  settingsCache.delete(e.document.uri);
  features.forget(e.document.uri);
  checks.cancel(e.document.uri);
  service.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: packProblems.diagnosticsFor(e.document.uri) });
  // A closed main document takes its closed parts' diagnostics with it; a part closed while its
  // main stays open keeps showing its findings (the main's next check publishes them again).
  const closedParts = closedPartsShown.get(e.document.uri);
  closedPartsShown.delete(e.document.uri);
  for (const uri of closedParts ?? []) if (!documents.get(uri)) void clearClosed(uri);
  const main = sets.mainFor(e.document.uri);
  const openMain = main && main !== e.document.uri ? documents.get(main) : undefined;
  if (openMain) schedule(openMain, true);
});

connection.onDidChangeConfiguration((params) => {
  const pushed: unknown = params?.settings;
  if (pushed && typeof pushed === 'object' && 'clauselint' in pushed) pushedSettings = (pushed as { clauselint: unknown }).clauselint;
  settingsCache.clear();
  reportedSettingsProblems.clear();
  reloadPacks();
});

connection.onExecuteCommand(async (params) => {
  if (params.command === COMMAND_CHECK_DOCUMENT) {
    const uri = typeof params.arguments?.[0] === 'string' ? params.arguments[0] : undefined;
    const doc = uri ? documents.get(uri) : undefined;
    if (!doc) return { ok: false, message: `clauselint: ${uri ?? 'no document'} is not open` };
    service.optIn(doc.uri);
    checks.cancel(doc.uri); // a check already running was made before the opt-in
    await validate(doc);
    return { ok: true };
  }
  return executeFeatureCommand(features, params);
});

process.on('uncaughtException', (error) => connection.console.error(`clauselint: ${error.stack ?? error.message}`));

registerFeatures(features);
documents.listen(connection);
connection.listen();
