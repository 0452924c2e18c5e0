// Property tests run on a fixed seed, so a red CI can always be replayed and never depends on luck.
// `npm run fuzz` runs them on fresh random seeds (FC_SEED=random) to look for new counterexamples;
// FC_SEED=<number> replays one that a fuzz run printed.
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20261125 : Number(seed) });
