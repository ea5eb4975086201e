import { formatNok, MONTH_NAMES, osloDate } from '@sosialtilskudd/domain';

/** 2025-03-15 → "15. mars 2025", with no-break spaces so a date never splits over two lines. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day}.\u00a0${MONTH_NAMES[(month ?? 1) - 1]}\u00a0${year}`;
}

/** An en dash between two dates, as Norwegian typesetting writes ranges. */
export function formatPeriod(from: string, to: string): string {
  return `${formatDate(from)} – ${formatDate(to)}`;
}

/** 974541254 → "974 541 254", grouped as Brønnøysundregistrene prints it; no-break spaces keep it on one line. */
export function formatOrganisationNumber(orgnr: string): string {
  return orgnr.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1\u00a0$2\u00a0$3');
}

/** ["§ 5", "§ 8", "§ 10"] → "§ 5, § 8 og § 10"; the section signs keep their no-break space. */
export function joinSections(sections: readonly string[]): string {
  const bound = sections.map((s) => s.replace(' ', '\u00a0'));
  return bound.length < 2 ? bound.join('') : `${bound.slice(0, -1).join(', ')} og ${bound.at(-1)}`;
}

/** 1125000 → "1 125 000 kr": the domain's grouping, with a no-break space so "kr" never starts a line. */
export function formatAmount(amount: number): string {
  return formatNok(amount).replace(/ kr$/, '\u00a0kr');
}

const OSLO_TIME = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as Oslo's date and time: "25. januar 2025 kl. 10.15". */
export function formatInstant(instant: string): string {
  const date = new Date(instant);
  return `${formatDate(osloDate(date))} kl.\u00a0${OSLO_TIME.format(date).replace(':', '.')}`;
}
