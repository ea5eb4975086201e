import { BodyLong, FormSummary } from '@navikt/ds-react';
import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** Text as a person wrote it, paragraphs kept; «–» when there is none. */
export const prose = (value: string | undefined) =>
  value ? <BodyLong className="prose">{value}</BodyLong> : '–';

/** Label and value pairs as a description list (Aksel's FormSummary: `dl`, `dt`, `dd`). */
export function FactList({ items }: { items: readonly Fact[] }) {
  return (
    <FormSummary.Answers>
      {items.map((item) => (
        <FormSummary.Answer key={item.label}>
          <FormSummary.Label>{item.label}</FormSummary.Label>
          <FormSummary.Value>{item.value}</FormSummary.Value>
        </FormSummary.Answer>
      ))}
    </FormSummary.Answers>
  );
}

/** A boxed section with its heading, for facts and summaries. */
export function FactsSection({
  heading,
  level = '2',
  children,
}: {
  heading: ReactNode;
  level?: '2' | '3';
  children: ReactNode;
}) {
  return (
    <FormSummary>
      <FormSummary.Header>
        <FormSummary.Heading level={level}>{heading}</FormSummary.Heading>
      </FormSummary.Header>
      {children}
    </FormSummary>
  );
}
