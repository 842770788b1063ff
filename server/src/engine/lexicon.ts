/**
 * The drafting lexicon: hedges, effort standards, permissive modals, negations, carve-out words
 * and party words. The words are data (clauses/<pack>/lexicon.yaml, schema-checked); this module
 * only compiles them once, so detection (classify.ts, parties.ts) and the quick fixes (fixes.ts)
 * read one list. Phrases, not regular expressions: they go through the safe term compiler.
 */
import { termSet, type TermSet } from './terms';

/** How the quick fix rewrites a cue of a hedge group. */
export type HedgeFix = 'delete' | 'effort' | 'try';

export interface CueGroup {
  reason: string;
  fix?: HedgeFix;
  phrases: string[];
}

export interface PartyWords {
  provider?: string[];
  customer?: string[];
  firstPerson?: string[];
  secondPerson?: string[];
  both?: string[];
  conventional?: string[];
}

/** lexicon.yaml as the schema guarantees it. */
export interface LexiconData {
  hedges?: CueGroup[];
  negations?: CueGroup[];
  permissive?: string[];
  binding?: string[];
  responsibility?: string[];
  soleResponsibility?: string[];
  capability?: string[];
  exclusions?: string[];
  parties?: PartyWords;
}

export interface CompiledGroup {
  set: TermSet;
  reason: string;
  fix?: HedgeFix;
}

export interface Lexicon {
  data: LexiconData;
  hedges: CompiledGroup[];
  negations: CompiledGroup[];
  permissive: TermSet;
  binding: TermSet;
  responsibility: TermSet;
  sole: TermSet;
  capability: TermSet;
  /** Does a carve-out word open an exclusion ("except", "other than")? */
  exclusionWord: RegExp;
  /** How to fix a cue: the fix of the hedge group one of whose phrases is the whole cue. */
  fixOf(cue: string): HedgeFix | undefined;
  parties: Required<PartyWords>;
}

/** Lower-case, single spaces, straight apostrophes: how cue texts and phrases are compared. */
export function normalizePhrase(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[’]/g, "'");
}

const ROLE_SLOT = /\{(provider|customer)\}/g;

/**
 * Expand "{provider}" / "{customer}" to every role word of that side (and a curly apostrophe
 * to both forms), so "upon the {customer}'s request" also reads "upon the Client’s request".
 */
function expand(phrases: readonly string[], parties: Required<PartyWords>): string[] {
  const out: string[] = [];
  for (const p of phrases) {
    const slots = [...p.matchAll(ROLE_SLOT)];
    let variants = [p];
    if (slots.length) {
      variants = [];
      const words = (role: string): string[] => (role === 'provider' ? parties.provider : parties.customer);
      const fill = (text: string): void => {
        const m = /\{(provider|customer)\}/.exec(text);
        if (!m) {
          variants.push(text);
          return;
        }
        for (const w of words(m[1]!)) fill(text.slice(0, m.index) + w + text.slice(m.index + m[0].length));
      };
      fill(p);
    }
    for (const v of variants) {
      out.push(v);
      if (v.includes("'")) out.push(v.replace(/'/g, '’'));
    }
  }
  return [...new Set(out)];
}

function partyWords(data: LexiconData): Required<PartyWords> {
  const p = data.parties ?? {};
  return {
    provider: p.provider ?? [],
    customer: p.customer ?? [],
    firstPerson: p.firstPerson ?? [],
    secondPerson: p.secondPerson ?? [],
    both: p.both ?? [],
    conventional: p.conventional ?? [],
  };
}

export function compileLexicon(data: LexiconData): Lexicon {
  const parties = partyWords(data);
  const group = (g: CueGroup): CompiledGroup => ({ set: termSet(expand(g.phrases, parties)), reason: g.reason, ...(g.fix ? { fix: g.fix } : {}) });
  const hedges = (data.hedges ?? []).map(group);
  const fixOf = (cue: string): HedgeFix | undefined => {
    const text = cue.replace(/\s+/g, ' ').trim();
    return hedges.find((g) => g.fix && g.set.find(text).some((h) => h.start === 0 && h.end === text.length))?.fix;
  };
  const exclusions = data.exclusions ?? [];
  return {
    data,
    hedges,
    negations: (data.negations ?? []).map(group),
    permissive: termSet(data.permissive ?? []),
    binding: termSet(data.binding ?? []),
    responsibility: termSet(data.responsibility ?? []),
    sole: termSet(data.soleResponsibility ?? []),
    capability: termSet(data.capability ?? []),
    exclusionWord: exclusions.length
      ? new RegExp(`^(?:${exclusions.map((e) => e.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})\\b`, 'i')
      : /(?!)/,
    fixOf,
    parties,
  };
}

/** A pack's own lexicon adds to the base one: its groups come after, its words join the lists. */
export function mergeLexicons(base: LexiconData, extra: LexiconData): LexiconData {
  const list = (a?: string[], b?: string[]): string[] => [...new Set([...(a ?? []), ...(b ?? [])])];
  // Groups already in the base (a copy of the bundled lexicon) are not read twice.
  const groups = (a: CueGroup[] = [], b: CueGroup[] = []): CueGroup[] => {
    const seen = new Set(a.map((g) => JSON.stringify(g)));
    return [...a, ...b.filter((g) => !seen.has(JSON.stringify(g)))];
  };
  const bp = base.parties ?? {};
  const ep = extra.parties ?? {};
  return {
    hedges: groups(base.hedges, extra.hedges),
    negations: groups(base.negations, extra.negations),
    permissive: list(base.permissive, extra.permissive),
    binding: list(base.binding, extra.binding),
    responsibility: list(base.responsibility, extra.responsibility),
    soleResponsibility: list(base.soleResponsibility, extra.soleResponsibility),
    capability: list(base.capability, extra.capability),
    exclusions: list(base.exclusions, extra.exclusions),
    parties: {
      provider: list(bp.provider, ep.provider),
      customer: list(bp.customer, ep.customer),
      firstPerson: list(bp.firstPerson, ep.firstPerson),
      secondPerson: list(bp.secondPerson, ep.secondPerson),
      both: list(bp.both, ep.both),
      conventional: list(bp.conventional, ep.conventional),
    },
  };
}
