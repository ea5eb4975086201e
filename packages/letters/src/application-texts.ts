import {
  ALLOCATION_CRITERIA,
  ALLOCATION_CRITERIA_NN,
  COST_CATEGORIES,
  COST_CATEGORIES_NN,
  PRIORITY_AREAS,
  PRIORITY_AREAS_NN,
  type SignatureState,
} from '@sosialtilskudd/domain';
import type { LetterLanguage } from './texts.js';

/** The fixed wording of the copy of a submitted application; what the application says is printed as is. */
export interface ApplicationTexts {
  pdfLanguage: string;
  title: (year: number) => string;
  fileName: string;
  received: string;
  caseNumber: string;
  addressee: string;
  directorate: string;
  copyNote: string;
  page: (n: number, of: number) => string;
  applicantHeading: string;
  navOffice: string;
  organisationNumber: string;
  address: string;
  accountNumber: string;
  municipalities: string;
  contactPerson: string;
  measureHeading: string;
  measure: string;
  kind: string;
  kindNew: string;
  kindContinuation: string;
  period: string;
  yearOfMeasure: string;
  previousCase: string;
  nationalTrial: string;
  cooperation: string;
  priorityAreas: string;
  allocationCriteria: string;
  none: string;
  descriptionHeading: string;
  description: Readonly<
    Record<
      | 'goals'
      | 'targetGroups'
      | 'livingConditions'
      | 'servicesToDevelop'
      | 'methodology'
      | 'userInvolvement'
      | 'anchoringAndOrganisation'
      | 'implementationPlan'
      | 'nationalStrategies',
      string
    >
  >;
  budgetHeading: string;
  position: (percent: number, months: number, salary: string, social: string, grant: string) => string;
  competenceFunds: string;
  otherCost: (category: string) => string;
  funding: (status: 'applied' | 'granted') => string;
  totalCost: string;
  requestedGrant: string;
  ownFinancing: string;
  budgetNotes: string;
  otherGrantsHeading: string;
  otherGrant: (status: 'applied' | 'received', grantor: string, targetGroup: string) => string;
  directPayments: string;
  yes: string;
  no: string;
  signaturesHeading: string;
  /** A signature given in the service: who, for which organisation, when. */
  signed: (name: string, organisation: string, when: string) => string;
  /** A name and title typed into version 1 of the application. */
  typed: (name: string, title: string, date: string) => string;
  signatureStates: Readonly<Record<SignatureState, string>>;
  missing: string;
  digest: string;
  priorityAreaNames: Readonly<Record<string, string>>;
  criterionNames: Readonly<Record<string, string>>;
  costCategoryNames: Readonly<Record<string, string>>;
}

const nb: ApplicationTexts = {
  pdfLanguage: 'nb-NO',
  title: (year) => `Søknad om tilskudd ${year}`,
  fileName: 'soknad',
  received: 'Mottatt',
  caseNumber: 'Saksnummer',
  addressee: 'Sendt til',
  directorate: 'Arbeids- og velferdsdirektoratet',
  copyNote: 'Kopi av søknaden slik den ble sendt inn.',
  page: (n, of) => `Side ${n} av ${of}`,
  applicantHeading: 'Søker',
  navOffice: 'Nav-kontor',
  organisationNumber: 'Organisasjonsnummer',
  address: 'Adresse',
  accountNumber: 'Kontonummer',
  municipalities: 'Kommuner',
  contactPerson: 'Kontaktperson',
  measureHeading: 'Tiltaket',
  measure: 'Navn på tiltaket',
  kind: 'Type søknad',
  kindNew: 'Nytt tiltak',
  kindContinuation: 'Videreføring',
  period: 'Periode',
  yearOfMeasure: 'Tilskuddsår for tiltaket',
  previousCase: 'Saksnummer for fjorårets tilskudd',
  nationalTrial: 'Nasjonalt forsøk',
  cooperation: 'Interkommunalt samarbeid',
  priorityAreas: 'Prioriterte områder',
  allocationCriteria: 'Tildelingskriterier (§ 5)',
  none: 'Ingen',
  descriptionHeading: 'Beskrivelse av tiltaket',
  description: {
    goals: 'Hva skal oppnås lokalt',
    targetGroups: 'Målgrupper',
    livingConditions: 'Levekår og utfordringer for målgruppene',
    servicesToDevelop: 'Oppgaver og tjenester som skal utvikles',
    methodology: 'Metodisk tilnærming',
    userInvolvement: 'Brukermedvirkning',
    anchoringAndOrganisation: 'Forankring og organisering',
    implementationPlan: 'Plan for videreføring i ordinær drift',
    nationalStrategies: 'Sammenheng med nasjonale satsinger',
  },
  budgetHeading: 'Budsjett',
  position: (percent, months, salary, social, grant) =>
    `${percent} % i ${months} mnd. Lønn ${salary}, sosiale utgifter ${social}. Søkt tilskudd ${grant}.`,
  competenceFunds: 'Kompetansemidler',
  otherCost: (category) => `Annen kostnad: ${category}`,
  funding: (status) => (status === 'applied' ? 'Annen finansiering, søkt' : 'Annen finansiering, innvilget'),
  totalCost: 'Kostnader i alt',
  requestedGrant: 'Søkt tilskudd i alt',
  ownFinancing: 'Egenfinansiering',
  budgetNotes: 'Kommentar til budsjettet',
  otherGrantsHeading: 'Andre tilskudd',
  otherGrant: (status, grantor, targetGroup) =>
    `${status === 'applied' ? 'Søkt' : 'Mottatt'} fra ${grantor}, målgruppe: ${targetGroup}`,
  directPayments: 'Direkte utbetalinger til brukere',
  yes: 'Ja',
  no: 'Nei',
  signaturesHeading: 'Underskrifter (§ 7)',
  signed: (name, organisation, when) => `${name}, ${organisation}, signert ${when}`,
  typed: (name, title, date) => `${name}, ${title}, signert ${date}`,
  signatureStates: {
    valid: 'stemmer med innholdet',
    'document-changed': 'gjelder ikke: søknaden er endret etter signeringen',
    'not-verifiable': 'skrevet inn for hånd, kan ikke etterprøves',
  },
  missing: 'Mangler',
  digest: 'Sjekksum for innholdet (SHA-256, kontrolleres med «tilskudd verify»)',
  priorityAreaNames: PRIORITY_AREAS,
  criterionNames: ALLOCATION_CRITERIA,
  costCategoryNames: COST_CATEGORIES,
};

