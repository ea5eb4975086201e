import type { Call } from './calls/call.js';
import { CALLS, findCall } from './calls/data.js';
import { osloWallClockToUtc } from './calls/oslo-time.js';
import { addDays, periodEnd, yearEnd } from './dates.js';
import type { Application } from './documents/application.js';
import type { Approval } from './documents/approval.js';
import type { Assessment } from './documents/assessment.js';
import { type Budget, budgetLines, budgetTotals } from './documents/budget.js';
import type { CaseReference, NavOffice } from './documents/common.js';
import type { Acceptance, DeadlineExtension, Payment, TransferRequest } from './documents/follow-up.js';
import type { Frame } from './documents/frame.js';
import {
  type CaseDecision,
  type GrantLetter,
  NO_APPEAL_STATEMENT,
  type RejectionLetter,
} from './documents/letters.js';
import type { RepaymentClaim } from './documents/repayment-claim.js';
import type { Accounts, FinalReport, StatusReport } from './documents/reports.js';
import { ALLOCATION_CRITERION_IDS, GOAL_CRITERION_IDS } from './reference/criteria.js';
import { SCHEMES } from './reference/schemes.js';
import type { DocumentOf, DocumentType } from './registry.js';
import { addSignature, type Signer } from './signing/sign.js';
import type { DocumentSignature } from './signing/signature.js';

/** The newest call of the main scheme: what examples use unless told otherwise. */
export const LATEST_CALL: Call = CALLS.filter((c) => c.schemeId === 'utvikling-sosiale-tjenester').at(
  -1,
) as Call;

export const EXAMPLE_NAV_OFFICE: NavOffice = {
  name: 'Nav Gjøvik',
  address: { street: 'Jernbanesvingen 6', postalCode: '2821', city: 'Gjøvik' },
  organisationNumber: '974541254',
  accountNumber: '20501234568',
  municipalities: ['3407'],
  contactPerson: {
    name: 'Kari Nordmann',
    role: 'Prosjektleder',
    email: 'kari.nordmann@nav.no',
    phone: '+47 61 18 90 00',
  },
};

const at = (year: number, monthDay: string, time: string) =>
  osloWallClockToUtc(`${year}-${monthDay}`, time).toISOString().replace('.000Z', 'Z');

/** The example's signers (made-up people): Nav Gjøvik's head and Gjøvik's chief executive (§ 7, § 10). */
export const EXAMPLE_SIGNERS = {
  navOfficeHead: {
    role: 'nav-office-head',
    subject: 'eksempel-ingrid-berg',
    name: 'Ingrid Berg',
    organisation: {
      kind: 'nav-office',
      name: EXAMPLE_NAV_OFFICE.name,
      organisationNumber: EXAMPLE_NAV_OFFICE.organisationNumber,
    },
  },
  municipalExecutive: {
    role: 'municipal-executive',
    subject: 'eksempel-ola-hansen',
    name: 'Ola Hansen',
    organisation: { kind: 'municipality', name: 'Gjøvik kommune', municipalityNumber: '3407' },
  },
} as const satisfies Record<string, Signer>;

/** The document signed afresh by `signers` at `signedAt`: examples built from others are signed for what they say. */
function signed<T extends { signatures?: DocumentSignature[] }>(
  doc: T,
  signers: readonly Signer[],
  signedAt: string,
): T {
  const { signatures: _earlier, ...unsigned } = doc;
  return signers.reduce((d, signer) => addSignature(d, signer, signedAt), unsigned as T);
}

