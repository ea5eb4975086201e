import type { RuleIssue } from '@sosialtilskudd/domain';

/** Thrown instead of a PDF: a letter that breaks the contract is never printed. */
export class LetterValidationError extends Error {
  override readonly name = 'LetterValidationError';
  readonly code = 'LETTER_INVALID';
  /** The domain's issues (code, JSON Pointer, bokmål and nynorsk message), plus this package's own codes. */
  readonly issues: readonly RuleIssue[];

  constructor(issues: readonly RuleIssue[]) {
    super(`Brevet er ugyldig og blir ikke laget: ${issues.map((i) => i.message).join('; ')}`);
    this.issues = issues;
  }
}
