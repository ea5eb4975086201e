import type { Schemas } from '@sosialtilskudd/api-client';

export type Measure = Schemas['RegisterMeasure'];

/** What the register page shows: the search words and the filters, kept in the address so a view can be shared. */
export interface RegisterView {
  q: string;
  authority: string;
  year: string;
  status: string;
}

const KEYS = ['q', 'authority', 'year', 'status'] as const;

export const viewOf = (search: string): RegisterView => {
  const params = new URLSearchParams(search);
  return Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as unknown as RegisterView;
};

export const searchOf = (view: RegisterView): string => {
  const params = new URLSearchParams(KEYS.flatMap((k) => (view[k] ? [[k, view[k]]] : [])));
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** The authority a measure is filed under in the filter: the county office's id, or «directorate». */
export const authorityOf = (m: Measure) =>
  m.authority.kind === 'county-office' ? m.authority.countyOfficeId : 'directorate';

/** Every word of the search must be found in the measure's name, office or municipalities, in any case. */
function matches(m: Measure, q: string): boolean {
  const haystack = [m.measure, m.navOffice.name, ...m.municipalities.map((k) => k.name)]
    .join(' ')
    .toLocaleLowerCase('nb');
  return q
    .toLocaleLowerCase('nb')
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

export function filterMeasures(measures: readonly Measure[], view: RegisterView): Measure[] {
  return measures.filter(
    (m) =>
      matches(m, view.q) &&
      (!view.authority || authorityOf(m) === view.authority) &&
      (!view.year || m.years.includes(Number(view.year))) &&
      (!view.status || m.status === view.status),
  );
}

/** The years any measure had a grant, newest first, for the year filter. */
export const yearsOf = (measures: readonly Measure[]): number[] =>
  [...new Set(measures.flatMap((m) => m.years))].sort((a, b) => b - a);
