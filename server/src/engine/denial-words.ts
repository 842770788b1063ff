/**
 * Lexicon words of clauses that deny a duty without a disclaiming verb of the negation groups,
 * compiled into the patterns their readers use: a duty's act or object said not to be done
 * (negated-concept.ts, lexicon `negatedConcept`). The words are data; the grammar of English
 * negation ("does not", "is not", "will not", "n't"), word boundaries, the function words that end
 * a noun phrase ("that", "which", "unless") and the reach in words stay here.
 */
import { phraseAlternation } from './cell-words';

/** Words around a duty's act or object that say it is not done (negated-concept.ts). */
export interface NegatedConceptWords {
  /** After "does not", a verb that bears on another clause or duty ("does not limit", "does not relieve"). */
  otherClauseVerbs?: string[];
  /** After "does not", a verb that says a term is inapplicable before a preposition or the clause's end ("does not apply to"). */
  inapplicable?: string[];
  /** "does not restrict the access rights": limiting is the act itself … */
  limitingVerbs?: string[];
  /** … unless what follows is another party's obligation, right or liability ("does not limit the Supplier's obligation"). */
  limitedThings?: string[];
  /** "does not set out which party …": declining to say who does a thing or what it is. */
  statingVerbs?: string[];
  /** "no backups are provided": after the object negated by "no". */
  notRequired?: string[];
  /** "has no", "bears no", "owes no" before the duty's name. */
  holdsNo?: string[];
  /** The noun after the duty's name that makes it a duty ("no patching obligations"). */
  dutyNouns?: string[];
  /** "MFA is not provided", "backups are not included". */
  notProvided?: string[];
  /** As `notProvided`, except before "to", which narrows ("restricted to named engineers"). */
  notRestricted?: string[];
  /** The duty's object said not to be done: "security patches are not applied". */
  notDone?: string[];
  /** After such a passive, a condition that makes it a protective rule ("not applied until tested"). */
  conditions?: string[];
  /** "… are not part of the services", "is not part of its offering". */
  scopeNouns?: string[];
  /** "… is not a Managed Service", "not one of the services". */
  serviceNouns?: string[];
  /** "provides no MFA". */
  providesNo?: string[];
  /** "has no obligation to perform …": who has none … */
  takesNo?: string[];
  /** … of what … */
  liabilityNouns?: string[];
  /** … to do what ("for" needs none). */
  liabilityActs?: string[];
  /** "will not back up", "never patch": acts whose refusal is a refusal of the duty (not "will not disclose"). */
  refusedActs?: string[];
  /** Further verbs that open an act in a series negated together ("does not maintain a plan, notify …"). */
  seriesActs?: string[];
  /** A refusal with one of these is a protective prohibition ("will not install unapproved software"). */
  protective?: string[];
}

export interface NegatedConceptPatterns {
  doesNotAct: RegExp;
  doesNotSeries: RegExp;
  doesNotLimit: RegExp;
  doesNotState: RegExp;
  notRequiredAfter: RegExp;
  holdsNo: RegExp;
  dutyAfter: RegExp;
  notProvidedAfter: RegExp;
  notDoneAfter: RegExp;
  notPartAfter: RegExp;
  providesNo: RegExp;
  responsibilityFor: RegExp;
  willNotAct: RegExp;
  startsWithDutyAct: RegExp;
  startsWithVerb: RegExp;
  protective: RegExp;
}

const NEGATED_DO = String.raw`\b(?:(?:does|do|did)\s+not|doesn['’]t|don['’]t|didn['’]t)`;
/** Function words that end the noun phrase before a concept: what follows them is another clause. */
const CLAUSE_WORDS = 'that|which|who|if|when|unless|to|but|other';

