import { RuleContext, validateDocument } from '@sosialtilskudd/domain';
import { resolveCall, schemeOf } from '../call-option.js';
import { parseDocumentType } from '../document-type-option.js';
import { CliError, type CliIo, EXIT, printJson, readJsonFile } from '../io.js';

export interface ValidateOptions {
  files: string[];
  type?: string;
  call?: string;
  context?: string;
  format?: string;
}

interface FileResult {
  file: string;
  ok: boolean;
  documentType?: string;
  issues: { code: string; path: string; message: string }[];
  notChecked?: string[];
  error?: string;
}

async function loadContext(path: string | undefined): Promise<RuleContext> {
  if (!path) return {};
  const parsed = RuleContext.safeParse(await readJsonFile(path));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new CliError(
      `${path}: ugyldig kontekst ved /${first?.path.join('/') ?? ''} (${first?.message ?? ''})`,
    );
  }
  return parsed.data;
}

async function validateFile(
  file: string,
  options: ValidateOptions,
  baseContext: RuleContext,
): Promise<FileResult> {
  let document: unknown;
  try {
    document = await readJsonFile(file);
  } catch (error) {
    if (error instanceof CliError) return { file, ok: false, issues: [], error: error.message };
    throw error;
  }
  const call = resolveCall(options.call, schemeOf(document));
  const type = parseDocumentType(options.type);
  const result = validateDocument(document, {
    ...(type ? { type } : {}),
    context: call ? { ...baseContext, call } : baseContext,
  });
  return {
    file,
    ok: result.ok,
    ...(result.documentType ? { documentType: result.documentType } : {}),
    issues: result.issues.map(({ code, path, message }) => ({ code, path, message })),
    ...(result.notChecked.length ? { notChecked: result.notChecked } : {}),
  };
}

function printText(io: CliIo, results: FileResult[]): void {
  for (const r of results) {
    if (r.error) io.stderr(`${r.error}\n`);
    else if (r.ok) io.stdout(`✓ ${r.file} (${r.documentType}) er gyldig\n`);
    else {
      io.stdout(`✗ ${r.file}${r.documentType ? ` (${r.documentType})` : ''}: ${r.issues.length} feil\n`);
      for (const i of r.issues) io.stdout(`  ${i.code} ${i.path || '/'}  ${i.message}\n`);
    }
    // Not checked: the history is missing (--context), or a figure the sources do not give (a cap, a deadline).
    if (r.notChecked?.length)
      io.stdout(`  Ikke kontrollert (mangler kontekst eller tall fra kildene): ${r.notChecked.join(', ')}\n`);
  }
}

/** Exit 0 when every file is valid, 1 when any is invalid, 2 when any cannot be read as JSON. */
export async function validateCommand(io: CliIo, options: ValidateOptions): Promise<number> {
  if (options.files.length === 0) throw new CliError('Oppgi minst én fil: tilskudd validate FIL...');
  if (options.format && !['text', 'json'].includes(options.format))
    throw new CliError(`Ukjent format «${options.format}»: bruk text eller json`);
  const context = await loadContext(options.context);
  const results: FileResult[] = [];
  for (const file of options.files) results.push(await validateFile(file, options, context));
  if (options.format === 'json') printJson(io, results);
  else printText(io, results);
  if (results.some((r) => r.error)) return EXIT.unreadable;
  return results.every((r) => r.ok) ? EXIT.ok : EXIT.invalid;
}
