import { writeFile } from 'node:fs/promises';
import { migrateDocument } from '@sosialtilskudd/domain';
import { CliError, type CliIo, EXIT, printJson, readJsonFile } from '../io.js';

/** Prints (or writes with --out) the document migrated to major `to`; exit 1 with the issues when it cannot be. */
export async function migrateCommand(
  io: CliIo,
  file: string | undefined,
  to: string | undefined,
  out?: string,
): Promise<number> {
  if (!file) throw new CliError('Bruk: tilskudd migrate FIL --to VERSJON [--out FIL]');
  if (to !== undefined && !/^[1-9]\d*$/.test(to))
    throw new CliError(`--to må være et versjonsnummer, ikke «${to}»`);
  const result = migrateDocument(await readJsonFile(file), to === undefined ? undefined : Number(to));
  if (!result.ok) {
    io.stdout(`✗ ${file} kan ikke migreres:\n`);
    for (const i of result.issues) io.stdout(`  ${i.code} ${i.path || '/'}  ${i.message}\n`);
    return EXIT.invalid;
  }
  if (out) {
    await writeFile(out, `${JSON.stringify(result.document, null, 2)}\n`);
    io.stderr(`✓ ${file} migrert til ${out}\n`);
  } else printJson(io, result.document);
  return EXIT.ok;
}
