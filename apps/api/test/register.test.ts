import { readFileSync } from 'node:fs';
import { EXAMPLE_NAV_OFFICE, exampleApplication, PRIORITY_AREAS } from '@sosialtilskudd/domain';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { finalReportFor } from '../src/demo/documents.js';
import { walkCase } from '../src/demo/walk.js';
import { callOf, startTestApi, type TestApi, walkersFor } from './harness.js';

const call2024 = callOf('utvikling-sosiale-tjenester-2024');
const call2025 = callOf('utvikling-sosiale-tjenester-2025');
const applicationFor2025 = exampleApplication(call2025);
const INJECTION = '=1+1 «sitat» "med" komma, og linje';

let api: TestApi;
let measures: { first: { id: string; caseNumber: string | null }; second: { id: string } };
beforeAll(async () => {
  api = await startTestApi();
  const w = await walkersFor(api);
  const facts = (call: typeof call2024, applicationId: string, measureName: string) => ({
    call,
    office: EXAMPLE_NAV_OFFICE,
    countyOfficeId: 'innlandet' as const,
    applicationId,
    measureName,
  });
  // Year one and two of one measure; the second year ends with its final report.
  const first = await walkCase(w, facts(call2024, 'trygg-2024', 'Trygg bolig – ung start'), 'reported');
  const continues = { caseNumber: first.caseNumber ?? '', callId: call2024.id };
  const year2 = { ...facts(call2025, 'trygg-2025', 'Trygg bolig – ung start'), continues };
  const second = await walkCase(w, year2, 'reported');
  api.setClock('2026-01-30T14:00:00+01:00'); // the day the example final report is signed
  await w.office.POST('/v1/applications/{applicationId}/final-report', {
    params: { path: { applicationId: second.id } },
    body: finalReportFor({ ...year2, caseNumber: second.caseNumber ?? '' }),
  });
  // A granted measure whose name a spreadsheet would run as a formula; and cases the register never shows.
  await walkCase(w, facts(call2025, 'formel', INJECTION), 'granted');
  await walkCase(w, facts(call2025, 'avslag', 'Avslått tiltak'), 'rejected');
  await walkCase(w, facts(call2025, 'innsendt', 'Innsendt tiltak'), 'submitted');
  await walkCase(w, facts(call2025, 'utkast', 'Utkast til tiltak'), 'draft');
  measures = { first, second };
});
afterAll(() => api.close());
afterEach(() => expect(api.violations).toEqual([]));

const get = (path: string) => fetch(`${api.baseUrl}${path}`);

describe('the public register (seed 003: the list of all running projects)', () => {
  it('lists granted measures to anyone, each with its years joined, and nothing else', async () => {
    const answer = await get('/v1/register');
    expect(answer.status).toBe(200);
    const { items } = (await answer.json()) as { items: Record<string, unknown>[] };
    expect(items.map((m) => m.measure)).toEqual([INJECTION, 'Trygg bolig – ung start']);
    const trygg = items[1] as Record<string, unknown>;
    expect(trygg).toMatchObject({
      id: measures.first.id,
      navOffice: { name: 'Nav Gjøvik', organisationNumber: EXAMPLE_NAV_OFFICE.organisationNumber },
      authority: { kind: 'county-office', countyOfficeId: 'innlandet' },
      authorityName: 'Statsforvalteren i Innlandet',
      years: [2024, 2025],
      status: 'finished',
    });
    const grants = trygg.grants as { year: number; amount: number; caseNumber: string }[];
    expect(grants.map((g) => g.year)).toEqual([2024, 2025]);
    expect(grants[0]?.caseNumber).toBe(measures.first.caseNumber);
    expect(trygg.grantedAmount).toBe(grants.reduce((s, g) => s + g.amount, 0));
    expect(trygg.grantedAmount).toBeGreaterThan(0);
    expect(trygg.finalReportSummary).toEqual(expect.stringMatching(/\S/));
    expect(items[0]).toMatchObject({ years: [2025], status: 'running', finalReportSummary: null });
  });

  it('holds no person: no contact person, signer or caseworker, and no internal case state', async () => {
    const text = await (await get('/v1/register')).text();
    for (const person of ['Kari Nordmann', 'Ola Hansen', 'Ingrid Berg', 'Per Olsen', '@'])
      expect(text).not.toContain(person);
    for (const hidden of ['Avslått tiltak', 'Innsendt tiltak', 'Utkast til tiltak'])
      expect(text).not.toContain(hidden);
  });

  it('is a CSV a spreadsheet opens: BOM, header, quoted fields, and no formula run from a name', async () => {
    const answer = await get('/v1/register.csv');
    expect(answer.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await answer.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toBe(
      'Tiltak,Nav-kontor,Organisasjonsnummer,Kommuner,Tilskuddsgiver,År,Innvilget (kr),Prioriterte områder,Status,Sammendrag i sluttrapporten',
    );
    expect(lines[1]?.startsWith(`"'=1+1 «sitat» ""med"" komma, og linje",Nav Gjøvik,`)).toBe(true);
    expect(lines[2]).toContain(',2024; 2025,2120000,');
    expect(lines[2]).toContain(',Avsluttet,');
    // The priority areas by their names, as the latest year's application gave them.
    const areas = applicationFor2025.priorityAreas.map((a) => PRIORITY_AREAS[a]).join('; ');
    expect(lines[2]).toContain(areas.includes(',') ? `"${areas}"` : areas);
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(4);
  });

  it('is a 360Giving file that validates against the standard’s own schema, one grant per year', async () => {
    const answer = await get('/v1/register/360giving.json');
    const data = (await answer.json()) as { grants: Record<string, unknown>[] };
    const dir = new URL('./fixtures/360giving/', import.meta.url);
    const schema = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
    const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true });
    addFormats.default(ajv);
    const grant = schema('360-giving-schema.json');
    // The package schema of 1.4.3 refers to the grant schema by its 1.4.2 address.
    ajv.addSchema(
      grant,
      'https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json',
    );
    const validate = ajv.compile(schema('360-giving-package-schema.json'));
    expect(validate(data) ? [] : validate.errors).toEqual([]);
    expect(data.grants).toHaveLength(3);
    const ids = data.grants.map((g) => g.id);
    expect(ids).toContain(`360G-sosialtilskudd-${measures.second.id}`);
    expect(data.grants.every((g) => g.currency === 'NOK')).toBe(true);

    // The standard's schema does refuse what it should: the check above can fail.
    expect(validate({ grants: [{ ...data.grants[0], currency: 'kroner' }] })).toBe(false);
  });
});
