import { findCall, PRIORITY_AREAS } from '@sosialtilskudd/domain';
import type { MeasureYear } from './measures.js';
import { type Measure, registerMeasure } from './measures.js';

/**
 * This service's identifiers in 360Giving form. The standard wants a registered 360G prefix per publisher; until
 * the directorate registers one, grants and funders carry the scheme's own name in its place. Recipients are
 * identified by their Norwegian organisation number (org-id.guide's list NO-BRC).
 */
const PREFIX = '360G-sosialtilskudd';
const funderId = (m: Measure) =>
  `${PREFIX}-funder-${m.authority.kind === 'county-office' ? m.authority.countyOfficeId : 'directorate'}`;

const SCHEME = 'Tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret';

/** One 360Giving grant per year of a measure: the standard's unit is the award, not the measure. */
function grant(measure: Measure, y: MeasureYear, issued: string) {
  const call = findCall(y.case.document.callId);
  return {
    id: `${PREFIX}-${y.case.id}`,
    title: measure.measure,
    description:
      measure.finalReportSummary ??
      `${SCHEME}, ${y.year}: «${measure.measure}» ved ${measure.navOffice.name}.` +
        (measure.priorityAreas.length
          ? ` Prioriterte områder: ${measure.priorityAreas.map((p) => PRIORITY_AREAS[p]).join('; ')}.`
          : ''),
    currency: 'NOK',
    amountAwarded: y.amount,
    awardDate: y.case.decision.decidedOn,
    recipientOrganization: [
      { id: `NO-BRC-${measure.navOffice.organisationNumber}`, name: measure.navOffice.name },
    ],
    fundingOrganization: [{ id: funderId(measure), name: measure.authorityName }],
    beneficiaryLocation: measure.municipalities.map((k) => ({
      id: `NO-kommune-${k.number}`,
      name: k.name,
      countryCode: 'NO',
      geoCode: k.number,
    })),
    grantProgramme: [{ code: y.case.document.callId, title: call?.title ?? SCHEME }],
    fromOpenCall: 'Yes',
    dateModified: new Date(y.case.updatedAt).toISOString(),
    dataSource: issued,
  };
}

/** The register as a 360Giving data package (standard 1.4). */
export function threeSixtyGivingPackage(measures: readonly MeasureYear[][], source: string, now: Date) {
  return {
    version: '1.4',
    title: `${SCHEME}: tildelte tilskudd`,
    issued: now.toISOString(),
    grants: measures.flatMap((years) => {
      const measure = registerMeasure(years);
      return years.map((y) => grant(measure, y, source));
    }),
  };
}
