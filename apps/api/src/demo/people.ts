import { type CountyOfficeId, EXAMPLE_NAV_OFFICE, type NavOffice } from '@sosialtilskudd/domain';
import type { Principal } from '../auth/principal.js';
import type { NavOfficeRow } from '../repository/nav-offices.js';

/**
 * Demo Nav offices. Nav Gjøvik is the domain's example office; the other two have made-up organisation and
 * account numbers with valid check digits (they are not the real offices' numbers).
 */
export const DEMO_NAV_OFFICES: readonly (NavOfficeRow & { office: NavOffice })[] = [
  {
    organisationNumber: EXAMPLE_NAV_OFFICE.organisationNumber,
    name: EXAMPLE_NAV_OFFICE.name,
    municipalities: EXAMPLE_NAV_OFFICE.municipalities,
    countyOfficeId: 'innlandet',
    office: EXAMPLE_NAV_OFFICE,
  },
  {
    organisationNumber: '974760525',
    name: 'Nav Frogner',
    municipalities: ['0301'],
    countyOfficeId: 'ostfold-buskerud-oslo-akershus',
    office: {
      name: 'Nav Frogner',
      address: { street: 'Sørkedalsveien 6', postalCode: '0369', city: 'Oslo' },
      organisationNumber: '974760525',
      accountNumber: '15031122330',
      municipalities: ['0301'],
      contactPerson: {
        name: 'Jonas Lie',
        role: 'Fagleder',
        email: 'jonas.lie@nav.no',
        phone: '+47 21 07 00 00',
      },
    },
  },
  {
    organisationNumber: '887620032',
    name: 'Nav Midt-Telemark',
    municipalities: ['4020'],
    countyOfficeId: 'vestfold-og-telemark',
    // Midt-Telemark writes nynorsk, so notices to this office are in nynorsk.
    writtenStandard: 'nn',
    office: {
      name: 'Nav Midt-Telemark',
      address: { street: 'Bøgata 67', postalCode: '3800', city: 'Bø i Telemark' },
      organisationNumber: '887620032',
      accountNumber: '16074455666',
      municipalities: ['4020'],
      contactPerson: {
        name: 'Sigrid Undset',
        role: 'Nav-leder',
        email: 'sigrid.undset@nav.no',
        phone: '+47 35 95 00 00',
      },
    },
  },
];

const navUser = (id: string, name: string, organisationNumber: string): [string, Principal] => [
  id,
  { sub: `dev:${id}`, name, role: 'nav-office', organisationNumber, countyOfficeId: null },
];

/** The county offices' demo caseworkers: each case is handled by the caseworker of its own county office. */
export const DEMO_CASEWORKERS: ReadonlyMap<CountyOfficeId, { userId: string; name: string; office: string }> =
  new Map([
    ['innlandet', { userId: 'sf-innlandet', name: 'Per Olsen', office: 'Statsforvalteren i Innlandet' }],
    [
      'ostfold-buskerud-oslo-akershus',
      {
        userId: 'sf-oslo',
        name: 'Aud Berg',
        office: 'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus',
      },
    ],
    [
      'vestfold-og-telemark',
      { userId: 'sf-vestfold-telemark', name: 'Liv Dahl', office: 'Statsforvalteren i Vestfold og Telemark' },
    ],
  ]);

const caseworkers = [...DEMO_CASEWORKERS].map(([countyOfficeId, c]): [string, Principal] => [
  c.userId,
  {
    sub: `dev:${c.userId}`,
    name: `${c.name} (${c.office})`,
    role: 'county-caseworker',
    organisationNumber: null,
    countyOfficeId,
  },
]);

/** Who the development login can issue tokens for. */
export const DEMO_USERS: ReadonlyMap<string, Principal> = new Map([
  navUser('nav-gjovik', 'Kari Nordmann (Nav Gjøvik)', '974541254'),
  navUser('nav-frogner', 'Jonas Lie (Nav Frogner)', '974760525'),
  navUser('nav-midt-telemark', 'Sigrid Undset (Nav Midt-Telemark)', '887620032'),
  ...caseworkers,
  [
    'avdir',
    {
      sub: 'dev:avdir',
      name: 'Eva Moe (Arbeids- og velferdsdirektoratet)',
      role: 'directorate',
      organisationNumber: null,
      countyOfficeId: null,
    },
  ],
]);