/** A budget that respects the call's caps: one full position, one half position, competence funds if any. */
export function exampleBudget(call: Call): Budget {
  const cap = call.maxPerFullTimePosition ?? 600_000;
  const competence =
    call.competenceFunds.status === 'none'
      ? 0
      : Math.min(call.competenceFunds.maxPerMeasure ?? 20_000, 20_000);
  return {
    positions: [
      {
        id: 'boligsosial-veileder',
        title: 'Boligsosial veileder',
        ftePercent: 100,
        months: 12,
        salary: 610_000,
        socialCosts: 170_800,
        requestedGrant: cap,
      },
      {
        id: 'ungdomskoordinator',
        title: 'Ungdomskoordinator',
        ftePercent: 50,
        months: 12,
        salary: 300_000,
        socialCosts: 84_000,
        requestedGrant: Math.floor(cap / 2),
      },
    ],
    competenceFunds: competence,
    otherCosts: [
      {
        id: 'reise',
        category: 'reise-og-opphold',
        description: 'Reiser til nettverkssamlinger',
        amount: 18_000,
      },
      {
        id: 'brukerpanel',
        category: 'lokaler-og-moter',
        description: 'Brukerpanel og dialogmøter',
        amount: 12_000,
      },
    ],
    otherFunding: [
      { id: 'kommunen-bolig', source: 'Gjøvik kommune, boligkontoret', status: 'granted', amount: 25_000 },
    ],
  };
}

/** Signed by both (§ 7) on the deadline's morning, sent at 10:15. */
function signedApplication(doc: Application, call: Call): Application {
  const day = call.applicationDeadline.date.slice(5);
  return signed(
    doc,
    [EXAMPLE_SIGNERS.navOfficeHead, EXAMPLE_SIGNERS.municipalExecutive],
    at(call.year, day, '09:00'),
  );
}

export function exampleApplication(call: Call = LATEST_CALL): Application {
  const continuation = call.continuationOnly;
  return signedApplication(
    {
      documentType: 'application',
      schemaVersion: 2,
      id: `soknad-gjovik-${call.year}`,
      callId: call.id,
      kind: continuation ? 'continuation' : 'new',
      addressee: { kind: 'county-office', countyOfficeId: 'innlandet' },
      applicant: EXAMPLE_NAV_OFFICE,
      measure: {
        name: 'Trygg bolig – ung start',
        startDate: `${call.year}-04-01`,
        plannedEndDate: `${call.year + (continuation ? 1 : 3)}-03-31`,
        yearOfMeasure: continuation ? 2 : 1,
      },
      ...(continuation
        ? {
            continuation: {
              previousCaseNumber: `${call.year - 1}/4711`,
              previousCallId: `${call.schemeId}-${call.year - 1}`,
            },
          }
        : {}),
      description: {
        goals:
          'Færre barnefamilier og unge i Gjøvik skal bo i midlertidig bolig. Vi vil utvikle en helhetlig boligsosial oppfølging der veileder følger familien fra første kontakt til stabil bosituasjon.',
        targetGroups: ['Barnefamilier med lav inntekt', 'Ungdom 18–25 år uten fast bolig'],
        livingConditions:
          'KOSTRA viser at andelen langtidsmottakere av sosialhjelp i Gjøvik ligger over landssnittet, og folkehelseprofilen peker på en høy andel barn i husholdninger med vedvarende lavinntekt. Ungdata viser at mange unge opplever boligsituasjonen som usikker.',
        servicesToDevelop:
          'Boligsosialt arbeid i Nav-kontoret: kartlegging av boligbehov, oppfølging i bolig og samarbeid med kommunens boligkontor og barnevern.',
        methodology:
          'Vi bruker tjenestedesign med brukerpanel, prøver ut arbeidsmåten i to team og evaluerer etter hvert halvår sammen med FoU-miljø.',
        userInvolvement: 'Et brukerpanel med seks deltakere er med i utformingen og vurderingen av tiltaket.',
        anchoringAndOrganisation:
          'Tiltaket er forankret i kommunens boligsosiale plan og i ledergruppen i Nav Gjøvik. Styringsgruppen møtes hver måned.',
        implementationPlan:
          'Stillingene videreføres i ordinær drift fra år fire etter avtale med kommunedirektøren og innarbeides i økonomiplanen.',
        nationalStrategies:
          'Tiltaket bygger på den nasjonale strategien «Alle trenger et trygt hjem» og barnekonvensjonen.',
      },
      priorityAreas: [...call.priorityAreas.special.slice(0, 2), ...call.priorityAreas.general.slice(0, 1)],
      allocationCriteria: ['individuell-tilpasning', 'brukermedvirkning', 'samarbeid-mellom-tjenester'],
      budget: exampleBudget(call),
      otherGrants: [
        {
          scheme: 'Husbankens kompetansetilskudd',
          grantor: 'Husbanken',
          status: 'applied',
          amount: 150_000,
          targetGroup: 'Vanskeligstilte på boligmarkedet',
        },
      ],
      directPaymentsToUsers: false,
      submittedAt: at(call.year, call.applicationDeadline.date.slice(5), '10:15'),
    },
    call,
  );
}

