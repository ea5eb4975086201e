import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { isFormDocumentType } from './documents.js';
import { DocumentForm, type DocumentFormProps } from './form/DocumentForm.js';

export type RenderOptions = Omit<DocumentFormProps, 'documentType' | 'formData'>;

/**
 * The form as static HTML, in Node (react-dom/server): for previews, e-mails of a draft, and tests that need no
 * browser. Pass `initialStep` to render a later step; the last is the read-only summary of everything.
 */
export function renderFormToHtml(
  documentType: string,
  formData?: unknown,
  options: RenderOptions = {},
): string {
  if (!isFormDocumentType(documentType)) {
    throw new RangeError(
      `Ukjent skjema «${documentType}»: velg application, acceptance, status-report, final-report eller transfer-request`,
    );
  }
  return renderToStaticMarkup(createElement(DocumentForm, { ...options, documentType, formData }));
}
