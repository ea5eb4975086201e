import type { Language } from '../validation/issue.js';

/**
 * Help texts the schemas write for developers (who need to know the check is MOD11), and what a person filling
 * in the form reads instead, keyed by the schema's bokmål text like the nynorsk table.
 */
export const PEOPLE_TEXTS: Record<string, Record<Language, string>> = {
  'Ni sifre som begynner med 8 eller 9, med gyldig kontrollsiffer (MOD11)': {
    nb: 'Ni sifre, som i Enhetsregisteret',
    nn: 'Ni siffer, som i Einingsregisteret',
  },
  'Elleve sifre uten punktum eller mellomrom, med gyldig kontrollsiffer (MOD11)': {
    nb: 'Elleve sifre; du kan skrive dem med punktum eller mellomrom',
    nn: 'Elleve siffer; du kan skrive dei med punktum eller mellomrom',
  },
  'Utlysningen fjorårets tilskudd ble gitt under, for eksempel utvikling-sosiale-tjenester-2023': {
    nb: 'Utlysningen fjorårets tilskudd ble gitt under',
    nn: 'Utlysinga tilskotet i fjor vart gitt under',
  },
};
