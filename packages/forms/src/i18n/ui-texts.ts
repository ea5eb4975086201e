import type { Language } from '../validation/issue.js';

/** The form's own words: buttons, headings, table chrome. */
const TEXTS = {
  next: { nb: 'Neste', nn: 'Neste' },
  loading: { nb: 'Laster skjemaet …', nn: 'Lastar skjemaet …' },
  previous: { nb: 'Forrige', nn: 'Førre' },
  submit: { nb: 'Send inn', nn: 'Send inn' },
  step: { nb: 'Steg', nn: 'Steg' },
  of: { nb: 'av', nn: 'av' },
  errorHeading: {
    nb: 'Du må rette disse feilene før du kan gå videre:',
    nn: 'Du må rette desse feila før du kan gå vidare:',
  },
  addRow: { nb: 'Legg til rad', nn: 'Legg til rad' },
  removeRow: { nb: 'Fjern rad', nn: 'Fjern rad' },
  row: { nb: 'Rad', nn: 'Rad' },
  sum: { nb: 'Sum', nn: 'Sum' },
  actions: { nb: 'Handlinger', nn: 'Handlingar' },
  add: { nb: 'Legg til', nn: 'Legg til' },
  remove: { nb: 'Fjern', nn: 'Fjern' },
  choose: { nb: 'Velg', nn: 'Vel' },
  yes: { nb: 'Ja', nn: 'Ja' },
  no: { nb: 'Nei', nn: 'Nei' },
  checksumOk: { nb: 'Kontrollsifferet stemmer', nn: 'Kontrollsifferet stemmer' },
  orgnrPrefixBad: {
    nb: 'Organisasjonsnummeret må begynne med 8 eller 9, slik Enhetsregisteret tildeler dem',
    nn: 'Organisasjonsnummeret må byrje med 8 eller 9, slik Einingsregisteret tildeler dei',
  },
  orgnrChecksumBad: {
    nb: 'Kontrollsifferet stemmer ikke: sjekk at alle ni sifrene er riktige',
    nn: 'Kontrollsifferet stemmer ikkje: sjekk at alle ni sifra er rette',
  },
  accountChecksumBad: {
    nb: 'Kontrollsifferet stemmer ikke: sjekk at alle elleve sifrene er riktige',
    nn: 'Kontrollsifferet stemmer ikkje: sjekk at alle elleve sifra er rette',
  },
  digitsLeft: { nb: 'siffer igjen', nn: 'siffer att' },
  tooManyDigits: { nb: 'For mange siffer', nn: 'For mange siffer' },
  summary: { nb: 'Oppsummering', nn: 'Oppsummering' },
  notAnswered: { nb: 'Ikke fylt ut', nn: 'Ikkje fylt ut' },
  noErrors: { nb: 'Ingen feil funnet. Du kan sende inn.', nn: 'Ingen feil funne. Du kan sende inn.' },
  rows: { nb: 'rader', nn: 'rader' },
  optional: { nb: 'valgfritt', nn: 'valfritt' },
  chooseOption: { nb: 'Velg et av alternativene', nn: 'Vel eitt av alternativa' },
  dateFormat: {
    nb: 'Skriv datoen som dd.mm.åååå, for eksempel 24.01.2025',
    nn: 'Skriv datoen som dd.mm.åååå, til dømes 24.01.2025',
  },
  wholeNumber: { nb: 'Skriv et helt tall', nn: 'Skriv eit heilt tal' },
  wholeKroner: { nb: 'Skriv et helt beløp i kroner', nn: 'Skriv eit heilt beløp i kroner' },
  errorCount: { nb: 'feil', nn: 'feil' },
} satisfies Record<string, Record<Language, string>>;

export type TextKey = keyof typeof TEXTS;

export function uiText(key: TextKey, language: Language): string {
  return TEXTS[key][language];
}
