import { parseArgs } from 'node:util';
import { diffCommand } from './commands/diff.js';
import { exampleCommand } from './commands/example.js';
import { migrateCommand } from './commands/migrate.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { verifyCommand } from './commands/verify.js';
import { CliError, type CliIo, EXIT } from './io.js';

export const USAGE = `tilskudd – kontrakten for Tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret

Bruk:
  tilskudd validate FIL... [--type TYPE] [--call ÅR|ID] [--context FIL] [--format text|json]
  tilskudd example TYPE [--call ÅR|ID]
  tilskudd schema TYPE [--call ÅR|ID]
  tilskudd diff GAMMEL-MAPPE NY-MAPPE [--format text|json]
  tilskudd migrate FIL [--to VERSJON] [--out FIL]
  tilskudd verify FIL [--format text|json]

Utgangskoder: 0 gyldig, 1 ugyldig (eller brytende endring for diff, eller en signatur som ikke holder
for verify), 2 filen kan ikke leses.
`;

const OPTIONS = {
  type: { type: 'string' },
  call: { type: 'string' },
  context: { type: 'string' },
  format: { type: 'string' },
  to: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function parse(args: string[]) {
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const option = /'([^']+)'/.exec((error as Error).message)?.[1] ?? '';
    throw new CliError(`Ugyldig valg «${option}». Se tilskudd --help`);
  }
}

async function dispatch(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parse(args);
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    io.stdout(USAGE);
    return command || values.help ? EXIT.ok : EXIT.unreadable;
  }
  switch (command) {
    case 'validate':
      return validateCommand(io, { files: rest, ...values });
    case 'example':
      return exampleCommand(io, rest[0], values.call);
    case 'schema':
      return schemaCommand(io, rest[0], values.call);
    case 'diff':
      return diffCommand(io, rest[0], rest[1], values.format);
    case 'migrate':
      return migrateCommand(io, rest[0], values.to, values.out);
    case 'verify':
      return verifyCommand(io, rest[0], values.format);
    default:
      throw new CliError(`Ukjent kommando «${command}». Se tilskudd --help`);
  }
}

/** Runs the CLI; never throws: every failure becomes one line on stderr and an exit code. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(io, args);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr(`tilskudd: ${message}\n`);
    return error instanceof CliError ? error.exitCode : EXIT.unreadable;
  }
}
