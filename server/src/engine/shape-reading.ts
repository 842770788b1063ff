/**
 * What a sentence's document shape adds to its reading: the row of a requirement table it stands
 * in (priority and response, compliance-matrix.ts) and the capitalised keywords a conformance
 * clause defines (conformance.ts).
 */
import type { Classification } from './classify';
import { answeredReading } from './compliance-matrix';
import { keywordReading } from './conformance';
import type { UnitAids } from './unit-aids';

export function shapeReading(read: Classification, aids: UnitAids, u: number): Classification {
  const row = aids.answer[u];
  return keywordReading(row ? answeredReading(read, row) : read, aids.conformance);
}
