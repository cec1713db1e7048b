/**
 * Property tests are deterministic in `npm test` (a fixed seed, so CI never fails on a draw it cannot
 * reproduce) and exploratory in `npm run fuzz` (IND_FUZZ_RUNS set: a fresh random seed each run, printed by
 * fast-check on failure). `IND_FC_SEED=<n>` replays a given seed.
 */
import fc from "fast-check";

const seedEnv = process.env.IND_FC_SEED;
if (seedEnv !== undefined) fc.configureGlobal({ seed: Number(seedEnv) });
else if (process.env.IND_FUZZ_RUNS === undefined) fc.configureGlobal({ seed: 20261122 });
