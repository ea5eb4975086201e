import PDFDocument from 'pdfkit';
import { FONT_NAMES, letterFonts } from './fonts.js';

export interface DocumentInfo {
  title: string;
  author: string;
  subject: string;
  /** BCP 47, e.g. nb-NO. */
  language: string;
  /** The letter's ISO date: the PDF's creation date, so one letter always gives the same bytes. */
  date: string;
}

export const MARGINS = { top: 62, bottom: 72, left: 68, right: 68 } as const;

/** An A4 document with the letter fonts registered by name (see `FontName`). */
export function createDocument(info: DocumentInfo): PDFKit.PDFDocument {
  const date = new Date(`${info.date}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    // Pages stay in memory so the footer can say "Side 1 av 3" once the count is known.
    bufferPages: true,
    lang: info.language,
    displayTitle: true,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Creator: '@sosialtilskudd/letters',
      CreationDate: date,
      ModDate: date,
    },
  });
  const fonts = letterFonts();
  // pdfkit 0.20 takes parsed fontkit fonts; @types/pdfkit (0.17) only knows paths and bytes.
  for (const name of FONT_NAMES) doc.registerFont(name, fonts[name] as unknown as Uint8Array);
  return doc.font('regular');
}

/** Ends the document and collects its bytes. */
export function toBytes(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
      }
      resolve(bytes);
    });
    doc.end();
  });
}
