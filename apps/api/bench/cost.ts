import { median } from './median.js';

/** What one request cost this process: CPU µs (user + system) and wall µs. */
export interface Cost {
  cpu: number;
  wall: number;
}

/** The cost of `work`, measured in this process (PGlite runs here, so CPU time is all its work). */
export async function costOf(work: () => Promise<unknown>): Promise<Cost> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { cpu: used.user + used.system, wall: (performance.now() - wall) * 1000 };
}

/** The median CPU and the median wall time of several costs. */
export const medianCost = (costs: readonly Cost[]): Cost => ({
  cpu: median(costs.map((c) => c.cpu)),
  wall: median(costs.map((c) => c.wall)),
});
