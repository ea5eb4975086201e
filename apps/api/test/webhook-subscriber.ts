import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  id: string;
  /** The CloudEvent as sent. */
  event: { id: string; source: string; sequence: string; type: string; data: Record<string, unknown> };
  /** Whether the signature verified with the reference Standard Webhooks library. */
  verified: boolean;
  timestamp: number;
}

/**
 * A receiver as an integrator would write one: reads the raw body, verifies it with the `standardwebhooks`
 * package (the specification's own JavaScript library), and answers what `answer` says for each delivery.
 */
export async function startSubscriber(secret: () => string) {
  const received: Received[] = [];
  let answer: (r: Received, res: ServerResponse) => void = (_r, res) => res.writeHead(204).end();
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      let verified = true;
      try {
        new Webhook(secret()).verify(body, headers);
      } catch {
        verified = false;
      }
      const r: Received = {
        id: headers['webhook-id'] ?? '',
        event: JSON.parse(body),
        verified,
        timestamp: Number(headers['webhook-timestamp']),
      };
      received.push(r);
      answer(r, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    answerWith: (a: typeof answer) => {
      answer = a;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Each case's sequences in the order first received: increasing when delivery kept the order per case. */
export function firstArrivalsPerCase(received: readonly Received[]): Map<string, number[]> {
  const seen = new Set<string>();
  const perCase = new Map<string, number[]>();
  for (const r of received) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    perCase.set(r.event.source, [...(perCase.get(r.event.source) ?? []), Number(r.event.sequence)]);
  }
  return perCase;
}
