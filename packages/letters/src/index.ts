export { LetterValidationError } from './errors.js';
export { type RenderLetterOptions, renderLetterPdf } from './render.js';
export { isLetterLanguage, LETTER_LANGUAGES, type LetterLanguage } from './texts.js';