/** A national-trial application to the directorate (§ 7), for a call that has trials. */
export function exampleNationalTrialApplication(call: Call): Application {
  const trial = call.nationalTrials[0];
  if (!trial) throw new RangeError(`${call.id} has no national trials`);
  return signedApplication(
    {
      ...exampleApplication(call),
      id: `soknad-forsok-${call.year}`,
      addressee: { kind: 'directorate' },
      nationalTrialId: trial.id,
    },
    call,
  );
}

function caseReference(call: Call): CaseReference {
  return {
    caseNumber: `${call.year}/1234`,
    callId: call.id,
    organisationNumber: EXAMPLE_NAV_OFFICE.organisationNumber,
    measureName: 'Trygg bolig – ung start',
  };
}

const INNLANDET = { kind: 'county-office', countyOfficeId: 'innlandet' } as const;

function letterBase(call: Call) {
  const regulation = SCHEMES[call.schemeId].regulation;
  return {
    schemaVersion: 1 as const,
    id: `brev-${call.year}-1234`,
    caseNumber: `${call.year}/1234`,
    callId: call.id,
    applicationId: `soknad-gjovik-${call.year}`,
    issuer: INNLANDET,
    recipient: EXAMPLE_NAV_OFFICE,
    measureName: 'Trygg bolig – ung start',
    date: `${call.year}-03-15`,
    legalBasis: { regulationId: regulation?.id ?? 'Kunngjøring', sections: ['§ 5', '§ 8'] },
    noAppealStatement: NO_APPEAL_STATEMENT,
    signedBy: 'Per Olsen, seniorrådgiver',
  };
}

export function exampleGrantLetter(call: Call = LATEST_CALL): GrantLetter {
  const totals = budgetTotals(exampleBudget(call));
  const from = `${call.year}-04-01`;
  return {
    ...letterBase(call),
    documentType: 'grant-letter',
    amount: totals.requestedGrant,
    grantedPositions: totals.positionGrant,
    grantedCompetenceFunds: totals.competenceFunds,
    period: { from, to: periodEnd(from, call.grantPeriodMonths) },
    conditions: [
      'Tilskuddet skal brukes til tiltaket slik det er beskrevet i søknaden.',
      'Det skal føres eget prosjektregnskap med eget koststed (§ 11).',
    ],
    reportingDeadline: call.reportingDeadline?.date ?? `${call.year + 1}-02-01`,
    acceptance: {
      deadline: `${call.year}-04-15`,
      terms: 'Tilskuddet utbetales når bekreftelsen er fylt ut, signert og returnert (§ 10).',
    },
  };
}

export function exampleRejectionLetter(call: Call = LATEST_CALL): RejectionLetter {
  return {
    ...letterBase(call),
    documentType: 'rejection-letter',
    reasons: [
      {
        reason: 'ikke-prioritert',
        explanation:
          'Rammen for året er brukt til tiltak som i større grad svarer på de særskilt prioriterte områdene.',
      },
    ],
  };
}

export function exampleCaseDecision(call: Call = LATEST_CALL): CaseDecision {
  return {
    documentType: 'case-decision',
    schemaVersion: 1,
    id: `vedtak-${call.year}-1234`,
    caseNumber: `${call.year}/1234`,
    callId: call.id,
    applicationId: `soknad-gjovik-${call.year}`,
    decidedBy: INNLANDET,
    caseworker: 'Per Olsen',
    decidedOn: `${call.year}-03-10`,
    outcome: {
      result: 'granted',
      amount: budgetTotals(exampleBudget(call)).requestedGrant,
      conditions: ['Eget koststed for tiltaket.'],
    },
    assessment: 'Tiltaket svarer godt på de prioriterte områdene og har en tydelig plan for implementering.',
  };
}

