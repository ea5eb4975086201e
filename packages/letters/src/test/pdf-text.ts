import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** The text a reader would copy out, whitespace collapsed and no-break spaces made plain. */
  text: string;
  width: number;
  height: number;
  /** Where each run of text sits, in PDF points from the bottom left. */
  boxes: { str: string; x: number; y: number; width: number }[];
}

/** Reads a produced PDF back with PDF.js, as a viewer or screen reader would. */
export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  // PDF.js takes ownership of the buffer it is given; copy so the caller's bytes stay usable.
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [, , width, height] = page.view;
      const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item ? [item] : []));
      pages.push({
        text: items
          .map((item) => item.str)
          .join(' ')
          .replace(/[\s\u00a0\u202f]+/g, ' ')
          .trim(),
        width: width ?? 0,
        height: height ?? 0,
        boxes: items.map((item) => ({
          str: item.str,
          x: item.transform[4] ?? 0,
          y: item.transform[5] ?? 0,
          width: item.width,
        })),
      });
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await readPdf(bytes)).map((p) => p.text).join(' ');
}

/** Collapses whitespace the way `readPdf` does, so expected strings can be written naturally. */
export function words(value: string): string {
  return value.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}
