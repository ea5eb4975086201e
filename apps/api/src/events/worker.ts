import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import { type DeliveryOptions, deliverDue, STANDARD_RETRY_DELAYS_MS } from '../webhooks/delivery.js';
import { sequenceEvents } from './feed.js';

export interface WorkerOptions {
  /** How often the outbox is looked at. */
  pollMs: number;
  delivery: Omit<DeliveryOptions, 'worker' | 'clock'>;
  /** Further work per round after the events are sequenced and delivered (the notices). */
  also?: readonly ((worker: string) => Promise<unknown>)[];
  onError: (error: unknown) => void;
}

export const DEFAULT_WORKER_OPTIONS: Omit<WorkerOptions, 'onError'> = {
  pollMs: 1000,
  delivery: { leaseMs: 60_000, timeoutMs: 20_000, retryDelaysMs: STANDARD_RETRY_DELAYS_MS },
};

export interface EventWorker {
  /** One round now (tests; and after a change, so nobody waits for the next tick). */
  runOnce: () => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Reads the outbox in the background of each API process: gives committed events their feed positions, delivers
 * webhooks and sends notices. Rounds never overlap within a process; across processes, the sequencer's lock and
 * the leases on subscriptions and notices keep each effect to one process.
 */
export function startEventWorker(db: Database, options: WorkerOptions): EventWorker {
  const worker = `${process.pid}:${randomUUID()}`;
  const delivery: DeliveryOptions = { ...options.delivery, worker, clock: Date.now };
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const round = async () => {
    await sequenceEvents(db);
    while (!stopped && (await deliverDue(db, delivery))) {}
    for (const work of options.also ?? []) if (!stopped) await work(worker);
  };
  const runOnce = () => {
    running = running.then(round).catch(options.onError);
    return running;
  };
  const timer = setInterval(() => void runOnce(), options.pollMs);
  timer.unref();
  return {
    runOnce,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