export function exampleAcceptance(call: Call = LATEST_CALL): Acceptance {
  const returned = at(call.year, '03-28', '11:00');
  return signed<Acceptance>(
    {
      documentType: 'acceptance',
      schemaVersion: 2,
      id: `bekreftelse-${call.year}-1234`,
      case: caseReference(call),
      acceptsTerms: true,
      accountNumber: EXAMPLE_NAV_OFFICE.accountNumber,
      costCentre: '1420-TRYGGBOLIG',
      submittedAt: returned,
    },
    [EXAMPLE_SIGNERS.municipalExecutive],
    returned,
  );
}

export function examplePayment(call: Call = LATEST_CALL): Payment {
  const granted = exampleGrantLetter(call).amount;
  return {
    documentType: 'payment',
    schemaVersion: 1,
    id: `utbetaling-${call.year}-1234`,
    case: caseReference(call),
    payer: INNLANDET,
    paidOn: `${call.year}-04-10`,
    grantedAmount: granted,
    deductions: [],
    amount: granted,
    accountNumber: EXAMPLE_NAV_OFFICE.accountNumber,
  };
}

/** Accounts per 31 December that follow the example budget line by line. */
export function exampleAccounts(call: Call, lineCount?: number): Accounts {
  const budget = exampleBudget(call);
  const received = budgetTotals(budget).requestedGrant;
  const lines = budgetLines(budget).map((l) => ({
    budgetLineId: l.id,
    label: l.label,
    budgeted: l.amount,
    actual: Math.round(l.amount * 0.9),
  }));
  // Realistic large accounts: the same budget, broken down further (benchmarks use 200 lines).
  for (let i = lines.length; lineCount !== undefined && i < lineCount; i++)
    lines.push({ budgetLineId: `post-${i}`, label: `Driftspost ${i}`, budgeted: 1_000 + i, actual: 900 + i });
  const costs = lines.reduce((s, l) => s + l.actual, 0);
  return {
    asOf: yearEnd(call.year),
    costCentre: '1420-TRYGGBOLIG',
    lines,
    grantReceived: received,
    transferredFromPreviousYear: 0,
    grantSpent: Math.min(received - 40_000, costs),
  };
}

export function exampleStatusReport(call: Call = LATEST_CALL, lineCount?: number): StatusReport {
  const accounts = exampleAccounts(call, lineCount);
  const unused = accounts.grantReceived - accounts.grantSpent;
  return signedReport(
    {
      documentType: 'status-report',
      schemaVersion: 2,
      id: `statusrapport-${call.year}-1234`,
      case: caseReference(call),
      submittedAt: call.reportingDeadline ? at(call.year + 1, '01-30', '14:00') : undefined,
      reportingYear: call.year,
      report: {
        status: 'started',
        progress:
          'Begge stillingene ble besatt i april. 34 familier har fått oppfølging i bolig, og 12 unge har fått egen leiekontrakt.',
        goalAchievement: [
          {
            criterion: 'individuell-tilpasning',
            achievement: 'partly',
            description: 'Hver familie har en fast veileder; vi når ennå ikke alle i målgruppen.',
          },
          {
            criterion: 'brukermedvirkning',
            achievement: 'achieved',
            description: 'Brukerpanelet har møttes seks ganger.',
          },
        ],
        userInvolvement: 'Brukerpanelet har vært med på å utforme kartleggingsverktøyet.',
        accounts,
        unusedFunds: { transferRequested: unused, toBeRepaid: 0 },
      },
    },
    call,
  );
}

/** A report is signed by the one who sends it, when it is sent (the Nav office head in the examples). */
function signedReport<T extends StatusReport | FinalReport>(doc: T, call: Call): T {
  return signed(doc, [EXAMPLE_SIGNERS.navOfficeHead], doc.submittedAt ?? at(call.year + 1, '01-30', '14:00'));
}

export function exampleNotStartedReport(call: Call = LATEST_CALL): StatusReport {
  const received = budgetTotals(exampleBudget(call)).requestedGrant;
  return signedReport(
    {
      ...exampleStatusReport(call),
      id: `statusrapport-${call.year}-1235`,
      report: {
        status: 'not-started',
        reason: 'Stillingene ble lyst ut to ganger uten kvalifiserte søkere.',
        expectedStart: `${call.year + 1}-03-01`,
        grantReceived: received,
        transferRequested: received,
      },
    },
    call,
  );
}

