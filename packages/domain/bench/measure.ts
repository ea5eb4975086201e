/**
 * Median ops per CPU-second over interleaved batches: contenders take turns so machine noise hits them alike,
 * and each batch is timed by the CPU time the process spent (all its threads, the garbage collector's
 * included), not by the clock, so time the machine gave to other processes does not count.
 */
export interface Contender {
  name: string;
  run: () => unknown;
}

export interface Measurement {
  name: string;
  opsPerSecond: number;
  /** Median microseconds per operation. */
  micros: number;
}

/** Milliseconds of CPU this process has used. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function batch(run: () => unknown, minMs: number): number {
  let n = 0;
  const start = cpuMs();
  let elapsed = 0;
  do {
    run();
    n++;
    elapsed = cpuMs() - start;
  } while (elapsed < minMs);
  return n / (elapsed / 1000);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

export function measure(
  contenders: Contender[],
  { rounds = 21, batchMs = 60, warmupMs = 300 } = {},
): Measurement[] {
  for (const c of contenders) batch(c.run, warmupMs);
  const samples = new Map(contenders.map((c) => [c.name, [] as number[]]));
  for (let r = 0; r < rounds; r++)
    for (const c of contenders) samples.get(c.name)?.push(batch(c.run, batchMs));
  return contenders.map((c) => {
    const ops = median(samples.get(c.name) ?? []);
    return { name: c.name, opsPerSecond: ops, micros: 1e6 / ops };
  });
}
