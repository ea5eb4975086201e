import { readFileSync, writeFileSync } from 'node:fs';

const FILE = new URL('../BENCHMARKS.md', import.meta.url);

/** Replaces the section of BENCHMARKS.md whose heading starts with `heading` (or appends it), keeping the rest. */
export function writeSection(heading: string, section: string): void {
  let existing: string;
  try {
    existing = readFileSync(FILE, 'utf8');
  } catch {
    existing = '# Benchmarks: @sosialtilskudd/api\n\n';
  }
  const start = existing.indexOf(heading);
  const next = start === -1 ? -1 : existing.indexOf('\n## ', start + 1);
  writeFileSync(
    FILE,
    start === -1
      ? `${existing.trimEnd()}\n\n${section}`
      : `${existing.slice(0, start)}${section}${next === -1 ? '' : existing.slice(next + 1)}`,
  );
}