export function exampleFinalReport(call: Call = LATEST_CALL): FinalReport {
  const accounts = exampleAccounts(call);
  return signedReport(
    {
      documentType: 'final-report',
      schemaVersion: 2,
      id: `sluttrapport-${call.year}-1234`,
      case: caseReference(call),
      submittedAt: at(call.year + 1, '01-30', '14:00'),
      period: { from: `${call.year - 2}-04-01`, to: `${call.year}-12-31` },
      summary: 'Tiltaket har gitt en fast boligsosial oppfølging som nå er en del av den ordinære tjenesten.',
      goalAchievement: GOAL_CRITERION_IDS.map((criterion) => ({
        criterion,
        achievement: 'achieved' as const,
        description: 'Se vedlagt evaluering fra FoU-miljøet.',
      })),
      implementation: {
        status: 'implemented',
        description: 'Stillingene er videreført i budsjettet for neste år etter vedtak i kommunestyret.',
        fundedPositionsContinued: 780_800,
      },
      experiencesToShare: 'Brukerpanel fra start ga et bedre kartleggingsverktøy. Del gjerne malen vår.',
      userInvolvement: 'Brukerpanelet har deltatt i alle faser.',
      accounts,
      unusedFunds: { transferRequested: 0, toBeRepaid: accounts.grantReceived - accounts.grantSpent },
    },
    call,
  );
}

export function exampleTransferRequest(call: Call = LATEST_CALL): TransferRequest {
  const report = exampleStatusReport(call);
  const unused = report.report.status === 'started' ? report.report.unusedFunds.transferRequested : 0;
  return {
    documentType: 'transfer-request',
    schemaVersion: 1,
    id: `overforing-${call.year}-1234`,
    case: caseReference(call),
    fromYear: call.year,
    amount: unused,
    reason: 'Ungdomskoordinatoren startet en måned senere enn planlagt.',
    plannedUse: 'Midlene brukes til ungdomskoordinatoren i første kvartal neste år.',
    requestedOn: `${call.year + 1}-01-30`,
  };
}

export function exampleRepaymentClaim(call: Call = LATEST_CALL): RepaymentClaim {
  const scheme = SCHEMES[call.schemeId];
  return {
    documentType: 'repayment-claim',
    schemaVersion: 2,
    id: `tilbakebetaling-${call.year}-1234`,
    case: caseReference(call),
    claimedBy: INNLANDET,
    reason: 'for-mye-utbetalt',
    explanation: 'Tilskuddet ble utbetalt to ganger for andre kvartal.',
    amount: 40_000,
    issuedOn: `${call.year + 1}-03-01`,
    dueOn: `${call.year + 1}-04-01`,
    payTo: {
      recipient: 'directorate',
      accountNumber: '30004455661',
      reference: {
        chapter: scheme.budgetChapter ?? '0000',
        post: scheme.budgetPost ?? '00',
        scheme: scheme.title,
      },
    },
  };
}

export function exampleDeadlineExtension(call: Call = LATEST_CALL): DeadlineExtension {
  return {
    documentType: 'deadline-extension',
    schemaVersion: 1,
    id: `utsettelse-${call.year}-innlandet`,
    callId: call.id,
    grantedBy: INNLANDET,
    appliesTo: { scope: 'all' },
    deadline: { date: addDays(call.applicationDeadline.date, 4), time: '12:00', timeZone: 'Europe/Oslo' },
    reason: 'Fristen falt i en helg; søkere i Innlandet fikk utsatt frist med fire dager.',
    recordedOn: `${call.year}-01-20`,
  };
}