/** An empty list matches nothing; in a negative lookahead that means no exceptions. */
export function compileNegatedConcept(words: NegatedConceptWords | undefined): NegatedConceptPatterns {
  const w = words ?? {};
  const alt = (list: string[] | undefined): string => phraseAlternation(list);
  // "does not apply to" / "does not apply where" says a term is inapplicable; "does not apply
  // vendor patches" refuses the act.
  const inapplicable = String.raw`${alt(w.inapplicable)}(?=\s+(?:to|in|on|where|if|when|only|unless|for|with|at|as)\b|\s*[,.;]|\s*$)`;
  const head = String.raw`${NEGATED_DO}\s+(?!(?:${alt(w.otherClauseVerbs)}|${inapplicable})\b)\p{L}+`;
  // "does not maintain a plan, notify the Customer or contain incidents": one negation over a series.
  const seriesItem = String.raw`(?:\s+(?!(?:that|which|who|if|when|unless|but|except|other)\b)[\p{L}\p{N}'’-]+){0,5}\s*,\s*`;
  const dutyAct = alt(w.refusedActs);
  // One refusal governs joined verbs: "will not set up or enforce MFA".
  const joinedVerb = String.raw`(?:\p{L}+(?:\s+(?:up|out))?(?:\s*,\s*|\s+(?:or|and)\s+))`;
  return {
    // "does not respond to or notify": a verb's particle before the next coordinated verb.
    doesNotAct: new RegExp(String.raw`${head}(?:\s+(?:to|for|on|with)(?=\s+(?:or|and)\b))?(?:\s*(?:,|\bor\b|\band\b)\s*\p{L}+){0,3}\s+(?:(?!(?:${CLAUSE_WORDS})\b)[\p{L}\p{N}'’-]+\s+){0,4}$`, 'iu'),
    doesNotSeries: new RegExp(String.raw`${head}${seriesItem}(?:\p{L}+${seriesItem})?(?:(?:or|and)\s+)?$`, 'iu'),
    doesNotLimit: new RegExp(String.raw`${NEGATED_DO}\s+${alt(w.limitingVerbs)}\s+(?:(?!(?:${alt(w.limitedThings)}|${CLAUSE_WORDS}|in|under)\b)[\p{L}\p{N}'’-]+\s+){0,4}$`, 'iu'),
    doesNotState: new RegExp(String.raw`${NEGATED_DO}\s+${alt(w.statingVerbs)}\s+(?:in\s+writing\s+|anywhere\s+)?(?:which|who|what|whether)\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}$`, 'iu'),
    notRequiredAfter: new RegExp(String.raw`^[^.;:]{0,60}?\b(?:is|are|shall\s+be|will\s+be)\s+${alt(w.notRequired)}\b|^\s+periods?\s+(?:applies|apply|is\s+(?:set|stated|agreed))\b`, 'iu'),
    holdsNo: new RegExp(String.raw`\b${alt(w.holdsNo)}\s+no\s+$`, 'iu'),
    // Up to three more words of the duty's name before the noun.
    dutyAfter: new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,3}?${alt(w.dutyNouns)}\b`, 'iu'),
    notProvidedAfter: new RegExp(String.raw`^\s+(?:is|are|will|shall)\s+not\s+(?:be\s+)?(?:${alt(w.notProvided)}|${alt(w.notRestricted)}(?!\s+to\b))\b`, 'iu'),
    // Up to four words naming the object, then its act negated in the passive; not before a condition.
    notDoneAfter: new RegExp(
      String.raw`^\s+(?:(?!(?:that|which|who|whom|where|when|if|unless|and|or|but)\b)[\p{L}\p{N}'’-]+\s+){0,4}?(?:(?:is|are|will|shall)\s+not\s+(?:be\s+)?|isn['’]t\s+|aren['’]t\s+|won['’]t\s+be\s+)(?:\p{L}+ly\s+)?${alt(w.notDone)}\b(?![^.;:]*\b${alt(w.conditions)}\b)`,
      'iu',
    ),
    notPartAfter: new RegExp(
      String.raw`^[^.;:]{0,40}?\b(?:is|are)\s+not\s+(?:part\s+of\s+(?:the\s+|its\s+|our\s+|\p{Lu}[\p{L}\p{N}&-]*['’]s\s+)?(?:${alt(w.serviceNouns)}|${alt(w.scopeNouns)})|(?:a|an|one\s+of\s+the)\s+(?:[\p{L}-]+\s+){0,2}${alt(w.serviceNouns)})\b`,
      'iu',
    ),
    providesNo: new RegExp(String.raw`\b${alt(w.providesNo)}\s+no\s+$`, 'iu'),
    responsibilityFor: new RegExp(String.raw`\b${alt(w.takesNo)}\s+no\s+${alt(w.liabilityNouns)}\s+(?:for|to\s+${alt(w.liabilityActs)})\s+$`, 'iu'),
    willNotAct: new RegExp(
      String.raw`\b(?:will\s+not|won['’]t|(?:will\s+|shall\s+)?never)\s+(?:\p{L}+ly\s+)?${joinedVerb}{0,2}${dutyAct}(?:\s*(?:,|\bor\b|\band\b)\s*\p{L}+){0,2}\s+(?:(?!(?:${CLAUSE_WORDS}|without|except)\b)[\p{L}\p{N}'’-]+\s+){0,4}$`,
      'iu',
    ),
    startsWithDutyAct: new RegExp(String.raw`^${dutyAct}\b`, 'iu'),
    startsWithVerb: new RegExp(String.raw`^(?:${dutyAct}|${alt(w.seriesActs)})\b`, 'iu'),
    protective: new RegExp(String.raw`\b${alt(w.protective)}\b`, 'iu'),
  };
}

/** Words of a disclaimer of a requirement's whole topic (topic-disclaimer.ts). */
export interface TopicDisclaimerWords {
  /** Every decisive negation of the lexicon contains one ("no", "not", "exclud…", "scope"): the cheap check before a sentence is read. */
  disclaimingWords?: string[];
  /** Cues that follow their subject: "X is excluded", "X is out of scope", "X does not form part of the Services". */
  subjectCues?: string[];
  /** Generic head nouns that may continue a topic ("backup services", "patch management"). */
  topicHeads?: string[];
  /** Adverbs between a subject topic and its cue ("is expressly excluded"). */
  adverbs?: string[];
  /** All that may come before a subject topic: "Backups", "All backups", "The backup service". */
  subjectOpeners?: string[];
  /** After an object topic, words that say the whole topic is meant ("whatsoever", "of any kind"). */
  wholeTopic?: string[];
  /** Between cue and topic they make the disclaimer one of a remedy, not of the duty ("not responsible for any loss of backups"). */
  liabilityWords?: string[];
  /** Before the cue, a carve-out of another clause ("…, save that it has no obligation …"). */
  carveOuts?: string[];
  /** Undoing a thing is another act than providing it ("does not undertake to disable the Customer's MFA"). */
  undoing?: string[];
}

export interface TopicDisclaimerPatterns {
  disclaimingWord: RegExp;
  subjectCue: RegExp;
  subjectGap: RegExp;
  subjectOpening: RegExp;
  wholeAfter: RegExp;
  liability: RegExp;
  carveOutBefore: RegExp;
  undoing: RegExp;
}

export function compileTopicDisclaimer(words: TopicDisclaimerWords | undefined): TopicDisclaimerPatterns {
  const w = words ?? {};
  // A word written with "…" opens longer ones: "exclud…" reads "excluded", "excludes".
  const alt = (list: string[] | undefined): string => phraseAlternation(list, String.raw`\w*`);
  const heads = alt(w.topicHeads);
  return {
    // "n't" is grammar: "doesn't", "isn't".
    disclaimingWord: new RegExp(String.raw`\b${alt(w.disclaimingWords)}\b|n['’]t\b`),
    // "part of the … service": a gap of one to three words, the service's own name ("the Shared Service", "the Hosting Services").
    subjectCue: new RegExp(String.raw`${alt(w.subjectCues).replace(/\\s\+…\\s\+/g, String.raw`\s+(?:[\w-]+\s+){1,3}`)}$`, 'i'),
    // Only an auxiliary (and a generic head noun of the topic) between a subject topic and its cue.
    subjectGap: new RegExp(String.raw`^\s*(?:${heads}\s+)?(?:(?:is|are|will\s+be|shall\s+be|${alt(w.adverbs)})\s+)*$`, 'i'),
    subjectOpening: new RegExp(String.raw`(?:^|[;:]|\bbut\b)\s*(?:${alt(w.subjectOpeners)}\s+)*$`, 'i'),
    // The clause ends, or a coordinated topic or "which …" follows.
    wholeAfter: new RegExp(String.raw`^\s*(?:(?:${heads}|${alt(w.wholeTopic)})\b\s*)*(?:$|[,;.:)—–]|\b(?:or|and|which|under|whatsoever)\b)`, 'i'),
    liability: new RegExp(String.raw`\b${alt(w.liabilityWords)}\b`, 'i'),
    carveOutBefore: new RegExp(String.raw`\b${alt(w.carveOuts)}\b`, 'i'),
    undoing: new RegExp(String.raw`\b${alt(w.undoing)}\b`, 'i'),
  };
}
