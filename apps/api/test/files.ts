import { strToU8, zipSync } from 'fflate';
import type { DemoUserId, TestApi } from './harness.js';

/** Small real files of each kind, made here so the tests carry no binary fixtures. */
export const FILES = {
  pdf: Buffer.from(
    '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
    'latin1',
  ),
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
  jpeg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]),
  docx: Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      'word/document.xml': strToU8('<w:document/>'),
    }),
  ),
  xlsx: Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8(
        '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
      ),
      'xl/workbook.xml': strToU8('<workbook/>'),
    }),
  ),
  odt: Buffer.from(
    zipSync({
      mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
      'content.xml': strToU8('<office:document-content/>'),
    }),
  ),
  zip: Buffer.from(zipSync({ 'notat.txt': strToU8('hei') })),
  text: Buffer.from('Dette er bare tekst, med et navn som slutter på .pdf'),
};

/** A PDF of exactly `size` bytes: a real header, then padding in a comment. */
export function pdfOfSize(size: number): Buffer {
  const pdf = Buffer.alloc(size, 0x20);
  FILES.pdf.copy(pdf);
  return pdf;
}

export async function* inPieces(data: Buffer, size = 65_536): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

/** An upload as an integrator's code would send it: the file's bytes as the body of a POST to `url`. */
export async function postFile(api: TestApi, url: string, bytes: Buffer, user: DemoUserId) {
  const response = await api.app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${await api.token(user)}`, 'content-type': 'application/octet-stream' },
    payload: bytes,
  });
  return { status: response.statusCode, body: response.json() };
}
