import type { FormDocumentType } from '../documents.js';
import type { Language } from '../validation/issue.js';

export interface FormStep {
  id: string;
  title: Record<Language, string>;
  /** Top-level properties shown on this step; the summary step shows every one, read-only. */
  fields: readonly string[];
}

export const SUMMARY_STEP_ID = 'oppsummering';

const summary: FormStep = {
  id: SUMMARY_STEP_ID,
  title: { nb: 'Oppsummering', nn: 'Oppsummering' },
  fields: [],
};

/**
 * The application as a wizard in the order of § 7: who applies, what, why and how, what it costs, who else
 * pays. The § 7 signatures are not a step: the signers sign the finished draft in the portal.
 */
const APPLICATION_STEPS: readonly FormStep[] = [
  {
    id: 'nav-kontor',
    title: { nb: 'Nav-kontor', nn: 'Nav-kontor' },
    fields: ['addressee', 'kind', 'continuation', 'nationalTrialId', 'applicant'],
  },
  {
    id: 'tiltaket',
    title: { nb: 'Tiltaket', nn: 'Tiltaket' },
    fields: ['measure', 'priorityAreas', 'allocationCriteria', 'intermunicipalCooperation'],
  },
  { id: 'beskrivelse', title: { nb: 'Beskrivelse', nn: 'Skildring' }, fields: ['description'] },
  { id: 'budsjett', title: { nb: 'Budsjett', nn: 'Budsjett' }, fields: ['budget'] },
  {
    id: 'andre-tilskudd',
    title: { nb: 'Andre tilskudd', nn: 'Andre tilskot' },
    fields: ['otherGrants', 'directPaymentsToUsers'],
  },
  summary,
];

const single = (fields: string[], title: Record<Language, string>): readonly FormStep[] => [
  { id: 'skjema', title, fields },
  summary,
];

/** The assessment in the order a caseworker works: the § 5 criteria, then what excludes or prioritises, then the proposal. */
const ASSESSMENT_STEPS: readonly FormStep[] = [
  {
    id: 'kriterier',
    title: { nb: 'Tildelingskriterier', nn: 'Tildelingskriterium' },
    fields: ['caseNumber', 'assessedOn', 'criteria'],
  },
  {
    id: 'unntak-og-prioriteringer',
    title: { nb: 'Unntak og prioriteringer', nn: 'Unntak og prioriteringar' },
    fields: ['exclusions', 'priorityFit'],
  },
  {
    id: 'innstilling',
    title: { nb: 'Innstilling', nn: 'Innstilling' },
    fields: ['proposal', 'summary'],
  },
  summary,
];

/** Steps per document; the shorter documents are one page and a summary. */
export const FORM_STEPS: Record<FormDocumentType, readonly FormStep[]> = {
  application: APPLICATION_STEPS,
  acceptance: single(['case', 'acceptsTerms', 'accountNumber', 'costCentre'], {
    nb: 'Bekreftelse',
    nn: 'Stadfesting',
  }),
  'status-report': single(['case', 'reportingYear', 'report'], {
    nb: 'Statusrapport med regnskap',
    nn: 'Statusrapport med rekneskap',
  }),
  'final-report': single(
    [
      'case',
      'period',
      'summary',
      'goalAchievement',
      'implementation',
      'experiencesToShare',
      'userInvolvement',
      'accounts',
      'unusedFunds',
    ],
    { nb: 'Sluttrapport', nn: 'Sluttrapport' },
  ),
  'transfer-request': single(['case', 'fromYear', 'amount', 'reason', 'plannedUse', 'requestedOn'], {
    nb: 'Overføring av ubenyttede midler',
    nn: 'Overføring av ubrukte midlar',
  }),
  assessment: ASSESSMENT_STEPS,
};

/** Which step shows the field at a JSON Pointer: where an error sends the person. */
export function stepOfPointer(type: FormDocumentType, pointer: string): number {
  const top = pointer.split('/')[1] ?? '';
  const steps = FORM_STEPS[type];
  const index = steps.findIndex((s) => s.fields.includes(top));
  return index >= 0 ? index : steps.length - 1;
}
