import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

// Source Sans 3 from Adobe's own npm package (OFL-1.1): covers æøå, «», § and the en dash, and ships TrueType
// files that pdfkit embeds as subsets. Resolved as a dependency, so nothing is fetched at run time.
const require = createRequire(import.meta.url);

const FILES = {
  regular: 'SourceSans3-Regular.ttf',
  semibold: 'SourceSans3-Semibold.ttf',
  italic: 'SourceSans3-It.ttf',
} as const;

export type FontName = keyof typeof FILES;
export const FONT_NAMES = Object.keys(FILES) as FontName[];

let parsed: Record<FontName, Font> | undefined;

/**
 * The parsed fonts, read once per process: parsing the TrueType tables is most of a render's cost, and a
 * render never yields between drawing and embedding, so sharing them between documents is safe.
 */
export function letterFonts(): Record<FontName, Font> {
  parsed ??= Object.fromEntries(
    FONT_NAMES.map((name) => {
      const font = create(readFileSync(require.resolve(`source-sans/TTF/${FILES[name]}`)));
      if (!('layout' in font)) throw new TypeError(`${FILES[name]} er en fontsamling, ikke én font`);
      return [name, font];
    }),
  ) as Record<FontName, Font>;
  return parsed;
}
