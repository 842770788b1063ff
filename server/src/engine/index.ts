/**
 * The engine's only door. Code outside server/src/engine (host, lsp, cli, reporters) imports from
 * here and nowhere else, so the engine's inside can be rearranged freely; a test enforces it
 * (test/architecture/layers.test.ts). Unit tests of engine parts may import those parts directly.
 */
export { analyze, analyzeParsed, problemFindings, type AnalysisResult, type AnalyzeOptions } from './analyze';
export { IncrementalAnalyzer, type RunStats } from './incremental';
export { BUNDLED_PACK, defaultPackDir, findWorkspacePacks, loadCatalog } from './catalog/load';
export { coverageOf, coverageOfSet, headingTitle, isMet, scoreOf, STATUS_LABELS, type Coverage, type CoverageEvidence, type CoverageGroup, type CoverageItem, type Score } from './coverage';
export { citationOf, fixAll, fixesFor, insertClauseFix, placeholderFix, suppressFix, type Fix, type FixAllResult, type FixKind } from './fixes';
export { planInsertions } from './placement';
export { citationText, isParaphrase } from './citation';
export { findPlaceholders, type Placeholder } from './placeholders';
export { applyEdits, renderTemplate, type TextEdit } from './edits';
export { STATUS_RANK } from './match';
export { controlGroups, controlTags, describeControls, FRAMEWORK_NAMES, type ControlGroup } from './controls';
export { isFile } from './files';
export { LineIndex, squash } from './text';
export {
  type AdvisoryHeading,
  type Catalog,
  type ControlFramework,
  type ControlRefs,
  type Evidence,
  type Finding,
  type LoadProblem,
  type PackHeading,
  type PackManifest,
  type Party,
  type Perspective,
  type Requirement,
  type Severity,
  type Span,
  type Status,
} from './types';
export { parseDocument, type ParsedDocument } from './parse';
export { readBlockStructure } from './block-reader';
export { AWAITING_OTHER_THREAD, type RemarkJob, type RemarkOffload, type RemarkOutcome } from './remark-offload';
export {
  analyzeContractSet,
  declaredParts,
  mayLinkParts,
  securityMember,
  type ContractSetAnalysis,
  type PartReference,
  type PartSource,
  type SetEvidence,
  type SetFinding,
  type SetInput,
  type SetMember,
} from './contract-set';
export { CHANGE_LABELS, changeKind, diffCoverage, type ChangeKind, type CoverageDiff, type DiffSide, type RequirementChange } from './coverage-diff';
export { adoptTermCache, recordTermSets, termCacheEntries } from './term-cache';
