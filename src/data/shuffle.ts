import { createRng, seedFrom } from '../random';

/**
 * The order in which one epoch visits `count` images: a Fisher–Yates permutation drawn
 * from a generator seeded by (seed, epoch). Deriving each epoch's stream from the seed
 * rather than continuing one stream means epoch 3 has the same order whether or not
 * epochs 1–2 ran in this process, and the order never depends on the worker count.
 */
export function epochOrder(count: number, seed: number, epoch: number): Uint32Array {
  const order = new Uint32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  const rng = createRng(seedFrom(`shuffle:${seed}:${epoch}`));
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}
