import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishablePackages } from './workspace.ts';

const START = "<!-- install: written by pnpm release from the packages' versions; do not edit by hand -->";
const END = '<!-- /install -->';

/** What each package is for, in the install lines. */
const PURPOSE: Record<string, string> = {
  '@sosialtilskudd/domain': 'schemas, rules, examples, migrations (TypeScript or JavaScript)',
  '@sosialtilskudd/json-schemas': 'only the JSON Schemas, RULES.md and openapi.json',
  '@sosialtilskudd/cli': 'tilskudd: validate, example, schema, diff, migrate',
  '@sosialtilskudd/api-client': 'the typed API client',
  '@sosialtilskudd/forms': 'the forms (React 19, Aksel 8.15)',
  '@sosialtilskudd/letters': 'grant and rejection letters as PDF',
};

/** The README's install lines for the versions in the packages' package.json. */
export function installLines(root: string): string {
  const packages = publishablePackages(root);
  const width = Math.max(...packages.map((p) => `${p.name}@^${p.version}`.length));
  const lines = packages.map((p) =>
    `npm install ${`${p.name}@^${p.version}`.padEnd(width)}  # ${PURPOSE[p.name] ?? ''}`.trimEnd(),
  );
  return [START, '```sh', ...lines, '```', END].join('\n');
}

const readme = (root: string) => join(root, 'README.md');

/** The install lines as the README has them now. */
export function readmeInstallLines(root: string): string | undefined {
  const text = readFileSync(readme(root), 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  return start >= 0 && end > start ? text.slice(start, end + END.length) : undefined;
}

/** Writes the install lines for the current versions into the README, between its markers. */
export function writeInstallLines(root: string): void {
  const current = readmeInstallLines(root);
  if (!current) throw new Error(`README.md has no install lines (${START} … ${END})`);
  const text = readFileSync(readme(root), 'utf8');
  writeFileSync(readme(root), text.replace(current, installLines(root)));
}
