/**
 * The words that open a later qualification of another clause: "Notwithstanding clause 6.1, …",
 * "Despite SEC-08, …", and the civil-law and EU form "In derogation from Article 10, …" / "By way of
 * derogation from Article 5, …" or "By derogation from Article 7.6, …" (also "derogation of"). One pattern for every reader that resolves
 * the cited clause (cited-clause.ts, narrowing.ts, requirement-ids.ts). The first letters carry both
 * cases so the case-sensitive id reader can use it too.
 */
export const QUALIFYING_OPENER = String.raw`(?:[Nn]otwithstanding|[Dd]espite|(?:[Ii]n|[Bb]y\s+way\s+of|[Bb]y)\s+derogation\s+(?:of|from)\b)`;
