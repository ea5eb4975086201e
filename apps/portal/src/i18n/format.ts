import type { Language } from './language.js';

const locale = (language: Language) => (language === 'nn' ? 'nn-NO' : 'nb-NO');
const ZONE = 'Europe/Oslo';

/** Whole kroner with the Norwegian thousands separator: «1 125 000 kr». */
export function formatNok(amount: number, language: Language): string {
  return `${new Intl.NumberFormat(locale(language), { maximumFractionDigits: 0 }).format(amount)} kr`;
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 0 }).format(value);
}

/** A calendar date (YYYY-MM-DD) as «1. februar 2025»; it is a date, so no time zone shifts it. */
export function formatDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** An instant in Oslo time: «25. januar 2025 kl. 10:15». */
export function formatDateTime(instant: string, language: Language): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const day = new Intl.DateTimeFormat(locale(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: ZONE,
  }).format(date);
  const time = new Intl.DateTimeFormat(locale(language), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ZONE,
  }).format(date);
  return `${day} kl. ${time}`;
}

export function formatTime(instant: Date, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: ZONE,
  }).format(instant);
}

/** YYYY-MM-DD plus whole days. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
