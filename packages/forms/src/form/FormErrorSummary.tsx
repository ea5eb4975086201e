import { ErrorSummary } from '@navikt/ds-react';
import { forwardRef } from 'react';
import { uiText } from '../i18n/ui-texts.js';
import type { FormIssue, Language } from '../validation/issue.js';
import { fieldId } from './error-schema.js';

export interface FormErrorSummaryProps {
  issues: readonly FormIssue[];
  language: Language;
  /** Called before the browser follows a link, so a wizard can first show the step the field is on. */
  onSelect?: (issue: FormIssue) => void;
}

/** Aksel's ErrorSummary, each error a link to its field. Receives focus when shown, so it is read out. */
export const FormErrorSummary = forwardRef<HTMLDivElement, FormErrorSummaryProps>(function FormErrorSummary(
  { issues, language, onSelect },
  ref,
) {
  return (
    <ErrorSummary ref={ref} heading={uiText('errorHeading', language)} className="stfs-error-summary">
      {issues.map((issue) => (
        <ErrorSummary.Item
          key={`${issue.code} ${issue.path}`}
          href={`#${fieldId(issue.path)}`}
          onClick={(e) => {
            if (!onSelect) return;
            e.preventDefault();
            onSelect(issue);
          }}
        >
          {issue.message}
        </ErrorSummary.Item>
      ))}
    </ErrorSummary>
  );
});
