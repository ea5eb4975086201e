import { exampleDocument } from '@sosialtilskudd/domain';
import { resolveCall } from '../call-option.js';
import { requireDocumentType } from '../document-type-option.js';
import { type CliIo, EXIT, printJson } from '../io.js';

export function exampleCommand(io: CliIo, typeName: string | undefined, callOption?: string): number {
  const type = requireDocumentType(typeName);
  const call = resolveCall(callOption);
  printJson(io, call ? exampleDocument(type, call) : exampleDocument(type));
  return EXIT.ok;
}
