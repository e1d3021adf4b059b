// Summaries of repeated measurements: median, spread and quartiles.

/** The q-quantile of xs (0 ≤ q ≤ 1), interpolating between order statistics. */
export function quantile(xs, q) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

/** { median, min, max, q1, q3, runs, samples } of a list of numbers. */
export function summary(samples) {
  const xs = samples.filter(Number.isFinite);
  return {
    median: quantile(xs, 0.5),
    min: xs.length ? Math.min(...xs) : NaN,
    max: xs.length ? Math.max(...xs) : NaN,
    q1: quantile(xs, 0.25),
    q3: quantile(xs, 0.75),
    p95: quantile(xs, 0.95),
    runs: xs.length,
    samples: xs,
  };
}
