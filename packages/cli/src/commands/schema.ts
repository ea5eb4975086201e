import { applicationJsonSchemaForCall, documentJsonSchema } from '@sosialtilskudd/domain';
import { resolveCall } from '../call-option.js';
import { requireDocumentType } from '../document-type-option.js';
import { CliError, type CliIo, EXIT, printJson } from '../io.js';

export function schemaCommand(io: CliIo, typeName: string | undefined, callOption?: string): number {
  const type = requireDocumentType(typeName);
  const call = resolveCall(callOption);
  if (call && type !== 'application') throw new CliError('--call gjelder bare søknadsskjemaet (application)');
  printJson(io, call ? applicationJsonSchemaForCall(call) : documentJsonSchema(type));
  return EXIT.ok;
}
