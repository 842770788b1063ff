/**
 * What a sentence's document shape adds to its reading: the row of a requirement table it stands
 * in (priority and response, compliance-matrix.ts) and the capitalised keywords a conformance
 * clause of the agreement defines (conformance.ts).
 */
import type { Classification } from './classify';
import { answeredReading } from './compliance-matrix';
import { keywordReading } from './conformance';
import type { Parties } from './parties';
import type { UnitAids } from './unit-aids';

/** `parties` carries the conformance clause of the whole agreement (agreement-facts.ts), which may stand in another block. */
export function shapeReading(read: Classification, aids: UnitAids, u: number, parties: Parties): Classification {
  const row = aids.answer[u];
  return keywordReading(row ? answeredReading(read, row) : read, parties.conformance);
}
