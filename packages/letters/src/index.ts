export { type ApplicationCopy, NotSubmittedError, renderApplicationPdf } from './application-copy.js';
export { LetterValidationError } from './errors.js';
export { applicationFileName, letterFileName } from './file-name.js';
export { type RenderLetterOptions, renderLetterPdf } from './render.js';
export { isLetterLanguage, LETTER_LANGUAGES, type LetterLanguage } from './texts.js';
