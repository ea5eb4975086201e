/** A «nice» axis from 0: the top is 1, 2, 2.5 or 5 times a power of ten, with four or five ticks. */
export function chartScale(values: readonly number[]): { max: number; ticks: number[] } {
  const largest = Math.max(0, ...values.filter((v) => Number.isFinite(v)));
  if (largest === 0) return { max: 1, ticks: [0] };
  const magnitude = 10 ** Math.floor(Math.log10(largest));
  const step =
    [0.2, 0.25, 0.5, 1, 2, 2.5].map((f) => f * magnitude).find((s) => largest / s <= 5) ?? magnitude * 5;
  const max = Math.ceil(largest / step) * step;
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => Math.round(i * step));
  return { max, ticks };
}
