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
  // One blank line between sections, however the section's text ends.
  const body = `${section.trimEnd()}\n`;
  writeFileSync(
    FILE,
    start === -1
      ? `${existing.trimEnd()}\n\n${body}`
      : `${existing.slice(0, start)}${body}${next === -1 ? '' : `\n${existing.slice(next + 1)}`}`,
  );
}
