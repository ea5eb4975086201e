import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Bump = 'major' | 'minor' | 'patch';

/** The bumps pending in .changeset/*.md: the front matter lists "package": bump. */
export function parseChangeset(text: string): Map<string, Bump> {
  const bumps = new Map<string, Bump>();
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  for (const line of front.split(/\r?\n/)) {
    const m = /^\s*["']?([^"':]+)["']?\s*:\s*(major|minor|patch)\s*$/.exec(line);
    if (m?.[1] && m[2]) bumps.set(m[1].trim(), m[2] as Bump);
  }
  return bumps;
}

const ORDER: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

/** The largest pending bump per package over every changeset file. */
export function pendingBumps(changesetDir: string): Map<string, Bump> {
  const result = new Map<string, Bump>();
  for (const file of readdirSync(changesetDir).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
    for (const [pkg, bump] of parseChangeset(readFileSync(join(changesetDir, file), 'utf8'))) {
      const current = result.get(pkg);
      if (!current || ORDER[bump] > ORDER[current]) result.set(pkg, bump);
    }
  }
  return result;
}
