import type { RegisterMeasure } from '@sosialtilskudd/api-contract';
import { findCall, municipality } from '@sosialtilskudd/domain';
import type { z } from 'zod';
import { authorityParty } from '../events/event-data.js';
import { authorityOf } from '../http/views.js';
import type { RegisteredCase } from '../repository/register.js';

export type Measure = z.output<typeof RegisterMeasure>;

/** One year's grant of a measure, with the case it came from (for the 360Giving file). */
export interface MeasureYear {
  case: RegisteredCase;
  year: number;
  amount: number;
}

const yearOf = (c: RegisteredCase) =>
  findCall(c.document.callId)?.year ?? Number(c.decision.decidedOn.slice(0, 4));

const grantedAmount = (c: RegisteredCase) =>
  c.decision.outcome.result === 'granted' ? c.decision.outcome.amount : 0;

/**
 * A case's years joined into one measure: a continuation (§ 7, year 2–3) names last year's case number, and
 * joins the measure that case belongs to. A continuation whose earlier year is not in the service (from before
 * it) starts the measure here.
 */
export function measureYears(cases: readonly RegisteredCase[]): MeasureYear[][] {
  const byYear = cases
    .map((c) => ({ case: c, year: yearOf(c), amount: grantedAmount(c) }))
    .sort((a, b) => a.year - b.year || a.case.id.localeCompare(b.case.id));
  const measureOf = new Map<string, MeasureYear[]>();
  const measures: MeasureYear[][] = [];
  for (const y of byYear) {
    const previous = y.case.document.continuation?.previousCaseNumber;
    const measure = (previous && measureOf.get(previous)) || [];
    if (measure.length === 0) measures.push(measure);
    measure.push(y);
    if (y.case.caseNumber) measureOf.set(y.case.caseNumber, measure);
  }
  return measures;
}

const FINISHED = new Set(['final-reported', 'closed']);

/** The register's view of a measure: what its latest year's application says, with every year's grant. */
export function registerMeasure(years: readonly MeasureYear[]): Measure {
  const first = years[0] as MeasureYear;
  const last = years.at(-1) as MeasureYear;
  const { document, decision } = last.case;
  return {
    id: first.case.id,
    measure: document.measure.name,
    navOffice: { name: document.applicant.name, organisationNumber: document.applicant.organisationNumber },
    municipalities: document.applicant.municipalities.map((number) => ({
      number,
      name: municipality(number, decision.decidedOn)?.name ?? number,
    })),
    authority: authorityOf(last.case.authority),
    authorityName: authorityParty(last.case.authority, decision.decidedOn).name,
    years: years.map((y) => y.year),
    grants: years.map((y) => ({
      year: y.year,
      caseNumber: y.case.caseNumber,
      amount: y.amount,
      decidedOn: y.case.decision.decidedOn,
    })),
    grantedAmount: years.reduce((sum, y) => sum + y.amount, 0),
    priorityAreas: [...document.priorityAreas],
    status: last.case.finalReportSummary !== null || FINISHED.has(last.case.state) ? 'finished' : 'running',
    finalReportSummary: last.case.finalReportSummary,
  };
}

/** Newest year first, then by measure name as Norwegians sort. */
export const registerOrder = (a: Measure, b: Measure) =>
  (b.years.at(-1) ?? 0) - (a.years.at(-1) ?? 0) || a.measure.localeCompare(b.measure, 'nb');