/** Innlandet's frame: seed 000 gives 7 500 000 kr for 2025; other years use the same figure as an example. */
export function exampleFrame(call: Call = LATEST_CALL): Frame {
  const scheme = SCHEMES[call.schemeId];
  return {
    documentType: 'frame',
    schemaVersion: 1,
    id: `fullmakt-${call.year}-innlandet`,
    version: 1,
    callId: call.id,
    holder: INNLANDET,
    budget: {
      chapter: scheme.budgetChapter ?? '0000',
      post: scheme.budgetPost ?? '00',
      scheme: scheme.title,
    },
    amount: 7_500_000,
    issuedBy: { authority: 'directorate', name: 'Arbeids- og velferdsdirektoratet, tilskuddsforvaltningen' },
    issuedOn: `${call.year}-01-10`,
    reference: `Fullmakt over statsbudsjettets kapittel ${scheme.budgetChapter ?? '0000'}.${scheme.budgetPost ?? '00'} for ${call.year}`,
  };
}

export function exampleAssessment(call: Call = LATEST_CALL): Assessment {
  const scores = [3, 3, 2, 2, 2, 3, 1, 2];
  return {
    documentType: 'assessment',
    schemaVersion: 1,
    id: `vurdering-${call.year}-1234`,
    applicationId: `soknad-gjovik-${call.year}`,
    caseNumber: `${call.year}/1234`,
    callId: call.id,
    assessedBy: { authority: INNLANDET, name: 'Per Olsen' },
    assessedOn: `${call.year}-02-20`,
    criteria: Object.fromEntries(
      ALLOCATION_CRITERION_IDS.map((id, i) => [
        id,
        {
          score: scores[i] ?? 2,
          justification: 'Søknaden viser dette med tall fra KOSTRA og en konkret plan.',
        },
      ]),
    ) as Assessment['criteria'],
    exclusions: Object.fromEntries(call.exclusions.map((id) => [id, { applies: false }])),
    priorityFit: {
      areas: [...call.priorityAreas.special.slice(0, 2), ...call.priorityAreas.general.slice(0, 1)],
      justification: 'Tiltaket retter seg mot barnefamilier og unge i midlertidig bolig.',
    },
    proposal: { recommendation: 'grant', amount: budgetTotals(exampleBudget(call)).requestedGrant },
    summary: 'Godt forankret tiltak med tydelig plan for implementering; anbefales innvilget med søkt beløp.',
  };
}

export function exampleApproval(call: Call = LATEST_CALL): Approval {
  const decision = exampleCaseDecision(call);
  return {
    documentType: 'approval',
    schemaVersion: 1,
    id: `forslag-${call.year}-1234`,
    subject: {
      documentType: 'case-decision',
      documentId: decision.id,
      caseNumber: decision.caseNumber,
      amount: decision.outcome.result === 'granted' ? decision.outcome.amount : 0,
    },
    proposedBy: {
      id: 'dev:sf-innlandet',
      name: 'Per Olsen',
      role: 'county-caseworker',
      authority: INNLANDET,
    },
    proposedAt: at(call.year, '03-10', '09:00'),
    resolution: {
      result: 'approved',
      by: {
        id: 'dev:sf-innlandet-godkjenner',
        name: 'Astrid Holm',
        role: 'county-approver',
        authority: INNLANDET,
      },
      at: at(call.year, '03-10', '14:30'),
    },
  };
}

const BUILDERS: { [T in DocumentType]: (call: Call) => DocumentOf<T> } = {
  application: exampleApplication,
  'case-decision': exampleCaseDecision,
  'grant-letter': exampleGrantLetter,
  'rejection-letter': exampleRejectionLetter,
  acceptance: exampleAcceptance,
  payment: examplePayment,
  'transfer-request': exampleTransferRequest,
  'repayment-claim': exampleRepaymentClaim,
  'status-report': (call) => exampleStatusReport(call),
  'final-report': exampleFinalReport,
  call: (call) => call,
  'deadline-extension': exampleDeadlineExtension,
  frame: exampleFrame,
  assessment: exampleAssessment,
  approval: exampleApproval,
};

/** A valid, realistic document of `type` under `call` (default: the newest call). */
export function exampleDocument<T extends DocumentType>(
  type: T,
  call: Call | string = LATEST_CALL,
): DocumentOf<T> {
  const c = typeof call === 'string' ? findCall(call) : call;
  if (!c) throw new RangeError(`Unknown call ${String(call)}`);
  return BUILDERS[type](c);
}
