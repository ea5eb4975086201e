import { REJECTION_REASONS, type RejectionReason } from '@sosialtilskudd/domain';

export const LETTER_LANGUAGES = ['nb', 'nn'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

export function isLetterLanguage(value: unknown): value is LetterLanguage {
  return LETTER_LANGUAGES.some((l) => l === value);
}

/** The fixed wording of the letters. What the letter itself holds (conditions, terms, § 9) is printed as is. */
export interface LetterTexts {
  /** BCP 47 tag written into the PDF so screen readers pick the right voice. */
  pdfLanguage: string;
  ourDate: string;
  ourReference: string;
  caseworker: string;
  organisationNumberShort: string;
  page: (n: number, of: number) => string;
  phone: string;
  /** Download names: plain ASCII so they survive any Content-Disposition header. */
  fileName: Readonly<Record<'grant-letter' | 'rejection-letter', string>>;

  grantTitle: (year: number) => string;
  grantIntro: (measure: string, recipient: string, amount: string) => string;
  grantHeading: string;
  measure: string;
  amount: string;
  positions: string;
  competenceFunds: string;
  period: string;
  caseNumber: string;
  conditionsHeading: string;
  conditionsIntro: string;
  noConditions: string;
  reportingHeading: string;
  reporting: (deadline: string, caseNumber: string) => string;
  paymentHeading: string;
  payment: (deadline: string) => string;

  rejectionTitle: (year: number) => string;
  rejectionIntro: (measure: string, recipient: string) => string;
  reasonsHeading: string;
  reasonLabels: Readonly<Record<RejectionReason, string>>;

  legalBasisHeading: string;
  appealHeading: string;
  regards: string;
  approvedElectronically: string;
  attachment: string;

  acceptanceTitle: string;
  acceptanceSubtitle: (letterDate: string, caseNumber: string) => string;
  acceptanceReturn: (sender: string, deadline: string) => string;
  recipient: string;
  organisationNumber: string;
  acceptanceStatement: string;
  acceptanceTermsHeading: string;
  fillInHeading: string;
  accountNumberField: string;
  costCentreField: string;
  nameField: string;
  titleField: string;
  placeAndDateField: string;
  signatureField: string;
}

const nb: LetterTexts = {
  pdfLanguage: 'nb-NO',
  ourDate: 'Vår dato',
  ourReference: 'Vår ref.',
  caseworker: 'Saksbehandler',
  organisationNumberShort: 'Org.nr.',
  page: (n, of) => `Side ${n} av ${of}`,
  phone: 'Telefon',
  fileName: { 'grant-letter': 'tilskuddsbrev', 'rejection-letter': 'avslagsbrev' },

  grantTitle: (year) => `Tilskuddsbrev ${year}`,
  grantIntro: (measure, recipient, amount) =>
    `Vi viser til søknaden om tilskudd til tiltaket «${measure}». Vi har behandlet søknaden og gir ${recipient} et tilskudd på ${amount}.`,
  grantHeading: 'Tilskuddet',
  measure: 'Tiltak',
  amount: 'Tilskudd',
  positions: 'Herav stillinger',
  competenceFunds: 'Herav kompetansemidler',
  period: 'Tilskuddsperiode',
  caseNumber: 'Saksnummer',
  conditionsHeading: 'Vilkår for tilskuddet',
  conditionsIntro: 'Tilskuddet gis på disse vilkårene:',
  noConditions: 'Tilskuddet har ingen særskilte vilkår ut over forskriften.',
  reportingHeading: 'Rapportering',
  reporting: (deadline, caseNumber) =>
    `Status- og regnskapsrapport per 31. desember sendes elektronisk innen ${deadline} (§ 11). Oppgi saksnummer ${caseNumber}.`,
  paymentHeading: 'Bekreftelse og utbetaling',
  payment: (deadline) =>
    `Tilskuddet blir utbetalt når vi har fått bekreftelsen i vedlegget utfylt og signert (§ 10). Fristen for å returnere bekreftelsen er ${deadline}.`,

  rejectionTitle: (year) => `Avslag på søknad om tilskudd ${year}`,
  rejectionIntro: (measure, recipient) =>
    `Vi viser til søknaden om tilskudd til tiltaket «${measure}». Vi har behandlet søknaden, og ${recipient} får dessverre ikke tilskudd.`,
  reasonsHeading: 'Begrunnelse',
  reasonLabels: REJECTION_REASONS,

  legalBasisHeading: 'Hjemmel',
  appealHeading: 'Klageadgang',
  regards: 'Med hilsen',
  approvedElectronically: 'Brevet er godkjent elektronisk og har derfor ingen håndskrevet signatur.',
  attachment: 'Vedlegg: Bekreftelse',

  acceptanceTitle: 'Bekreftelse',
  acceptanceSubtitle: (date, caseNumber) => `Vedlegg til tilskuddsbrev av ${date}, saksnummer ${caseNumber}`,
  acceptanceReturn: (sender, deadline) =>
    `Fylles ut, signeres og returneres til ${sender} innen ${deadline}.`,
  recipient: 'Mottaker',
  organisationNumber: 'Organisasjonsnummer',
  acceptanceStatement:
    'Vi bekrefter at vi har mottatt tilskuddsbrevet, og at vi tar imot tilskuddet på de vilkårene som står i brevet.',
  acceptanceTermsHeading: 'Vilkår for utbetaling (§ 10)',
  fillInHeading: 'Fylles ut av mottaker',
  accountNumberField: 'Kontonummer for utbetaling (11 siffer)',
  costCentreField: 'Koststed for tiltakets prosjektregnskap (§ 11)',
  nameField: 'Navn',
  titleField: 'Tittel',
  placeAndDateField: 'Sted og dato',
  signatureField: 'Signatur',
};

const nn: LetterTexts = {
  pdfLanguage: 'nn-NO',
  ourDate: 'Vår dato',
  ourReference: 'Vår ref.',
  caseworker: 'Saksbehandlar',
  organisationNumberShort: 'Org.nr.',
  page: (n, of) => `Side ${n} av ${of}`,
  phone: 'Telefon',
  fileName: { 'grant-letter': 'tilskotsbrev', 'rejection-letter': 'avslagsbrev' },

  grantTitle: (year) => `Tilskotsbrev ${year}`,
  grantIntro: (measure, recipient, amount) =>
    `Vi viser til søknaden om tilskot til tiltaket «${measure}». Vi har handsama søknaden og gir ${recipient} eit tilskot på ${amount}.`,
  grantHeading: 'Tilskotet',
  measure: 'Tiltak',
  amount: 'Tilskot',
  positions: 'Av dette stillingar',
  competenceFunds: 'Av dette kompetansemidlar',
  period: 'Tilskotsperiode',
  caseNumber: 'Saksnummer',
  conditionsHeading: 'Vilkår for tilskotet',
  conditionsIntro: 'Tilskotet blir gitt på desse vilkåra:',
  noConditions: 'Tilskotet har ingen særskilde vilkår utover forskrifta.',
  reportingHeading: 'Rapportering',
  reporting: (deadline, caseNumber) =>
    `Status- og rekneskapsrapport per 31. desember skal sendast elektronisk innan ${deadline} (§ 11). Oppgi saksnummer ${caseNumber}.`,
  paymentHeading: 'Stadfesting og utbetaling',
  payment: (deadline) =>
    `Tilskotet blir utbetalt når vi har fått stadfestinga i vedlegget utfylt og underskriven (§ 10). Fristen for å sende stadfestinga tilbake er ${deadline}.`,

  rejectionTitle: (year) => `Avslag på søknad om tilskot ${year}`,
  rejectionIntro: (measure, recipient) =>
    `Vi viser til søknaden om tilskot til tiltaket «${measure}». Vi har handsama søknaden, og ${recipient} får dessverre ikkje tilskot.`,
  reasonsHeading: 'Grunngiving',
  reasonLabels: {
    'manglende-rapportering': 'Manglande status- og rekneskapsrapport for året før innan fristen (§ 8, § 11)',
    'ikke-prioritert': 'Søknaden er ikkje prioritert innanfor ramma (§ 5)',
    'utenfor-ordningen':
      'Tiltaket fell utanfor formålet med ordninga eller det som blir gitt tilskot til (§ 5)',
    'for-sent': 'Søknaden kom inn etter søknadsfristen',
    'mangelfull-soknad': 'Søknaden manglar opplysningar som er kravde (§ 7)',
    annet: 'Anna grunngiving',
  },

  legalBasisHeading: 'Heimel',
  appealHeading: 'Klagerett',
  regards: 'Med helsing',
  approvedElectronically: 'Brevet er godkjent elektronisk og har difor inga handskriven underskrift.',
  attachment: 'Vedlegg: Stadfesting',

  acceptanceTitle: 'Stadfesting',
  acceptanceSubtitle: (date, caseNumber) => `Vedlegg til tilskotsbrev av ${date}, saksnummer ${caseNumber}`,
  acceptanceReturn: (sender, deadline) =>
    `Skal fyllast ut, underskrivast og sendast tilbake til ${sender} innan ${deadline}.`,
  recipient: 'Mottakar',
  organisationNumber: 'Organisasjonsnummer',
  acceptanceStatement:
    'Vi stadfestar at vi har fått tilskotsbrevet, og at vi tek imot tilskotet på dei vilkåra som står i brevet.',
  acceptanceTermsHeading: 'Vilkår for utbetaling (§ 10)',
  fillInHeading: 'Fyllast ut av mottakaren',
  accountNumberField: 'Kontonummer for utbetaling (11 siffer)',
  costCentreField: 'Koststad for prosjektrekneskapen til tiltaket (§ 11)',
  nameField: 'Namn',
  titleField: 'Tittel',
  placeAndDateField: 'Stad og dato',
  signatureField: 'Underskrift',
};

export const LETTER_TEXTS: Readonly<Record<LetterLanguage, LetterTexts>> = { nb, nn };
