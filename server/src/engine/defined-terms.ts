/**
 * Terms a document defines, read as what they stand for. A contract that defines
 * `"Service Partner" means any subcontractor engaged by the Provider …` then writes "Service
 * Partners shall be bound by …" and never says "subcontractor" again; a defined term whose
 * definition opens with a requirement's topic words counts as one of them for that requirement.
 *
 * Only the genus of a definition counts (its first DEFINITION_REACH words after "any", "all",
 * "the" …): `"Services" means the managed services in Schedule 1, including …, backup, …` names
 * backup only in passing, and `"Ready Date" means a date when the Provider notifies …` is a date.
 */
import type { ParsedDocument } from './parse';
import { docParts, PartMemo, type DocPart } from './doc-parts';
import type { Requirement } from './types';
import { termSet } from './terms';

export interface DefinedTerm {
  /** The term as defined ("Service Partner"). */
  term: string;
  /** The opening words of its definition. */
  head: string;
}

/** Words of a definition that say what the term is: its genus, after "any", "all", "a", "the" …. */
const DEFINITION_REACH = 4;
const DETERMINERS = /^(?:(?:any|all|each|every|a|an|the|such|one|or|more|of|its|their|other)\s+)+/i;

const QUOTE = `["“”'‘’]`;
/** `"Service Partner" means …`, `(b) “Sub-processor” shall mean …`. */
const MEANS = new RegExp(`^\\s*(?:\\(?[a-z0-9]{1,4}[.)]\\s*)?${QUOTE}([^"“”'‘’\\n]{2,40})${QUOTE}\\s+(?:means|shall\\s+mean|refers\\s+to|is\\s+defined\\s+as|includes)\\b([^]*)$`, 'iu');
/** What a term may hold to be matched as a plain term (see terms.ts). */
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} '’&-]*$/u;

function firstWords(text: string, n: number): string {
  return (text.match(/\S+/g) ?? []).slice(0, n).join(' ');
}

/** Every term the document defines, with the opening of its definition. */
export function definedTerms(doc: ParsedDocument): DefinedTerm[] {
  const out: DefinedTerm[] = [];
  const seen = new Set<string>();
  const add = (term: string, head: string): void => {
    const t = term.trim();
    if (!PLAIN.test(t) || seen.has(t.toLowerCase())) return;
    seen.add(t.toLowerCase());
    out.push({ term: t, head: firstWords(head.trim().replace(/^[,:]\s*/, '').replace(DETERMINERS, ''), DEFINITION_REACH) });
  };
  for (const part of docParts(doc)) for (const [term, head] of definitionsInPart.of(part, MEANS, meansDefinitions)) add(term, head);
  return out;
}

/** Per part of a document (doc-parts.ts): its `"Term" means …` definitions, term and head, in order. */
const definitionsInPart = new PartMemo<[string, string][]>();

function meansDefinitions({ doc }: DocPart): [string, string][] {
  const found: [string, string][] = [];
  for (const unit of doc.units) {
    for (const s of unit.sentences) {
      if (!/["“”'‘’]/.test(s.text)) continue;
      const m = MEANS.exec(s.text);
      if (m) found.push([m[1]!, m[2]!]);
    }
  }
  return found;
}

/**
 * The first kind a definition names: `employees, agents and subcontractors of the Vendor` is a
 * class of people of which subcontractors are only one member, so "Vendor Personnel" does not
 * stand for subcontractors; `subcontractor engaged by the Provider` is the genus itself.
 */
export function genusOf(head: string): string {
  return head.split(/,|;|\s+(?:and|or)\s+/)[0]!;
}

const aliasCache = new WeakMap<readonly DefinedTerm[], Map<Requirement, string[]>>();

/**
 * The defined terms that stand for a requirement's topic (its first concept group): their
 * definition opens with one of the group's words and the term itself is not already one.
 */
export function topicAliases(req: Requirement, terms: readonly DefinedTerm[] | undefined): string[] {
  if (!terms?.length || !req.detect.length) return [];
  let byReq = aliasCache.get(terms);
  if (!byReq) aliasCache.set(terms, (byReq = new Map()));
  let aliases = byReq.get(req);
  if (!aliases) {
    const topic = termSet(req.detect[0]!);
    aliases = terms.filter((t) => !topic.test(t.term) && topic.test(genusOf(t.head))).map((t) => t.term);
    byReq.set(req, aliases);
  }
  return aliases;
}
