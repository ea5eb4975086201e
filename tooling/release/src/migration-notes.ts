import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

/** The sections of a CHANGELOG.md for versions after `version`, newest first, as changesets writes them. */
export function sectionsAfter(changelog: string, version: string): string[] {
  return changelog.split(/^(?=## )/m).filter((section) => {
    const heading = /^## (\S+)/.exec(section)?.[1];
    return heading !== undefined && semver.valid(heading) !== null && semver.gt(heading, version);
  });
}

/** The `tilskudd migrate …` commands in a changelog's sections after `version`: its migration notes. */
export function migrateCommands(changelog: string, version: string): string[] {
  return sectionsAfter(changelog, version).flatMap((s) =>
    [...s.matchAll(/`(tilskudd migrate [^`]+)`/g)].map((m) => m[1] ?? ''),
  );
}

/** Every migration note the upgraded packages' changelogs give since the versions a project had. */
export function migrationNotes(project: string, had: readonly { name: string; version: string }[]): string[] {
  const commands = had.flatMap(({ name, version }) =>
    migrateCommands(readFileSync(join(project, 'node_modules', name, 'CHANGELOG.md'), 'utf8'), version),
  );
  return [...new Set(commands)];
}
