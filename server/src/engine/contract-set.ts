/**
 * Contract sets: a main document and the parts it names (schedules, exhibits, annexes …) checked
 * as one contract. Each member is analysed on its own text, with the parties the main document
 * defines; then, per requirement, the best evidence anywhere in the set decides its status. A
 * missing requirement is reported once, on the main document; a finding about a clause stays on
 * the file of that clause. Reading files and resolving paths is the host's job: this module only
 * reads parsed documents.
 */
import { analyzeParsed, missingAnchor, type AnalysisResult, type AnalyzeOptions } from './analyze';
import { bestEvidence, STATUS_RANK } from './match';
import { describeFinding } from './messages';
import type { ParsedDocument } from './parse';
import { detectParties, type Parties } from './parties';
import { suppressionFor } from './suppress';
import type { Evidence, Finding } from './types';

/** Where a part was named: the main document's front matter, a configuration file, or a link. */
export type PartSource = 'front-matter' | 'config' | 'link';

export interface PartReference {
  /** As written: a path relative to the main document (no fragment). */
  target: string;
  source: PartSource;
  /** Offsets of the reference in the main document (the front matter block, or the link). */
  start: number;
  end: number;
}

/** Link text that names a contract part ("Schedule 3", "Exhibit B", "the Annexes", "Data Processing Addendum"). */
const PART_WORDS = /\b(?:schedules?|exhibits?|annex(?:es)?|appendi(?:x|ces)|addend(?:um|a))\b/i;
/** `[text](target "title")`, not an image. */
const LINK = /(?<!!)\[([^\]\n]{1,200})\]\(\s*<?([^)\s<>]+)>?(?:\s+["'(][^)\n]*)?\)/g;
const MARKDOWN_FILE = /\.(?:md|markdown|mdown|mkd|mkdn|mdwn)$/i;

/** The parts a main document names in its front matter and, unless `links` is false, in its links. */
export function declaredParts(doc: ParsedDocument, options: { links: boolean }): PartReference[] {
  const out: PartReference[] = [];
  const seen = new Set<string>();
  const add = (ref: PartReference): void => {
    const key = ref.target.replace(/^\.\//, '');
    if (seen.has(key)) return;
    seen.add(key);
    out.push(ref);
  };
  const fm = doc.frontMatter;
  const settings = fm && isRecord(fm.data) ? fm.data['clauselint'] : undefined;
  if (isRecord(settings) && Array.isArray(settings['parts'])) {
    for (const p of settings['parts']) if (typeof p === 'string' && p.trim()) add({ target: p.trim(), source: 'front-matter', start: fm!.span.start, end: fm!.span.end });
  }
  if (!options.links) return out;
  LINK.lastIndex = 0;
  for (let m = LINK.exec(doc.text); m; m = LINK.exec(doc.text)) {
    if (!PART_WORDS.test(m[1]!)) continue;
    const target = relativeTarget(m[2]!);
    if (!target) continue;
    // Only links in the text of the contract (not in code, comments or front matter).
    const at = m.index;
    if (!doc.units.some((u) => u.start <= at && at < u.end)) continue;
    add({ target, source: 'link', start: at, end: at + m[0].length });
  }
  return out;
}

/**
 * Might the text name a part by a link (declaredParts with links)? A `[…](…)` whose text names a
 * part and whose target is a relative Markdown file, wherever it sits: a cheap superset of the
 * links declaredParts reads, so a draft without one need not be parsed twice (host/service.ts).
 */
export function mayLinkParts(text: string): boolean {
  LINK.lastIndex = 0;
  for (let m = LINK.exec(text); m; m = LINK.exec(text)) if (PART_WORDS.test(m[1]!) && relativeTarget(m[2]!)) return true;
  return false;
}

/** A link target that is a relative Markdown file, without fragment or query; else undefined. */
function relativeTarget(raw: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw) || raw.startsWith('/') || raw.startsWith('#')) return undefined;
  let target = raw.replace(/[#?].*$/, '');
  try {
    target = decodeURI(target);
  } catch {
    return undefined;
  }
  return MARKDOWN_FILE.test(target) ? target : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A name defined in the main document applies in its parts; a part may define more. */
export function mergeParties(main: Parties, own: Parties): Parties {
  const seen = new Set(main.names.map((n) => n.term.toLowerCase()));
  const extra = own.names.filter((n) => n.definedAt !== undefined && !seen.has(n.term.toLowerCase()));
  // Defined names first, so a part's own definitions are used before the conventional defaults.
  const names = [...main.names.filter((n) => n.definedAt !== undefined), ...extra, ...main.names.filter((n) => n.definedAt === undefined)];
  return {
    names,
    provider: main.defined ? main.provider : own.provider,
    customer: main.defined ? main.customer : own.customer,
    defined: main.defined || own.defined,
    // What the main document's reading assumed holds for its parts; a part's own assumptions add to it.
    assumptions: [...main.assumptions, ...own.assumptions.filter((a) => !main.assumptions.includes(a))],
    definedTerms: undefined,
    // A questionnaire in a part answers under the main agreement's incorporation clause.
    ...((own.responsesIncorporated ?? main.responsesIncorporated) ? { responsesIncorporated: own.responsesIncorporated ?? main.responsesIncorporated } : {}),
    // A schedule of the set reads SHOULD by its own conformance clause, else by the main agreement's.
    ...((own.conformance ?? main.conformance) ? { conformance: own.conformance ?? main.conformance } : {}),
    ...((main.subjectWords ?? own.subjectWords) ? { subjectWords: main.subjectWords ?? own.subjectWords } : {}),
  };
}

export interface SetInput {
  /** A file path or URI; the first input is the main document. */
  file: string;
  doc: ParsedDocument;
}

export interface SetEvidence extends Evidence {
  /** The member the evidence is in. */
  file: string;
}

/** A requirement's finding over the whole set; `range` is an offset range in `file`. */
export interface SetFinding extends Finding {
  file: string;
  evidence: SetEvidence[];
}

export interface SetMember {
  file: string;
  /**
   * The member's own view: the findings located in it (with the evidence in it), so quick fixes,
   * hovers and diagnostics for this file work exactly as for a single document.
   */
  result: AnalysisResult;
  /** The member analysed alone with the set's parties (every requirement, its own evidence). */
  own: AnalysisResult;
}

export interface ContractSetAnalysis {
  main: string;
  isContract: boolean;
  contractReason: string;
  parties: Parties;
  members: SetMember[];
  findings: SetFinding[];
}

/** Analyse a main document and its parts as one contract. */
export function analyzeContractSet(inputs: readonly SetInput[], options: AnalyzeOptions): ContractSetAnalysis {
  const [main, ...parts] = inputs;
  if (!main) throw new Error('analyzeContractSet: no main document');
  const parties = detectParties(main.doc);
  const own: AnalysisResult[] = inputs.map((m, i) =>
    analyzeParsed(m.doc, { ...options, force: i === 0 ? options.force : true }, { parties: i === 0 ? parties : mergeParties(parties, detectParties(m.doc)) }),
  );
  const mainResult = own[0]!;
  const set: ContractSetAnalysis = {
    main: main.file,
    isContract: mainResult.isContract,
    contractReason: parts.length ? `${mainResult.contractReason}; read with ${parts.length} part${parts.length === 1 ? '' : 's'}` : mainResult.contractReason,
    parties,
    members: [],
    findings: [],
  };
  if (!mainResult.isContract) {
    set.members = inputs.map((m, i) => ({ file: m.file, result: i === 0 ? mainResult : { ...own[i]!, findings: [] }, own: own[i]! }));
    return set;
  }
  const perspective = options.perspective ?? 'customer';
  for (const mainFinding of mainResult.findings) {
    const id = mainFinding.requirement.id;
    const byMember = own.map((r) => r.findings.find((f) => f.requirement.id === id));
    const evidence = bestEvidence(byMember.flatMap((f, i) => (f ? f.evidence.map((e) => ({ ...e, file: inputs[i]!.file })) : []))) as SetEvidence[];
    // The member whose own finding is best (present before accepted before hedged …); the main on a tie.
    let at = 0;
    byMember.forEach((f, i) => {
      if (f && STATUS_RANK[f.status] < STATUS_RANK[byMember[at]!.status]) at = i;
    });
    const located = byMember[at]!;
    let finding: SetFinding;
    if (located.status === 'missing') {
      // Missing everywhere: once, on the main document; accepted if any member accepts it.
      const acceptedIn = own.findIndex((r) => suppressionFor(r.suppressions, id, 'missing', mainFinding.range));
      const accepted = acceptedIn >= 0 ? suppressionFor(own[acceptedIn]!.suppressions, id, 'missing', mainFinding.range)! : undefined;
      // The comment's span is in its own file; a comment in a part is located on the main's title.
      const span = acceptedIn === 0 ? accepted!.comment : mainFinding.range;
      const { suppression: _none, ...base } = mainFinding;
      // With parts, the insert fix goes into the part about security, so the main document's
      // title carries the finding (a heading of the main would point at the wrong file).
      const range = parts.length ? missingAnchor(mainResult.doc) : mainFinding.range;
      finding = { ...base, range, file: main.file, evidence, status: accepted ? 'accepted' : 'missing', ...(accepted ? { suppression: { reason: accepted.reason, span } } : {}) };
    } else {
      finding = { ...located, file: inputs[at]!.file, evidence };
    }
    finding.message = describeFinding(finding, parties, perspective);
    set.findings.push(finding);
  }
  set.findings.sort((a, b) => STATUS_RANK[b.status] - STATUS_RANK[a.status] || (a.file === b.file ? a.range.start - b.range.start : inputs.findIndex((m) => m.file === a.file) - inputs.findIndex((m) => m.file === b.file)));
  set.members = inputs.map((m, i) => ({ file: m.file, result: projection(own[i]!, set.findings, m.file), own: own[i]! }));
  return set;
}

/** A member's own view of the set: the findings located in it, each with the evidence in it. */
function projection(own: AnalysisResult, findings: readonly SetFinding[], file: string): AnalysisResult {
  const local: Finding[] = findings
    .filter((f) => f.file === file)
    .map(({ file: _file, evidence, ...f }) => ({ ...f, evidence: evidence.filter((e) => e.file === file).map(({ file: _f, ...e }) => e) }));
  return { ...own, isContract: true, findings: local };
}

/** Words in a title that say a part is about security. */
const SECURITY_TITLE = /\b(?:security|cyber\s*security|cybersecurity|information\s+protection|data\s+protection|technical\s+and\s+organi[sz]ational\s+measures)\b/i;

/**
 * Where a missing clause of the set goes: the part that deals with security (its title says so,
 * or it holds more of the set's evidence than the main document), else the main document.
 */
export function securityMember(set: ContractSetAnalysis): SetMember {
  const main = set.members[0]!;
  const parts = set.members.slice(1);
  const titled = parts.find((m) => {
    const title = m.own.doc.sections.find((s) => s.depth === 1) ?? m.own.doc.sections[0];
    const fmTitle = isRecord(m.own.doc.frontMatter?.data) ? m.own.doc.frontMatter!.data['title'] : undefined;
    return (title && SECURITY_TITLE.test(title.title)) || (typeof fmTitle === 'string' && SECURITY_TITLE.test(fmTitle));
  });
  if (titled) return titled;
  const evidenceIn = (file: string): number => set.findings.reduce((n, f) => n + f.evidence.filter((e) => e.file === file && e.status === 'present').length, 0);
  const best = parts.map((m) => ({ m, n: evidenceIn(m.file) })).sort((a, b) => b.n - a.n)[0];
  return best && best.n > evidenceIn(main.file) ? best.m : main;
}
