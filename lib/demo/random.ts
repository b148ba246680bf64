/** A small seeded generator (mulberry32): the same seed gives the same sample data on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one seeded generator. */
export function picker(random: () => number) {
  return {
    /** A whole number in [min, max]. */
    int: (min: number, max: number) => min + Math.floor(random() * (max - min + 1)),
    /** One item of a non-empty list. */
    one: <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T,
    /** True with probability p. */
    chance: (p: number) => random() < p,
    /** A deterministic UUID-shaped id. */
    id: () => {
      const hex = () =>
        Math.floor(random() * 0x100000000)
          .toString(16)
          .padStart(8, '0');
      const a = hex() + hex() + hex() + hex();
      return `${a.slice(0, 8)}-${a.slice(8, 12)}-4${a.slice(13, 16)}-a${a.slice(17, 20)}-${a.slice(20, 32)}`;
    },
  };
}
