import { Alert, BodyShort, ErrorSummary } from '@navikt/ds-react';
import { type MouseEvent, useEffect, useRef } from 'react';
import type { ShownProblem } from '../api/problems.js';
import { useT } from '../i18n/use-text.js';

/** Moves focus to the field itself, not only the page's scroll position, and keeps the URL as it is. */
export function focusField(event: MouseEvent, id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  event.preventDefault();
  // A group (radio buttons, check boxes) is not focusable itself: its first choice is.
  const field = element.matches('input, select, textarea, button')
    ? element
    : (element.querySelector<HTMLElement>('input, select, textarea, button') ?? element);
  field.scrollIntoView({ block: 'center' });
  field.focus();
}

interface Props {
  problem: ShownProblem;
  /** The id of the field a JSON Pointer names, when this page shows that field. */
  fieldId?: (path: string) => string | undefined;
}

/**
 * An API refusal: its issues as a summary whose links move focus to each field (WCAG 3.3.1), taking focus when it
 * appears so the error is announced; a refusal without issues as an alert with the API's Norwegian text.
 */
export function ProblemSummary({ problem, fieldId }: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  if (problem.issues.length === 0)
    return (
      <Alert variant="error" role="alert" className="problem-alert">
        <BodyShort weight="semibold">{problem.title}</BodyShort>
        {problem.detail ? <BodyShort>{problem.detail}</BodyShort> : null}
      </Alert>
    );
  return (
    <ErrorSummary ref={ref} heading={t('errorSummaryHeading')}>
      {problem.issues.map((issue) => {
        const id = fieldId?.(issue.path);
        return (
          <ErrorSummary.Item
            key={`${issue.code} ${issue.path}`}
            as={id ? 'a' : 'span'}
            {...(id ? { href: `#${id}`, onClick: (event: MouseEvent) => focusField(event, id) } : {})}
          >
            {issue.message}
          </ErrorSummary.Item>
        );
      })}
    </ErrorSummary>
  );
}
