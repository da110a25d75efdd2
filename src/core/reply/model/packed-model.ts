/**
 * A linear model as committed data: the kept buckets as a string of base-64 varint gaps, and one
 * quantised weight a character per bucket and class. Unpacked once into a sparse table.
 */
export type PackedModel = {
  classes: readonly string[];
  buckets: number;
  /** Weight of one step of quantisation. */
  scale: number;
  bias: readonly number[];
  /** Gaps between kept buckets, base-64 varints (low 5 bits of data, bit 6 "more"). */
  keys: string;
  /** classes.length characters per kept bucket: code − 79 is the quantised weight (−31…31). */
  weights: string;
};

export type LinearModel = { classes: readonly string[]; buckets: number; bias: readonly number[]; rows: Map<number, Float64Array> };

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** The character that stands for a weight of 0. */
export const weightZero = 79;

export function unpackModel(packed: PackedModel): LinearModel {
  const rows = new Map<number, Float64Array>();
  const width = packed.classes.length;
  let bucket = -1;
  let gap = 0;
  let shift = 0;
  let row = 0;
  for (const character of packed.keys) {
    const digit = alphabet.indexOf(character);
    gap += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    bucket += gap + 1;
    const weights = new Float64Array(width);
    for (let column = 0; column < width; column++) weights[column] = (packed.weights.charCodeAt(row * width + column) - weightZero) * packed.scale;
    rows.set(bucket, weights);
    row += 1;
    gap = 0;
    shift = 0;
  }
  return { classes: packed.classes, buckets: packed.buckets, bias: packed.bias, rows };
}

export function packGaps(sortedBuckets: number[]): string {
  let previous = -1;
  let out = '';
  for (const bucket of sortedBuckets) {
    let gap = bucket - previous - 1;
    previous = bucket;
    while (gap >= 32) {
      out += alphabet[(gap & 31) | 32];
      gap >>>= 5;
    }
    out += alphabet[gap];
  }
  return out;
}

/** Probabilities of each class for a bag of buckets (each counted once). */
export function classify(model: LinearModel, features: readonly number[]): number[] {
  const scores = [...model.bias];
  // Each feature counts once, as in training: sorting finds repeats without a set.
  const sorted = [...features].sort((a, b) => a - b);
  for (let index = 0; index < sorted.length; index++) {
    const feature = sorted[index] ?? -1;
    if (index > 0 && feature === sorted[index - 1]) continue;
    const row = model.rows.get(feature);
    if (!row) continue;
    for (let column = 0; column < scores.length; column++) scores[column] = (scores[column] ?? 0) + (row[column] ?? 0);
  }
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}
