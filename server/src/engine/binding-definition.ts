/**
 * A definition that carries its own duty: "“Backup Service” means the Provider's daily backup of
 * the Customer Data …, which the Provider shall provide throughout the Term". A definition obliges
 * no one, but a relative clause in it that binds a party to what it defines (or denies it) is an
 * operative term, read as "Security monitoring, which the Provider shall perform" is.
 */
import { partyPattern, type Parties } from './parties';
import { partyRegExp } from './party-regexps';

export function definitionBinds(text: string, parties: Parties): boolean {
  // Either party: "…, which the Customer shall perform" puts the defined service on the customer,
  // "…, which the Provider does not perform" disclaims it; both are read as the clause says.
  const names = [partyPattern(parties, 'provider'), partyPattern(parties, 'customer')].filter(Boolean).join('|');
  if (!names) return false;
  const relative = String.raw`\b(?:which|that|(?:each|all|both)\s+of\s+which)\s+(?:the\s+)?(?:${names})\s+(?:shall|will|must|agrees\s+to|undertakes\s+to|does\s+not|do\s+not|will\s+not|shall\s+not)\b`;
  return partyRegExp(relative, 'u').test(text);
}
