/**
 * The per-set, per-kind floors of the MSP-draft regression guard (msp-drafts.test.ts explains
 * them): each comment says when and why a floor moved.
 */
import type { CaseKind } from '../../scripts/msp-drafts';

export const FLOORS: Record<number, Record<CaseKind, number>> = {
  1: {
    original: 66,
    // Session 13, the lead: "keep … up to date" is patching wording (NCSC, Cyber Essentials). With
    // 06's patching clause removed, "The Council shall keep its own end-user devices … (outside the
    // Service Environment) up to date" is read as the duty put on the customer (negated), not absent: 63 -> 62.
    removed: 62,
    hedged: 65,
    disclaimed: 63,
    moved: 63,
    reworded: 66,
    'qualified-later': 7,
    threshold: 5,
  },
  // Set 2 (drafts 07-10). First run, before any rule was changed for it: 40, 41, 27, 29, 20, 40, 2, 4 = 203/273.
  // Original 43, not 44: 08's transparency clause was right only through "alerts reviewed 24x7"
  // read as a periodic review; with that near-miss its own clause (a present-tense statement and an
  // R/A/C/I table) reads weak.
  // 258 after helper set6rest ("this SOW" points to no heading's duty).
  2: {
    original: 43,
    removed: 44,
    hedged: 39, // session 15: raised to the eval at the merge of the session's rules
    disclaimed: 43, // session 17: 08's "does not restrict the rights of MSP Personnel" now found as least privilege (set16rest)
    moved: 39,
    reworded: 44,
    'qualified-later': 5,
    threshold: 4,
  },
  // Set 3 (drafts 11-14). First run, before any rule was changed for it:
  // 40, 37, 28, 24, 30, 43, 2, 4 = 208/273.
  3: {
    original: 43,
    removed: 44, // session 15: raised to the eval at the merge of the session's rules
    hedged: 43,
    disclaimed: 44, // session 15: raised to the eval at the merge of the session's rules
    moved: 44,
    reworded: 44,
    'qualified-later': 4,
    threshold: 4,
  },
  // First run on set 4 (written blind, never used to tune a rule): 36, 38, 28, 23, 16, 37, 3, 4 =
  // 185/273; removed is 39 after the one expectation fix (17's fee row "Backup and recovery" now
  // goes with the backup clause it prices). The wrong cases, by cause, are in the fixture README.
  // After the general fixes of issue 12 (party roles, service tables, definitions that bind,
  // disclaimers, hedges, near-misses; helper set4fix): 246/273.
  // 258 after helper set6rest (a permission to act without the approval the requirement asks for).
  4: {
    original: 44,
    removed: 43,
    hedged: 41,
    disclaimed: 38, // a party named in a list ("including Company") is no subject (set15words, session 15)
    moved: 41,
    reworded: 44,
    // Session 17, set16rest: 5 -> 4, for the lead to decide. "is not bound to" is now a disclaimer
    // as "is not required to" is; 17's "5.2 Despite section 3.4 …, Contractor provides the backup
    // services on a reasonable-efforts basis, and the frequencies … are targets that Contractor is
    // not bound to meet" reads the negation of the relative clause (about the targets) before the
    // reasonable-efforts hedge, and a non-express negation does not override the binding clause.
    // With "not required to" the sentence read the same before this session.
    'qualified-later': 4,
    threshold: 4,
  },
  // Set 5 (drafts 19-22, helper set5): written blind and HELD OUT. First run, before any rule was
  // changed for it: 40, 37, 21, 33, 13, 44, 1, 4 = 193/272. The wrong cases, by cause, are in the
  // fixture README. After the general fixes of helper set5fix (hedges of commercial judgement and
  // own workload, the customer named as the doer, relative clauses of intent, near-misses, a
  // retention tier with "with", a user's report to the support desk, "told", "where this is feasible"), merged with main: 235/272.
  // After helper clausefix (a later clause that takes the act away, run-in captions, plain
  // disclaimers, later qualifications numbered in any style, clauses of purpose): sets 2-5 at
  // 255, 266, 257, 257 (merged with main). Session 10, merged main with shapes9 and doers9:
  // disclaimed 40, 260/272.
  5: {
    original: 43,
    removed: 44, // session 15: raised to the eval at the merge of the session's rules
    hedged: 40, // session 15: raised to the eval at the merge of the session's rules
    disclaimed: 42, // session 16: "does not limit or review … those rights" read as refused (set15rest)
    moved: 43,
    reworded: 44,
    'qualified-later': 4,
    threshold: 4,
  },
  // Set 6 (drafts 23-26, helper set6, session 7): written blind and HELD OUT. First run, before any
  // rule was changed for it (and unchanged by the one expectation fix, 25's overview):
  // 33, 37, 21, 26, 12, 33, 2, 3 = 167/267. The wrong cases, by cause, are in the fixture README.
  // Set 6: first run 167 (session 7, before its rules); 182 after the session's general rules, which
  // were written without reading set 6; 187 after one fix informed by its cause list (a deputy
  // "backup … manager" under any title). 224 after helper set6fix's general rules for its causes
  // (compliance-matrix answers, binding service descriptions, parties defined by what they are,
  // hedges as data); its held-out number stays the first run. 226 after helper custteam's rule that
  // a customer's defined team (draft 24's "Internal IT Team") acts for the customer.
  // 242 after helper set6rest (a denial beside a permission decides, pronoun subjects, customer-team
  // ownership and "is for the Client to arrange", condition hedges, clauses subjected to a later one,
  // tiers, a description then the duty that spells it out).
  6: {
    original: 41,
    removed: 40,
    hedged: 36, // "Log storage" names the logs in a title (the lead, session 13)
    disclaimed: 40,
    moved: 36,
    reworded: 42,
    'qualified-later': 4,
    threshold: 4,
  },
  // Set 7 (drafts 27-30, helper set7, session 8): written blind and HELD OUT from every rule of
  // session 8. First run on main 236c225, before any rule of the session: 39, 28, 29, 27, 25, 43,
  // 1, 3 = 195/272; after the expectation fixes of the same helper (clauses that covered a second
  // area; 29's transparency entry dropped): 38, 35, 31, 29, 26, 42, 1, 3 = 205/266, the floor below.
  // The wrong cases, by cause, are in the fixture README. Tuned on afterwards with general rules only
  // (helper shapes7: RACI letters, amendment releases, quoted inserted paragraphs, declared promises,
  // shared-word near-misses, WHEREAS recitals, judgement/platform/capacity hedges, plain-language
  // allocation), merged with main: 40, 40, 38, 36, 34, 42, 1, 4 = 235/266. Session 9 (lead): letter
  // agreements, declined allocations, cost-bearing and price-list rows, staff in declared promises,
  // transitional derogations: 41, 40, 39, 39, 35, 42, 2, 4 = 242/266. Session 10 (nearmiss9):
  // "keep an eye on" the logs is monitoring, not retention: 41, 41, 39, 39, 35, 42, 2, 4 = 243/266.
  // Helper shapes9: "only at / during / in …" narrows in a later qualification (29's patching
  // qualified-later): 41, 41, 39, 39, 35, 42, 3, 4 = 244/266 merged.
  7: {
    original: 42, // session 17: 28's "lists every security task and says whether it's ours or yours" read as roles (set16rest)
    removed: 41,
    hedged: 39,
    disclaimed: 39,
    moved: 36, // session 15: lifted by set14rest's general rules
    reworded: 43, // "moves off your account" (the lead, session 15)
    'qualified-later': 3,
    threshold: 4,
  },
  // Set 8 (drafts 31-34, helper set8, session 8): written blind AFTER the session's rules and HELD
  // OUT from every fix in it. First run on main c3b3b8e: 36, 37, 23, 36, 19, 32, 2, 3 = 188/272,
  // On main 2c65581 (after the merges of "removed" and "informal", also written without seeing
  // set 8): 187/272, disclaimed 35 (31's caption "C.7 Patch management" now reads weak and outranks
  // the disclaimer under it). The wrong cases, by cause, are in the fixture README. Tuned on
  // afterwards with general rules only, in session 9, from 190 on main 05c3b36: helper doers8
  // (parties cast by Commonwealth preambles and side words of public bodies, acts that stay with the
  // customer, a customer check with the provider refusing its part, escape hedges, duties cut down to
  // telling, lettered captions, backup as staff cover or standby power, separation in plain words:
  // 226 on its branch) and helper quest8 (questionnaire answers: a question binds no one and titles
  // its answer, the verdict decides, incorporated responses are warranties; negotiation brackets read
  // at their weakest open alternative: 225 on its branch), merged with the lead's rules of the session: 44, 42, 39, 40, 42, 43, 3, 4 = 257/272.
  // Session 10, helper nearmiss9: security terms required of a supplier are passed on, not
  // reviewed (33's transparency removed, disclaimed, moved): 44, 43, 39, 41, 43, 43, 3, 4 = 260/272.
  8: {
    original: 44,
    removed: 43,
    hedged: 40,
    disclaimed: 41,
    moved: 43,
    reworded: 43,
    'qualified-later': 3,
    threshold: 4,
  },
  // Set 9 (drafts 35-38, helper set9, session 9): written blind at the start of session 9 on main
  // 05c3b36 and HELD OUT from every rule of the session. First run, before any rule was changed:
  // 42, 34, 31, 30, 28, 44, 2, 4 = 215/272, the floor below. The wrong cases, by cause, are in the
  // fixture README. Session 10, helper nearmiss9 (a sentence of another clause no longer decides an
  // area: generic reviews under a "Security requirements" title, monitoring reports and coverage
  // periods, restore tests under a contingency title, attackers' scans, HIPAA's minimum necessary
  // for uses of PHI): 41, 42, 37, 36, 31, 44, 2, 4 = 237/272. One original fewer: 38's least
  // privilege was right only through the HIPAA uses-and-disclosures sentence of 4.1; its own
  // clause 5.2(b) is the least-privilege wording cause (helper doers9). Then helper doers9
  // (subcontract parties, HIPAA safeguards, least-privilege wording, escape permissions, cited
  // lettered paragraphs) on merged main: 44, 42, 41, 41, 40, 44, 3, 4 = 259/272. Then helper
  // shapes9 (requirement tables read their priority column and a refused row's comment explains the
  // refusal, later qualification by requirement id, RFC 2119 conformance clauses, "imposes no
  // requirement to …": 36's MFA hedged, incident response moved and patching qualified-later, 35's
  // segregation disclaimed) on merged main: 44, 42, 43, 42, 41, 44, 4, 4 = 264/272.
  9: {
    original: 44,
    removed: 42,
    hedged: 43,
    disclaimed: 42,
    moved: 41,
    reworded: 44,
    'qualified-later': 4,
    threshold: 4,
  },
  // Set 10 (drafts 39-42, helper set10, session 10): written blind at the start of session 10 on
  // main 449f160 and HELD OUT from every rule of the session. First run, before any rule was changed:
  // 23, 38, 27, 22, 22, 24, 2, 3 = 161/274, the floor below. The wrong cases, by cause, are in the
  // fixture README. Tuned on afterwards in the same session, once that number was recorded: the
  // lead (derogations, knowledge qualifiers, "is incumbent upon", storage hedges), parties10 (a
  // provider whose defined name holds a customer word, read from how the recitals cast it:
  // service-cast.ts) and kpi10 (service-level rows bound by "shall meet … the Service Levels in
  // Table 3": service-level-tables.ts; "bound by security terms" as a flow-down; "treated as met
  // where" as a hedge). Merged main: 42, 39, 31, 30, 31, 42, 4, 4 = 223/274. Session 11, helper
  // set10rest: service-scope verdicts ("…: not provided", "(Client responsibility)", lexicon
  // serviceScope), other customers through a coordinated noun or as public bodies, a tool named as a
  // source of service-level records, officers named by what they head, "owes" / "owes no", access
  // "required for their assigned duties": 44, 41, 36, 38, 38, 44, 4, 4 = 249/274. Session 12, helper
  // set11rest (periods bound to what some means allow, "insofar as" a condition, exclusions from a
  // cited id "outside SEC-06"): 44, 41, 37, 38, 38, 44, 6, 4 = 252/274. Session 14, helper set13rest
  // (supplier IT security named by a disclaimer): disclaimed 39 = 253/274.
  10: {
    original: 44,
    removed: 41,
    hedged: 37,
    disclaimed: 40, // session 15: raised to the eval at the merge of the session's rules
    moved: 38,
    reworded: 44,
    'qualified-later': 6,
    threshold: 4,
  },
  // Set 11 (drafts 43-46, helper set11, session 11): written blind at the start of session 11 on
  // main 3748b83 and HELD OUT from every rule of the session. First run, before any rule was
  // changed for it: 23, 34, 29, 29, 18, 22, 4, 3 = 162/273, the floor below (unchanged by the one
  // expectation fix, 46's logging "moved" edit). By draft: 43 (capitals) 63/69, 44 (scope lists)
  // 36/68, 45 (obligations register) 12/68, 46 (cross-referenced paragraphs) 51/68. The wrong
  // cases, by cause, are in the fixture README.
  // 163 after the session's other rules (held out: none written for set 11): disclaimed 29 -> 30.
  // 231 after reg11's items bound by a body clause (registers, sections bound by number, Owner columns).
  // Helper misc11 (refusal of joined verbs, a customer's directorate as subject, list headings lend
  // no topic, sign-in left to the customer, a bare predicate after a purpose clause, a party named
  // in an "including …" means clause is no addressee): 23, 36, 30, 31, 23, 23, 4, 3 = 173/273 on its branch.
  // Merged main (reg11 + misc11): 43, 35, 38, 39, 34, 44, 4, 4 = 241/273. 242 with capability
  // conditions of any length as hedges ("in so far as the tools referred to in paragraph 5.1 allow it").
  // Session 12, helper set11rest (routing and savings clauses owe nothing, a customer's row owed to the
  // provider, suppliers of backup software, intervals the provider decides, notes on a row by its
  // reference, "a Client dependency", items under "Assumptions"): 43, 40, 41, 41, 40, 44, 5, 4 = 258/273.
  11: {
    original: 43,
    removed: 40,
    hedged: 41,
    disclaimed: 41,
    moved: 40,
    reworded: 44,
    'qualified-later': 5,
    threshold: 4,
  },
  // Set 12 (drafts 47-50, helper set12, session 12): written blind at the start of session 12 on
  // main 95510a5 and committed (5da3d4e) before the engine ran on them; HELD OUT from every rule of
  // the session. First run, before any rule was changed for it: 43, 32, 30, 34, 7, 44, 4, 3 =
  // 197/272, the floor below. By draft: 47 (Party A / Party B translation) 44/68, 48 (SCC table)
  // 49/68, 49 (federal clause set) 54/68, 50 (three-party resale) 50/68. The wrong cases, by cause,
  // are in the fixture README (30 of the 75 are parties not cast: Party A, the Purchaser inside the
  // SCC's quoted sub-clauses, the End Customer read as the provider, a customer unit named by the
  // agency's acronym).
  // Session 12, helper set12fix (party casts: "Party A (the Client)", "The Purchaser is: …" rows,
  // "Reseller" a provider word, a title public body's initials; a bare "and shall" after a
  // that-clause naming a party only after a preposition): 43, 33, 31, 34, 26, 44, 4, 3 = 218/272
  // (47 51/68, 48 52/68, 49 55/68, 50 60/68).
  // Session 13, helper set12rest (deleted or disapplied captioned clauses, other disclaimers, backup
  // deputies, allocation lists, liability for subcontractors, definitions and scope statements,
  // hedges of a notice): 43, 39, 36, 42, 32, 44, 4, 3 = 243/272 on its own. The lead's rules of the
  // session: a requirement's party words read with the draft's own defined terms ("Provider Account"
  // also "Reseller Account"), so 50's least-privilege original reads strong and its clause "review
  // every Reseller account's permissions … every six months" counts as a review of provider
  // accounts, which the scoring maps to the deprovisioning area (its removed, hedged, disclaimed and
  // moved edits read strong; the engine's reading is defensible). Merged with the lead's rules: 44, 38, 35, 41, 31, 44, 4, 3 = 240/272.
  // Session 14, helper set13rest (a schedule the provider chooses is a hedge and a denied recovery
  // target no disclaimer of backups; "does not restrict or review the permissions"): 44, 38, 36, 42, 31, 44, 4, 3 = 242/272.
  12: {
    original: 44,
    removed: 38,
    hedged: 36, // "to the maximum extent practicable" (the lead, session 12); "on a schedule it chooses" (set13rest)
    disclaimed: 42,
    moved: 31,
    reworded: 44,
    'qualified-later': 4,
    threshold: 3,
  },
  // Set 13 (drafts 51-54, helper set13, session 13): written blind at the start of session 13 on
  // main c0a97c4 and committed (6600268) before the engine ran on them; HELD OUT from every rule of
  // the session. First run, before any rule was changed for it: 39, 36, 30, 28, 11, 41, 3, 4 =
  // 192/272, the floor below. By draft: 51 (Kenyan county tender, "It is the duty of") 47/68, 52
  // (Hong Kong service specification) 60/68, 53 (credit union / CUSO) 45/68, 54 (franchise
  // Technology Schedule) 40/68. The wrong cases, by cause, are in the fixture README (16 of the 80
  // are parties not cast: the CUSO / the Credit Union, the Franchisor / the Franchisee; 10 are "It
  // is the duty of … to" read as a description). After the held-out number was recorded, the same
  // session: the lead (hours of cover and deadlines are no retention period; "Log storage" names the
  // logs) and helper set13fix (parties with no role word cast by the recitals, the customer's
  // nominee, "it is the duty of X to", "Procuring Entity"). Floors at the merged numbers: 42, 36, 30, 29, 31, 42, 3, 4 = 217/272.
  // Session 14, helper set13rest (the remaining causes, general rules with sentences of its own:
  // disclaimers of a service named at length, hedges of time and effort, other customers in the
  // draft's word for its customer, plain least privilege and allocation, relative clauses, means
  // clauses, a backup connection, "need only" under a schedule's clause number): 44, 37, 37, 37, 33, 44, 4, 4 = 240/272.
  13: {
    original: 44,
    removed: 37,
    hedged: 37,
    disclaimed: 37,
    moved: 34, // session 15: lifted by set14rest's general rules
    reworded: 44,
    'qualified-later': 4,
    threshold: 4,
  },
  // Set 14 (drafts 55-58, helper set14, session 14): written blind at the start of session 14 on
  // main f76bbe2 and committed (1f68fb6) before the engine ran on them; HELD OUT from every rule of
  // the session. First run, before any rule was changed for it: 37, 40, 31, 26, 23, 33, 2, 4 =
  // 196/272, the floor below. By draft: 55 (Japanese business consignment agreement, Consignor /
  // Consignee) 45/68, 56 (US purchase order with Standard Terms, Buyer / Seller) 62/68, 57 (heads
  // of terms as a Term | Detail table, "Provider to …") 43/68, 58 (UK charity, plain English under
  // question headings) 46/68. The wrong cases, by cause, are in the fixture README (9 of the 76 are
  // the Consignor / Consignee not cast as parties; 15 are the term-sheet infinitive "Provider to …"
  // read as a description). Session 14, helper set14fix (the Consignee / Consignor as the two
  // sides, the term-sheet infinitive binds as "is to", "May" in a date is no modal, a Re-consignee's
  // security evaluated is supply-chain risk management): 42, 40, 32, 27, 32, 43, 2, 4 = 222/272.
  // The lead then read consent to re-consign as the subcontracting control, as consent to
  // subcontract is read everywhere else (supply-chain.subcontractors): 55's removed and moved
  // supply chain, whose edits leave that consent clause, read strong against the manifest, which
  // counts it for no area (an expectation doubted, not edited): 42, 39, 32, 27, 31, 43, 2, 4 = 220/272.
  // Session 15, helper set14rest (scope outside the agreement, "up to you" and "is for" the
  // customer, refused promises and representations, discretion hedges and an opening condition
  // that reaches later predicates, a consultation is no allocation, plain words for security jobs,
  // supplier checks, the incident plan and separation): 44, 41, 40, 36, 35, 44, 2, 4 = 246/272.
  14: {
    original: 44,
    removed: 41,
    hedged: 40,
    disclaimed: 38, // a party named in a list ("including Buyer") is no subject (set15words, session 15)
    moved: 35,
    reworded: 44,
    'qualified-later': 2,
    threshold: 4,
  },
  // Set 15 (drafts 59-62, helper set15, session 15): written blind at the start of session 15 on
  // main fea6564 and committed (fe44dac) before the engine ran on them; HELD OUT from every rule of
  // the session. First run, before any rule was changed for it: 33, 27, 28, 22, 12, 36, 1, 4 =
  // 163/272, the floor below. By draft: 59 (Brazilian CONTRATANTE / CONTRATADA translation) 45/68,
  // 60 (GxP Quality and Technical Agreement, duties as imperative rows of an X-marked
  // Responsibilities Table) 25/68, 61 (deed of undertaking, Covenantor / Beneficiary) 48/68, 62
  // (university memorandum of agreement, Host / Participating University) 45/68. The wrong cases,
  // by cause, are in the fixture README (34 of the 109 are 60's table rows: an imperative row whose
  // party is only an X in its column reads weak; 12 are the CONTRATANTE / CONTRATADA and Contract
  // Giver / Contract Acceptor not cast as parties; 16 are expectations the lead may read otherwise).
  // Session 15, after set 15's held-out number (167): set15fix read 60's Responsibilities Table by
  // its key (mark-key.ts: rows marked X for the Contract Acceptor bind it, rows marked only for the
  // Contract Giver move the duty, unmarked rows are no one's duty); four of 60's hedged rows read
  // weak only while no row bound anyone and their hedges are not read, so hedged fell. set15words
  // read CONTRATANTE / CONTRATADA and Contract Giver / Acceptor as parties, "hereinafter called the
  // **X**", a party named in a list as no subject, the party's own view of a suitable time as a
  // hedge, access profiles, "any other institution it serves". Floors at the merged eval.
  // Session 16, set15rest: a topic outside the service by its own name, what a defined event is
  // not, quality deviations and notices clauses as near-misses, the exception of a limit on
  // authority, carve-outs of systems defined as not covered, a unit named before its party, hedges
  // of effort and knowledge, "which security functions … performs", an undertaking qualified by its
  // paragraph (fixture README). Floors at its eval.
  15: {
    original: 44,
    removed: 37,
    hedged: 34,
    disclaimed: 38,
    moved: 35,
    reworded: 44,
    'qualified-later': 3,
    threshold: 4,
  },
  // Set 16 (drafts 63-66, helper set16, session 16): written blind at the start of session 16 on
  // main 6cad48c and committed (45a6f58) before the engine ran on them; HELD OUT from every rule of
  // the session. First run, before any rule was changed for it: 27, 37, 30, 25, 16, 31, 1, 3 =
  // 170/272, the floor below. By draft: 63 (IEC 62443-2-4 capability rows, Asset Owner / Service
  // Provider) 48/68, 64 (French CCAP / CCTP translation, Holder / Purchaser) 40/68, 65 (the
  // customer's first-person side letter: "we" is the customer, "you" the MSP) 22/68, 66
  // (cyber-insurance representations, warranties and covenants) 60/68. The wrong cases, by cause,
  // are in the fixture README (46 of the 102 are 65's reversed we / you).
  // set16voice (session 16): a customer's letter that defines "we" and "you" by name and calls the
  // provider's things "yours" casts "you" as the provider (customer-voice.ts), and "X requires that
  // Y <act>" binds Y: 35, 37, 32, 31, 24, 41, 0, 4 = 204/272. Qualified-later 1 -> 0: 65's backup
  // was right only while the whole paragraph was misread; now read as the MSP's duty, the later
  // "We accept that paragraph 11 applies only to …" is not read as narrowing it (left open).
  // After set16words (session 16): the Holder / Purchaser as parties, and a named provider's
  // present indicative binding in a draft without "shall": original 29, disclaimed 26, moved 22,
  // reworded 32; hedged 30 -> 28 (64's hedged patching and incident items, whose hedges are not
  // read, were weak only because the present read weak; see the fixture README).
  // Both merged (session 16): 37, 37, 30, 32, 30, 42, 0, 4 = 212/272 (the two rules add up and more:
  // the Purchaser, now a party, makes 65's and 64's moved edits the customer's acts).
  // After set16rest (session 17): 40, 41, 40, 36, 34, 43, 3, 4 = 241/272 (hedge families, later
  // qualifications by derogation, lettered id or assent, not-bound-to and does-not-have-to, the
  // relative clause "that do not support MFA", administration rights, security correspondent, and
  // the functions a "which party performs" allocation lists; see the fixture README).
  // After set17stories (session 17): a register's list of the functions it allocates is no duty
  // to perform them (63's SP.01.02): removed 37 -> 40, hedged 30 -> 31, moved 30 -> 31 (217/272).
  16: {
    original: 40,
    removed: 41,
    hedged: 40,
    disclaimed: 36,
    moved: 34,
    reworded: 44,
    'qualified-later': 3,
    threshold: 4,
  },
  // Set 17 (drafts 67-70, helper set17, session 17): written blind at the start of session 17 on
  // main e23c52f and committed (02f295c) before the engine ran on them; HELD OUT from every rule of
  // the session. First run, before any rule was changed for it: 35, 25, 26, 28, 8, 39, 2, 4 =
  // 167/272, the floor below. By draft: 67 (EU DORA Article 30 arrangement, "the TPP" / Financial
  // Entity) 38/68, 68 (SOW as agile user stories with Given/When/Then criteria) 34/68, 69 (contract
  // formed by an e-mail thread, the reply in the customer's voice) 49/68, 70 (intra-group
  // shared-services agreement, GSC / Recipient Affiliates) 46/68. The wrong cases, by cause, are in
  // the fixture README (23 of the 105 are the Financial Entity and the Recipient Affiliates not cast
  // as the customer, so their moved duties read as the provider's; 16 a responsibility register that
  // lists the security functions read as a duty to perform each one).
  // Held out (session 17): after every other rule of the session, before any rule for set 17:
  // 35, 25, 26, 28, 7, 40, 2, 4 = 167/272 (the lead's probes turned a reworded case right;
  // set16rest's "each security task" found 69's moved transparency term, whose "we" is still read
  // as the provider).
  // After set17parties (session 17): parties named twice in one parenthesis, DORA's Financial Entity
  // and Recipient Affiliates as the customer side, GSC cast from the recitals, and the e-mail reply's
  // own voice: 38, 25, 26, 29, 19, 41, 2, 4 = 184/272 (floors raised for the kinds lifted).
  // After set17stories (session 17): Committed user stories bind their present-tense acceptance
  // criteria, a criterion in which the Client acts is the Client's, Backlog / "Not committed"
  // stories bind nothing, and a register's list of functions is no duty to perform them:
  // 39, 32, 30, 30, 10, 41, 2, 4 = 188/272 (168 on the integration branch it started from).
  // lists the security functions read as a duty to perform each one). After set17words (session 17,
  // a bold-term definition, power plant at end of life, an online tier of a retention period, "not
  // part of this service", "where its tools make that straightforward"): 36, 26, 27, 30, 8, 41, 2, 4
  // = 174/272 on its branch (168 before it on the integration branch).
  // Merged (session 17): set17parties, set17stories and set17words together: 43, 34, 31, 33, 25,
  // 44, 2, 4 = 216/272.
  17: {
    original: 43,
    removed: 34,
    hedged: 31,
    disclaimed: 33,
    moved: 25,
    reworded: 44,
    'qualified-later': 2,
    threshold: 4,
  },
};
