import { readFileSync } from 'node:fs';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  samples: number[];
  startTime: number;
  endTime: number;
}

/** What a sample's function belongs to, by where its code lives. */
function partOf({ functionName, url }: { functionName: string; url: string }): string {
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(garbage collector)') return 'garbage collector';
  if (url.startsWith('wasm')) return 'PGlite: PostgreSQL (WebAssembly)';
  if (url.includes('@electric-sql')) return 'PGlite: its JavaScript (protocol, parsing, file system)';
  if (/zod|packages\/domain/.test(url)) return 'validation (domain rules, Zod)';
  if (url.includes('/node_modules/') && /\/(pg|pg-protocol|pg-types)@/.test(url)) return 'node-postgres';
  if (url.includes('apps/api/')) return 'the server (routes, repositories, query layer)';
  return 'HTTP and the rest (Fastify, Node, native)';
}

/**
 * A CPU profile of the server taken while one route was under load, as microseconds of the server's thread
 * per request for each part: where a request's time goes when requests follow each other as in production.
 */
export function breakdown(file: string, requests: number): Map<string, number> {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const part = new Map(profile.nodes.map((n) => [n.id, partOf(n.callFrame)]));
  const perSample = (profile.endTime - profile.startTime) / profile.samples.length / requests;
  const parts = new Map<string, number>();
  for (const id of profile.samples) {
    const name = part.get(id) ?? 'HTTP and the rest (Fastify, Node, native)';
    parts.set(name, (parts.get(name) ?? 0) + perSample);
  }
  parts.delete('idle');
  return parts;
}
