/**
 * fast-check parameters shared by the property suites.
 * `npm test`: a fixed seed and each property's own small run count, so results are repeatable.
 * `npm run fuzz`: CLAUSELINT_FUZZ_RUNS runs per property (default 1000) and a random seed, printed
 * once so a failure can be replayed with CLAUSELINT_FUZZ_SEED=<seed> npm run fuzz.
 */
import type { Parameters } from 'fast-check';

const FIXED_SEED = 131_2022;

function positiveInt(value: string | undefined): number | undefined {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** Runs per property under `npm run fuzz` when CLAUSELINT_FUZZ_RUNS is not set. */
const DEFAULT_FUZZ_RUNS = 1000;

const fuzzRuns = positiveInt(process.env.CLAUSELINT_FUZZ_RUNS) ?? (process.env.npm_lifecycle_event === 'fuzz' ? DEFAULT_FUZZ_RUNS : undefined);
const replaySeed = process.env.CLAUSELINT_FUZZ_SEED;

export const seed: number =
  replaySeed !== undefined && replaySeed !== '' && Number.isInteger(Number(replaySeed))
    ? Number(replaySeed)
    : fuzzRuns
      ? Math.floor(Math.random() * 0x7fffffff)
      : FIXED_SEED;

/** True under `npm run fuzz`: suites may also use larger inputs. */
export const fuzzing = fuzzRuns !== undefined;

if (fuzzing) console.log(`clauselint fuzz: seed ${seed}, ${fuzzRuns} runs per property (replay: CLAUSELINT_FUZZ_SEED=${seed} npm run fuzz)`);

/** Parameters for one property; `runs` is its run count under `npm test`. */
export function params<T>(runs: number): Parameters<T> {
  return { seed, numRuns: fuzzRuns ?? runs };
}
