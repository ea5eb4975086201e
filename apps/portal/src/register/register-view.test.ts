import { describe, expect, it } from 'vitest';
import { filterMeasures, type Measure, searchOf, viewOf, yearsOf } from './register-view.js';

const measure = (over: Partial<Measure>): Measure => ({
  id: 'x',
  measure: 'Trygg bolig – ung start',
  navOffice: { name: 'Nav Gjøvik', organisationNumber: '974541254' },
  municipalities: [{ number: '3407', name: 'Gjøvik' }],
  authority: { kind: 'county-office', countyOfficeId: 'innlandet' },
  authorityName: 'Statsforvalteren i Innlandet',
  years: [2024, 2025],
  grants: [],
  grantedAmount: 1,
  priorityAreas: [],
  status: 'running',
  finalReportSummary: null,
  ...over,
});

const trygg = measure({});
const losen = measure({
  id: 'y',
  measure: 'Losen',
  navOffice: { name: 'Nav Frogner', organisationNumber: '1' },
  municipalities: [{ number: '0301', name: 'Oslo' }],
  authority: { kind: 'directorate' },
  authorityName: 'Arbeids- og velferdsdirektoratet',
  years: [2023],
  status: 'finished',
});

describe('the register page’s search and filters', () => {
  const view = (over: Partial<ReturnType<typeof viewOf>>) => ({ ...viewOf(''), ...over });

  it('finds every word in the name, office or municipality, whatever the case', () => {
    expect(filterMeasures([trygg, losen], view({ q: 'BOLIG gjøvik' }))).toEqual([trygg]);
    expect(filterMeasures([trygg, losen], view({ q: 'oslo' }))).toEqual([losen]);
    expect(filterMeasures([trygg, losen], view({ q: 'bolig oslo' }))).toEqual([]);
  });

  it('filters by authority, by a year the measure had a grant, and by status', () => {
    expect(filterMeasures([trygg, losen], view({ authority: 'directorate' }))).toEqual([losen]);
    expect(filterMeasures([trygg, losen], view({ year: '2024' }))).toEqual([trygg]);
    expect(filterMeasures([trygg, losen], view({ status: 'finished' }))).toEqual([losen]);
    expect(yearsOf([trygg, losen])).toEqual([2025, 2024, 2023]);
  });

  it('keeps the view in the address, without empty parameters', () => {
    expect(searchOf(view({ q: 'ung start', year: '2025' }))).toBe('?q=ung+start&year=2025');
    expect(viewOf('?q=ung+start&year=2025')).toEqual(view({ q: 'ung start', year: '2025' }));
    expect(searchOf(view({}))).toBe('');
  });
});
