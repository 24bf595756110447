// Small helpers for the benchmark: timing, percentiles, formatting.

export function median(xs: readonly number[]): number {
  return percentile(xs, 50);
}

/** The p-th percentile (nearest rank) of the values; NaN when there are none. */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}

export function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  return x < 1 ? `${x.toFixed(3)} ms` : x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(1)} ms`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function now(): number {
  return performance.now();
}

/** Prints "label ........ value" lines with the labels aligned. */
export function line(label: string, value: string): void {
  process.stdout.write(`  ${label.padEnd(54)} ${value}\n`);
}

export function heading(title: string): void {
  process.stdout.write(`\n${title}\n`);
}
