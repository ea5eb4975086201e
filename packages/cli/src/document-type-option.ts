import { DOCUMENT_TYPE_NAMES, type DocumentType, isDocumentType } from '@sosialtilskudd/domain';
import { CliError } from './io.js';

export function parseDocumentType(value: string | undefined): DocumentType | undefined {
  if (value === undefined) return undefined;
  if (!isDocumentType(value))
    throw new CliError(`Ukjent dokumenttype «${value}». Gyldige typer: ${DOCUMENT_TYPE_NAMES.join(', ')}`);
  return value;
}

export function requireDocumentType(value: string | undefined): DocumentType {
  const type = parseDocumentType(value);
  if (!type) throw new CliError(`Oppgi dokumenttype: ${DOCUMENT_TYPE_NAMES.join(', ')}`);
  return type;
}
