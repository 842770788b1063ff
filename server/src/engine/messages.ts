/** Plain-words messages for findings, worded for the side the user drafts for. */
import { sideName, type Parties } from './parties';
import type { Finding, Perspective } from './types';
import { describeForProvider } from './perspective';
import { squash } from './text';

export function citationLabel(f: Finding): string {
  return `AA22-131A · ${f.requirement.citation.heading}`;
}

export function describeFinding(f: Finding, parties: Parties, perspective: Perspective): string {
  if (perspective === 'provider') return describeForProvider(f, parties);
  const req = f.requirement;
  const owner = req.party === 'both' ? 'the parties' : sideName(parties, req.party);
  const best = f.evidence[0];
  const cue = best?.cue ? `“${squash(best.cue.text, 60)}”` : '';
  switch (f.status) {
    case 'missing':
      return `Missing clause: ${req.title}. No clause requires ${owner} to do this.`;
    case 'weak':
      return `Hedged clause: ${req.title}${cue ? ` is weakened by ${cue}` : ' is not a firm obligation'}: ${best?.reason ?? ''}.`;
    case 'negated':
      return `Negated clause: ${req.title}${cue ? ` is disclaimed by ${cue}` : ' is disclaimed'}: ${best?.reason ?? ''}.`;
    case 'below-threshold':
      return `Below threshold: ${req.title}: ${best?.reason ?? ''}.`;
    case 'wrong-party':
      return `Wrong party: ${req.title}: ${best?.reason ?? ''}.`;
    case 'accepted':
      return `Accepted: ${req.title}${f.suppression ? ` (${f.suppression.reason})` : ''}.`;
    case 'present':
      return `Present: ${req.title}.`;
  }
}
