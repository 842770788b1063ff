/**
 * Core data types of the analysis engine. Nothing here may import VS Code or LSP code:
 * the language server, the CLI and the tests all share these shapes.
 */

/** A recommendation heading of the pack's source (for AA22-131A its twelve headings), as a stable slug. */
export type AdvisoryHeading = string;

/** A heading as a pack declares it (pack.yaml `headings`): the order is the order of coverage reports. */
export interface PackHeading {
  id: AdvisoryHeading;
  title: string;
  /** Words that name the topic in an article title, for placing a missing clause (pack.yaml). */
  topics?: string[];
}

export type Party = 'provider' | 'customer' | 'both';
export type Role = 'provider' | 'customer';
export type Severity = 'error' | 'warning' | 'info';
export type Perspective = 'customer' | 'provider';

/** Finding status, ordered from best to worst evidence (see STATUS_RANK). */
export type Status =
  | 'present'
  | 'weak'
  | 'below-threshold'
  | 'wrong-party'
  | 'negated'
  | 'missing'
  | 'accepted';

export type DurationUnit = 'hour' | 'day' | 'business-day' | 'week' | 'month' | 'year';

export interface Duration {
  value: number;
  unit: DurationUnit;
}

/** A near-miss of a requirement: "vulnerability scans" share the words of patching but are not it. */
export interface NearMiss {
  phrase: string;
  reason: string;
  /** Terms that make the sentence evidence after all ("… scans and apply the patches"). */
  unless?: string[];
}

/** A requirement-specific weakening cue, read from a clause file. */
export interface WeakenCue {
  phrase: string;
  status: 'weak' | 'negated' | 'below-threshold' | 'wrong-party';
  reason: string;
  /** Terms that cancel the cue in a sentence that has one ("disaster recovery plan" weakens unless the sentence backs up). */
  unless?: string[];
}

export interface DurationThreshold {
  kind: 'duration';
  /** The least acceptable period, e.g. { value: 6, unit: 'month' }. */
  min: Duration;
  /** Terms that must occur in the same sentence for a duration to count (e.g. "log"). */
  appliesTo?: string[];
  reason: string;
}

export interface Citation {
  document: string;
  heading: string;
  url: string;
  /** True when the cited wording was checked against a stored official or quoting page. */
  verified: boolean;
  source?: string;
  note?: string;
}

/** The frameworks a requirement can be crosswalked to (keys of `controls:` in a clause file). */
export const CONTROL_FRAMEWORKS = ['nist-800-53r5', 'nist-800-171r2', 'nist-800-171r3', 'ism', 'ncsc-cloud'] as const;
export type ControlFramework = (typeof CONTROL_FRAMEWORKS)[number];

/**
 * Controls of published frameworks that ask for the same measure as a requirement: NIST SP
 * 800-53 Rev. 5 ids ("IA-2(1)"), SP 800-171 Rev. 2 ("3.5.3") and Rev. 3 ("03.05.03"), ASD ISM
 * ids ("ISM-1173") and UK NCSC Cloud Security Principle numbers. Shown to reviewers; a sentence
 * that names one of these ids is evidence for the requirement (control-mentions.ts).
 */
export interface ControlRefs {
  'nist-800-53r5'?: string[];
  'nist-800-171r2'?: string[];
  'nist-800-171r3'?: string[];
  ism?: string[];
  'ncsc-cloud'?: number[];
}

export interface FallbackTemplate {
  position: 'preferred' | 'acceptable';
  text: string;
}

