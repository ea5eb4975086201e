import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FORM_DOCUMENT_TYPES, isFormDocumentType, provideForms } from './documents.js';
import { DocumentForm, type DocumentFormProps } from './form/DocumentForm.js';
import { ALL_FORMS } from './generated/all-forms.js';

export type RenderOptions = Omit<DocumentFormProps, 'documentType' | 'formData'>;

/**
 * The form as static HTML, in Node (react-dom/server): for previews, e-mails of a draft, and tests that need no
 * browser. Pass `initialStep` to render a later step; the last is the read-only summary of everything. Every form
 * is at hand in Node, so this renders at once, where the browser's `DocumentForm` first loads its form.
 */
export function renderFormToHtml(
  documentType: string,
  formData?: unknown,
  options: RenderOptions = {},
): string {
  if (!isFormDocumentType(documentType)) {
    throw new RangeError(`Ukjent skjema «${documentType}»: velg ${FORM_DOCUMENT_TYPES.join(', ')}`);
  }
  provideForms(ALL_FORMS);
  return renderToStaticMarkup(createElement(DocumentForm, { ...options, documentType, formData }));
}
