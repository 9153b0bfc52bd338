/**
 * A small seeded pseudo-random generator (mulberry32): the same seed always gives the same sequence,
 * so every figure the engine reports can be reproduced.
 * @returns a function giving numbers in [0, 1)
 * @example createRandom(42)(); // about 0.6011: the same first number every time
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
