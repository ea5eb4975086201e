import { readFile, stat } from 'node:fs/promises';

/** Where the CLI writes; tests pass their own to capture output. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export const EXIT = { ok: 0, invalid: 1, unreadable: 2 } as const;

/** An error meant for the person at the terminal: one line, no stack trace, and the exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.unreadable,
  ) {
    super(message);
  }
}

/** A real document is well under 1 MB; anything this large is refused before it is read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'finnes ikke',
  ENOTDIR: 'er ikke en mappe',
  EISDIR: 'er en mappe, ikke en fil',
  EACCES: 'du har ikke lov til å lese den',
  EPERM: 'du har ikke lov til å lese den',
};

/** A file-system error as one Norwegian line naming the path; unknown errors keep their code. */
export function unreadable(path: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code;
  return new CliError(`${path}: ${(code && FS_ERRORS[code]) ?? `kan ikke leses (${code ?? 'ukjent feil'})`}`);
}

export async function readJsonFile(path: string): Promise<unknown> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`${path}: er ikke en fil`);
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw unreadable(path, error);
  }
  if (size > MAX_FILE_BYTES)
    throw new CliError(`${path}: filen er ${(size / 1024 / 1024).toFixed(1)} MB, større enn grensen på 5 MB`);
  const text = await readFile(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${path}: er ikke gyldig JSON (${(error as Error).message.split('\n')[0]})`);
  }
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
