import { diffSchemaSets, formatReport, loadSchemaSet, summarize } from '../compat/index.js';
import { CliError, type CliIo, EXIT, printJson, unreadable } from '../io.js';

/** Compare two folders of *.schema.json; exit 1 when any change is breaking. */
export async function diffCommand(
  io: CliIo,
  oldDir: string | undefined,
  newDir: string | undefined,
  format?: string,
): Promise<number> {
  if (!oldDir || !newDir)
    throw new CliError('Bruk: tilskudd diff GAMMEL-MAPPE NY-MAPPE [--format text|json]');
  const load = async (dir: string) => {
    try {
      return await loadSchemaSet(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code) throw unreadable(dir, error);
      throw new CliError(`${dir}: ${(error as Error).message.split('\n')[0]}`);
    }
  };
  const changes = diffSchemaSets(await load(oldDir), await load(newDir));
  const summary = summarize(changes);
  if (format === 'json') printJson(io, { summary, changes });
  else io.stdout(`${formatReport(changes)}\n`);
  return summary.breaking > 0 ? EXIT.invalid : EXIT.ok;
}
