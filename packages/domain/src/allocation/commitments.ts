import type { Call } from '../calls/call.js';
import { findCall } from '../calls/data.js';
import { periodEnd, periodFollowingDay } from '../dates.js';
import type { Application } from '../documents/application.js';
import { authorityKey } from '../documents/common.js';
import type { Frame } from '../documents/frame.js';
import type { CaseDecision } from '../documents/letters.js';
import { formatNok } from '../rules/issue.js';

/** A coming year of a measure: which year of the measure, the call year it is applied for under, its period. */
export interface MeasureYear {
  measureYear: number;
  callYear: number;
  from: string;
  to: string;
  /** Months of the period within the plan: 12, or fewer in a last, shorter year. */
  months: number;
}

/** ISO dates order as strings; Math.min would turn them into NaN. */
const earlier = (a: string, b: string) => [a, b].sort()[0] as string;

/** The fewest whole months from `from` that reach `to`: a started month counts. */
function monthsCovered(from: string, to: string, max: number): number {
  let months = 1;
  while (months < max && periodEnd(from, months) < to) months++;
  return months;
}

/**
 * The measure's years after the one applied for under `call`: one grant period at a time from the start date,
 * until the planned end, within the call's limits on years and months per measure (§ 5: one year at a time,
 * up to three years, 36 months). Year n of the measure is applied for under the call n − yearOfMeasure years on.
 */
export function followingYears(application: Application, call: Call): MeasureYear[] {
  const { startDate, plannedEndDate, yearOfMeasure } = application.measure;
  const period = call.grantPeriodMonths;
  const maxDay =
    call.maxMonthsPerMeasure === undefined ? plannedEndDate : periodEnd(startDate, call.maxMonthsPerMeasure);
  const lastDay = earlier(plannedEndDate, maxDay);
  const years: MeasureYear[] = [];
  for (let n = yearOfMeasure + 1; n <= (call.maxYearsPerMeasure ?? Number.MAX_SAFE_INTEGER); n++) {
    const from = periodFollowingDay(startDate, period * (n - 1));
    if (from > lastDay) break;
    const full = periodEnd(from, period);
    const to = earlier(full, lastDay);
    years.push({
      measureYear: n,
      callYear: call.year + n - yearOfMeasure,
      from,
      to,
      months: monthsCovered(from, to, period),
    });
  }
  return years;
}

/** A grant and the application it answered: what a commitment is read from. */
export interface GrantRecord {
  decision: CaseDecision;
  application: Application;
}

/** An amount last year's grant holds in this year's frame for the measure's next year, with where it comes from. */
export interface Commitment {
  /** The case whose grant carries the expectation. */
  caseNumber: string;
  applicationId: string;
  measureName: string;
  /** The frame year the amount is held in. */
  year: number;
  measureYear: number;
  from: string;
  to: string;
  months: number;
  amount: number;
  /** «stated»: the decision gives the amount; «assumed»: last year's grant for the months of the next period. */
  basis: 'stated' | 'assumed';
  sources: string[];
}

/**
 * What the frame's holder has committed for the frame's year before any new measure is considered: for every
 * measure it granted under the previous year's call of the same scheme whose plan runs into this year, the
 * amount the decision expects for the next year, or, when it states none, last year's grant scaled to the months
 * of the next period. A measure not granted last year has ended, so older grants commit nothing.
 */
export function commitmentsAgainst(frame: Frame, grants: readonly GrantRecord[]): Commitment[] {
  const frameCall = findCall(frame.callId);
  if (!frameCall) return [];
  const holder = authorityKey(frame.holder);
  return grants.flatMap(({ decision, application }): Commitment[] => {
    const { outcome } = decision;
    const call = findCall(decision.callId);
    if (
      outcome.result !== 'granted' ||
      authorityKey(decision.decidedBy) !== holder ||
      !call ||
      call.schemeId !== frameCall.schemeId ||
      call.year !== frameCall.year - 1
    )
      return [];
    const next = followingYears(application, call).find((y) => y.callYear === frameCall.year);
    if (!next) return [];
    const stated = outcome.expectedFollowingYears?.find((e) => e.year === next.callYear);
    const amount = stated?.amount ?? Math.round((outcome.amount * next.months) / call.grantPeriodMonths);
    const { startDate, plannedEndDate } = application.measure;
    return [
      {
        caseNumber: decision.caseNumber,
        applicationId: application.id,
        measureName: application.measure.name,
        year: next.callYear,
        measureYear: next.measureYear,
        from: next.from,
        to: next.to,
        months: next.months,
        amount,
        basis: stated ? 'stated' : 'assumed',
        sources: [
          `Beslutning ${decision.id} i sak ${decision.caseNumber}: innvilget ${formatNok(outcome.amount)} for ${call.year}`,
          stated
            ? `Beslutningen oppgir forventet tilskudd ${formatNok(stated.amount)} for ${next.callYear}`
            : `Beslutningen oppgir ikke beløp for ${next.callYear}: fjorårets tilskudd for ${next.months} av ${call.grantPeriodMonths} måneder`,
          `Søknad ${application.id}: tiltaket går fra ${startDate} til ${plannedEndDate}; ${next.from}–${next.to} er tilskuddsår ${next.measureYear} (§ 5)`,
        ],
      },
    ];
  });
}
