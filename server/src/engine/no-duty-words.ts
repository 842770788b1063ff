/**
 * Lexicon words of three sentence shapes that name a requirement's topic without owing it (lexicon
 * `asideMentions`, `opinionStatements`, `reportContents`): a possibility or an effect ("This may
 * require updating the plan", "… may make it harder to restore backups"), a back-reference ("In
 * addition to the duties stated above, …"), a view of what works best ("The best way to stay secure
 * is to patch promptly", "We believe that …") and a report on the work ("shall report monthly on
 * patch compliance", "The service report shall include …"). The words are data; an enumerator,
 * "such a …", "make it", "is to", determiners, the distance between the parts stay in code.
 */
import { phraseAlternation } from './cell-words';

export interface AsideMentionWords {
  /** Subjects of a possibility ("This may require …"); "it" may stand here, not before an effect. */
  possibilitySubjects?: string[];
  possibilityModals?: string[];
  /** Between the modal and the verb: "also", "well", "sometimes". */
  possibilityAdverbs?: string[];
  /** What a possibility leads to: "require", "involve", "result in". */
  consequenceVerbs?: string[];
  /** Subjects of an effect ("This will help to …"): "this", "doing so". */
  effectSubjects?: string[];
  effectModals?: string[];
  effectAdverbs?: string[];
  /** What an effect does: "assist", "help", "contribute". */
  effectVerbs?: string[];
  /** "… may make it harder to …": the modals, the degree words and the adjectives of difficulty. */
  hardModals?: string[];
  hardDegrees?: string[];
  hardAdjectives?: string[];
  /** "In addition to the roles stated above": the openers, the participles and the places pointed at. */
  backOpeners?: string[];
  backParticiples?: string[];
  backPlaces?: string[];
}

export interface OpinionStatementWords {
  /** "The best way to … is to": the nouns of a way, approach or aim. */
  wayNouns?: string[];
  /** Before "to": "is", "would be". */
  wayCopulas?: string[];
  /** Who holds a belief: "we", "the parties", "it is our view". */
  believers?: string[];
  /** After "are / is / remain": "convinced", "of the view". */
  beliefStates?: string[];
  beliefAdverbs?: string[];
  /** "believe", "consider", "hold the view". */
  beliefVerbs?: string[];
  /** A duty stated beside the view keeps the sentence binding: "shall", "undertakes to". */
  dutyWords?: string[];
}

export interface ReportContentWords {
  /** The nouns of a report: "report", "dashboard", "scorecard" (singular: the plural "s" stays in code). */
  reportNouns?: string[];
  /** "report (monthly) on / about": the verb's forms and what follows them. */
  reportVerbs?: string[];
  topicLinks?: string[];
  /** "report (on) the status of": what is reported. */
  measures?: string[];
  /** "provide a monthly report on": the verbs of giving a report and what follows "report". */
  givingVerbs?: string[];
  contentLinks?: string[];
  /** "reports that shall include …", "The monthly report shall include …": modals and contents. */
  thatModals?: string[];
  thatContents?: string[];
  subjectModals?: string[];
  subjectContents?: string[];
  /** In a requirement's terms, the requirement's own act is reporting: "report", "notif", "notice" (read in part of a word). */
  ownAct?: string[];
}

export interface AsideMentionPatterns {
  possibleConsequence: RegExp;
  makesItHard: RegExp;
  backReference: RegExp;
}

export interface OpinionStatementPatterns {
  wayIsTo: RegExp;
  belief: RegExp;
  ownDuty: RegExp;
}

export interface ReportContentPatterns {
  /** A sentence that names a report or reporting at all (a cheap test first). */
  mentions: RegExp;
  reportOn: RegExp;
  reportSubject: RegExp;
  /** A requirement's term whose act is reporting. */
  ownAct: RegExp;
}

const alt = phraseAlternation;
const ENUMERATOR = String.raw`^\s*(?:\(?[a-z0-9]{1,4}[.)]\s*)?`;
const SUCH = String.raw`such\s+(?:a\s+|an\s+)?[\p{L}-]+`;

