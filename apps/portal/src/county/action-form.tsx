import { BodyLong, Button, Heading, VStack } from '@navikt/ds-react';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { ProblemSummary } from '../a11y/problem-summary.js';
import { type ShownProblem, toShownProblem } from '../api/problems.js';
import { useLanguage } from '../i18n/language.js';

/** A message for one field: `text` at the field under its label, «label: text» linked in the summary. */
export interface FieldError {
  id: string;
  label: string;
  text: string;
}

interface Props {
  heading: string;
  intro?: string;
  submitLabel: string;
  /** Checks in the browser first; the API checks again with the domain's rules. */
  validate: () => FieldError[];
  send: () => Promise<unknown>;
  onDone: () => void;
  /** The field a JSON Pointer in the API's answer names. */
  fieldOf: (path: string) => string | undefined;
  children: (errorOf: (id: string) => string | undefined) => ReactNode;
}

/**
 * One of the county office's acts on a case (decide, issue the letter, pay) as a small form: errors at their
 * fields and in a summary that takes focus (WCAG 3.3.1, 3.3.3), the API's refusals with its Norwegian texts.
 */
export function ActionForm({
  heading,
  intro,
  submitLabel,
  validate,
  send,
  onDone,
  fieldOf,
  children,
}: Props) {
  const { language } = useLanguage();
  const headingId = useId();
  const [problem, setProblem] = useState<ShownProblem>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (found.length > 0) {
      setProblem({
        status: 0,
        code: 'INVALID_INPUT',
        title: '',
        issues: found.map((e) => ({
          code: 'INVALID_INPUT',
          path: e.id,
          message: `${e.label}: ${e.text}`,
          text: e.text,
        })),
        ruleIssues: [],
      });
      return;
    }
    setProblem(undefined);
    setBusy(true);
    try {
      await send();
      onDone();
    } catch (error) {
      const shown = toShownProblem(error, language);
      setProblem(shown);
      setErrors(
        shown.issues.flatMap((issue) => {
          const id = fieldOf(issue.path);
          return id ? [{ id, label: '', text: issue.text }] : [];
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  const errorOf = (id: string) => errors.find((e) => e.id === id)?.text;
  // Browser-side issues carry the field id as their path; the API's carry JSON Pointers.
  const linkOf = (path: string) => (path.startsWith('/') ? fieldOf(path) : path);
  return (
    <section aria-labelledby={headingId} className="panel">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id={headingId}>
          {heading}
        </Heading>
        {intro ? <BodyLong>{intro}</BodyLong> : null}
        {problem ? <ProblemSummary key={JSON.stringify(problem)} problem={problem} fieldId={linkOf} /> : null}
        <form onSubmit={submit} noValidate>
          <VStack gap="space-20">
            {children(errorOf)}
            <div>
              <Button type="submit" loading={busy}>
                {submitLabel}
              </Button>
            </div>
          </VStack>
        </form>
      </VStack>
    </section>
  );
}