const nn: ApplicationTexts = {
  pdfLanguage: 'nn-NO',
  title: (year) => `Søknad om tilskot ${year}`,
  fileName: 'soknad',
  received: 'Motteke',
  caseNumber: 'Saksnummer',
  addressee: 'Sendt til',
  directorate: 'Arbeids- og velferdsdirektoratet',
  copyNote: 'Kopi av søknaden slik han vart send inn.',
  page: (n, of) => `Side ${n} av ${of}`,
  applicantHeading: 'Søkjar',
  navOffice: 'Nav-kontor',
  organisationNumber: 'Organisasjonsnummer',
  address: 'Adresse',
  accountNumber: 'Kontonummer',
  municipalities: 'Kommunar',
  contactPerson: 'Kontaktperson',
  measureHeading: 'Tiltaket',
  measure: 'Namn på tiltaket',
  kind: 'Type søknad',
  kindNew: 'Nytt tiltak',
  kindContinuation: 'Vidareføring',
  period: 'Periode',
  yearOfMeasure: 'Tilskotsår for tiltaket',
  previousCase: 'Saksnummer for tilskotet i fjor',
  nationalTrial: 'Nasjonalt forsøk',
  cooperation: 'Interkommunalt samarbeid',
  priorityAreas: 'Prioriterte område',
  allocationCriteria: 'Tildelingskriterium (§ 5)',
  none: 'Ingen',
  descriptionHeading: 'Skildring av tiltaket',
  description: {
    goals: 'Kva skal nåast lokalt',
    targetGroups: 'Målgrupper',
    livingConditions: 'Levekår og utfordringar for målgruppene',
    servicesToDevelop: 'Oppgåver og tenester som skal utviklast',
    methodology: 'Metodisk tilnærming',
    userInvolvement: 'Brukarmedverknad',
    anchoringAndOrganisation: 'Forankring og organisering',
    implementationPlan: 'Plan for vidareføring i ordinær drift',
    nationalStrategies: 'Samanheng med nasjonale satsingar',
  },
  budgetHeading: 'Budsjett',
  position: (percent, months, salary, social, grant) =>
    `${percent} % i ${months} mnd. Løn ${salary}, sosiale utgifter ${social}. Søkt tilskot ${grant}.`,
  competenceFunds: 'Kompetansemidlar',
  otherCost: (category) => `Anna kostnad: ${category}`,
  funding: (status) => (status === 'applied' ? 'Anna finansiering, søkt' : 'Anna finansiering, innvilga'),
  totalCost: 'Kostnader i alt',
  requestedGrant: 'Søkt tilskot i alt',
  ownFinancing: 'Eigenfinansiering',
  budgetNotes: 'Kommentar til budsjettet',
  otherGrantsHeading: 'Andre tilskot',
  otherGrant: (status, grantor, targetGroup) =>
    `${status === 'applied' ? 'Søkt' : 'Motteke'} frå ${grantor}, målgruppe: ${targetGroup}`,
  directPayments: 'Direkte utbetalingar til brukarar',
  yes: 'Ja',
  no: 'Nei',
  signaturesHeading: 'Underskrifter (§ 7)',
  signed: (name, organisation, when) => `${name}, ${organisation}, underskrive ${when}`,
  typed: (name, title, date) => `${name}, ${title}, underskrive ${date}`,
  signatureStates: {
    valid: 'stemmer med innhaldet',
    'document-changed': 'gjeld ikkje: søknaden er endra etter underskrivinga',
    'not-verifiable': 'skrive inn for hand, kan ikkje etterprøvast',
  },
  missing: 'Manglar',
  digest: 'Sjekksum for innhaldet (SHA-256, kontrollerast med «tilskudd verify»)',
  priorityAreaNames: PRIORITY_AREAS_NN,
  criterionNames: ALLOCATION_CRITERIA_NN,
  costCategoryNames: COST_CATEGORIES_NN,
};

export const APPLICATION_TEXTS: Readonly<Record<LetterLanguage, ApplicationTexts>> = { nb, nn };