export function compileAsideMentions(words: AsideMentionWords | undefined): AsideMentionPatterns {
  const w = words ?? {};
  const possibility = String.raw`(?:${alt(w.possibilitySubjects)}|${SUCH})\s+${alt(w.possibilityModals)}\s+(?:${alt(w.possibilityAdverbs)}\s+)?${alt(w.consequenceVerbs)}`;
  const effect = String.raw`(?:${alt(w.effectSubjects)}|${SUCH})\s+${alt(w.effectModals)}\s+(?:${alt(w.effectAdverbs)}\s+)?${alt(w.effectVerbs)}\s+(?:not\s+only\s+)?(?:to|in|with)\b`;
  return {
    possibleConsequence: new RegExp(`${ENUMERATOR}(?:${possibility}|${effect})`, 'iu'),
    makesItHard: new RegExp(String.raw`\b${alt(w.hardModals)}\s+(?:also\s+)?make\s+it\s+(?:${alt(w.hardDegrees)}\s+)?${alt(w.hardAdjectives)}\b`, 'iu'),
    backReference: new RegExp(String.raw`\b${alt(w.backOpeners)}\s+(?:the|any|all)\s+[^,.;:]{1,80}?\b${alt(w.backParticiples)}\s+${alt(w.backPlaces)}\b`, 'iu'),
  };
}

export function compileOpinionStatements(words: OpinionStatementWords | undefined): OpinionStatementPatterns {
  const w = words ?? {};
  return {
    wayIsTo: new RegExp(String.raw`${ENUMERATOR}(?:[\p{L}'’-]+\s+){0,6}?${alt(w.wayNouns)}\s+(?:(?:to|of|for|in)\s+[^,.;:]{1,80}?\s+)?${alt(w.wayCopulas)}\s+to\b(?!\s+be\b)`, 'iu'),
    belief: new RegExp(String.raw`${ENUMERATOR}${alt(w.believers)}\s+(?:(?:are|is|remain)\s+${alt(w.beliefStates)}|(?:${alt(w.beliefAdverbs)}\s+)?${alt(w.beliefVerbs)})\s+that\b`, 'iu'),
    ownDuty: new RegExp(String.raw`\b${alt(w.dutyWords)}\b`, 'i'),
  };
}

export function compileReportContents(words: ReportContentWords | undefined): ReportContentPatterns {
  const w = words ?? {};
  const nouns = alt(w.reportNouns);
  const reportOn = [
    String.raw`${alt(w.reportVerbs)}\s+(?:\p{L}+ly\s+)?(?:to\s+(?:the\s+)?[\p{L}-]+\s+)?${alt(w.topicLinks)}`,
    String.raw`${alt(w.reportVerbs)}\s+(?:on\s+)?(?:the\s+)?${alt(w.measures)}\s+of`,
    String.raw`${alt(w.givingVerbs)}\s+(?:[\p{L}\p{N}-]+\s+){0,5}?reports?\s+${alt(w.contentLinks)}`,
    String.raw`${nouns}s?\s+(?:that|which)\s+(?:${alt(w.thatModals)}\s+)?${alt(w.thatContents)}`,
  ];
  return {
    mentions: new RegExp(alt([...(w.reportNouns ?? []), ...(w.reportVerbs ?? [])]), 'i'),
    reportOn: new RegExp(String.raw`\b(?:${reportOn.join('|')})\b`, 'iu'),
    reportSubject: new RegExp(
      String.raw`^\s*(?:\(?[\p{L}\p{N}]{1,4}[.)]\s*)*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:the|each|every|all|its|a)\s+)?(?:[\p{L}-]+\s+){0,3}${nouns}s?\s+(?:${alt(w.subjectModals)})?\s*${alt(w.subjectContents)}\b`,
      'iu',
    ),
    ownAct: new RegExp(alt(w.ownAct), 'i'),
  };
}