/** One requirement of a clause pack, loaded from a Markdown file with YAML front matter. */
export interface Requirement {
  id: string;
  title: string;
  party: Party;
  severity: Severity;
  heading: AdvisoryHeading;
  rationale: string;
  citation: Citation;
  /** The crosswalk to other control frameworks (empty when none asks for the same measure). */
  controls: ControlRefs;
  /**
   * Concept groups: a sentence evidences the requirement when it contains at least one term
   * of every group (the enclosing section heading may supply groups too).
   */
  detect: string[][];
  /** Terms that turn a match into a near miss (e.g. "uptime" for security monitoring). */
  exclude: string[];
  /**
   * A term the document defines as one of the topic words (`"Service Partner" means any
   * subcontractor …`) stands for them there (defined-terms.ts). For topics that are actors.
   */
  aliases?: boolean;
  /** False when the first detect group is not a topic (termination, notify): a disclaimer naming only it is no evidence (topic-disclaimer.ts). */
  blanketDisclaimer?: boolean;
  /** First-list terms too generic to take their object from a heading ("review"; heading-hits.ts). */
  genericActs?: string[];
  /** Near-misses with a reason: a phrase that uses the words in another sense, unless a term of the duty is there too. */
  not?: NearMiss[];
  weaken: WeakenCue[];
  thresholds: DurationThreshold[];
  /** The template clause (Markdown), with {{provider}} / {{customer}} placeholders. */
  template: string;
  fallbacks: FallbackTemplate[];
  /** Which perspectives the requirement applies to (default both). */
  perspectives: Perspective[];
  /** Pack id and source file (for messages and go-to-definition). */
  pack: string;
  file: string;
}

export interface PackManifest {
  id: string;
  title: string;
  version: string;
  source: { title: string; url: string; published?: string };
  license: string;
  description?: string;
  /** The pack's lexicon file (hedges, negations, party words), relative to the pack folder. */
  lexicon?: string;
  /** Requirement files, relative to the pack folder; default: every *.md except README.md. */
  requirements?: string[];
  /** The source's headings that the pack's requirements are grouped under, in the source's order. */
  headings?: PackHeading[];
}

/** A located problem found while loading a clause pack or settings. */
export interface LoadProblem {
  file: string;
  /** 1-based line, when known. */
  line?: number;
  column?: number;
  message: string;
}

export interface Catalog {
  packs: PackManifest[];
  /** Every pack's headings, in pack order (an id declared twice keeps its first title). */
  headings: PackHeading[];
  requirements: Requirement[];
  problems: LoadProblem[];
}

/** Offsets are UTF-16 code unit offsets into the original text (JavaScript string indices). */
export interface Span {
  start: number;
  end: number;
}

export interface Evidence extends Span {
  /** 1-based line of the start and end (for reports). */
  line: number;
  endLine: number;
  text: string;
  status: Status;
  /** The exact cue that weakened it, if any ("where possible"), with its offsets. */
  cue?: { text: string; start: number; end: number };
  reason: string;
  /** Under a heading or caption that names the requirement's topic ("12.4 Patching."). */
  topical?: boolean;
  /** An express disclaimer of the duty, or a qualification that narrows a clause ("save that …"). */
  express?: 'disclaimer' | 'narrowing';
  /**
   * Not a duty: a present-tense statement ("backups are encrypted") or a permission ("may",
   * "should"). Absent for an operative clause (a modal duty, firm, hedged or disclaimed).
   */
  form?: 'statement' | 'permission';
  /** No party is named as its subject ("Backups shall be taken daily"): read as the provider's duty. */
  impersonal?: boolean;
  /** A key of the section the sentence is in (a hash of its heading path): equal keys, same section. */
  section?: number;
  /** How the sentence was read: the party taken as subject, assumptions, the cue found. */
  basis?: string[];
}

/** A binding clause and an express disclaimer or narrowing of the same duty that both stand. */
export interface Conflict {
  /** The disclaimer or narrowing (where the finding is shown). */
  range: Span;
  message: string;
  /** Both clauses, for related information. */
  related: { range: Span; line: number; label: string }[];
}

export interface Finding {
  requirement: Requirement;
  status: Status;
  /** Best evidence first. */
  evidence: Evidence[];
  /** Plain-words explanation of the status. */
  message: string;
  /** Where a diagnostic for this finding belongs in the document. */
  range: Span;
  severity: Severity;
  suppression?: { reason: string; span: Span };
  /** Why the first evidence decided the status (decisive clause, not the best one). */
  decision?: string;
  /** A binding clause contradicted by a disclaimer or narrowing elsewhere. */
  conflict?: Conflict;
  /** Provider view: a present clause that promises more than the advisory asks (reported as a problem). */
  overCommits?: boolean;
}
