import type { Page } from 'playwright-core';

/** A PDF by its content (the API judges the type by the bytes, not the name). */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
);

/** A file in the draft's or the case's list of attachments, by its name. */
export const fileItem = (page: Page, name: string) => page.getByRole('listitem').filter({ hasText: name });

/** A file chosen in the file picker (what the dropzone's button opens). */
export const choose = (page: Page, name: string, buffer: Buffer) =>
  page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/pdf', buffer });
