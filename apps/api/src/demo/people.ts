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

type Office = Pick<Principal, 'organisationNumber'>;

interface CountyStaff {
  userId: string;
  name: string;
  office: string;
  /** The second person who approves the caseworker's decisions and payments (totrinnskontroll). */
  approver: { userId: string; name: string };
}

/** The county offices' demo caseworkers and approvers: each case is handled by its own county office's. */
export const DEMO_CASEWORKERS: ReadonlyMap<CountyOfficeId, CountyStaff> = new Map([
  [
    'innlandet',
    {
      userId: 'sf-innlandet',
      name: 'Per Olsen',
      office: 'Statsforvalteren i Innlandet',
      approver: { userId: 'sf-innlandet-godkjenner', name: 'Astrid Holm' },
    },
  ],
  [
    'ostfold-buskerud-oslo-akershus',
    {
      userId: 'sf-oslo',
      name: 'Aud Berg',
      office: 'Statsforvalteren i Østfold, Buskerud, Oslo og Akershus',
      approver: { userId: 'sf-oslo-godkjenner', name: 'Knut Hamsun' },
    },
  ],
  [
    'vestfold-og-telemark',
    {
      userId: 'sf-vestfold-telemark',
      name: 'Liv Dahl',
      office: 'Statsforvalteren i Vestfold og Telemark',
      approver: { userId: 'sf-vestfold-telemark-godkjenner', name: 'Halldis Moren Vesaas' },
    },
  ],
]);

const person = (
  id: string,
  name: string,
  role: Principal['role'],
  actsFor: Partial<Pick<Principal, 'organisationNumber' | 'municipalityNumber' | 'countyOfficeId'>> = {},
): [string, Principal] => [
  id,
  {
    sub: `dev:${id}`,
    name,
    role,
    organisationNumber: null,
    municipalityNumber: null,
    countyOfficeId: null,
    ...actsFor,
  },
];

const GJOVIK: Office = { organisationNumber: '974541254' };
const FROGNER: Office = { organisationNumber: '974760525' };
const MIDT_TELEMARK: Office = { organisationNumber: '887620032' };

/**
 * Who the development login can issue tokens for: each applicant role (staff, Nav office head, chief
 * executive) in the three demo offices, with two staff members in Gjøvik who can edit one draft together; a
 * caseworker and an approver in three county offices; two people at the directorate, so one can approve what the
 * other proposes for a national trial.
 */
export const DEMO_USERS: ReadonlyMap<string, Principal> = new Map([
  person('nav-gjovik', 'Kari Nordmann (Nav Gjøvik)', 'nav-office', GJOVIK),
  person('nav-gjovik-2', 'Ali Hassan (Nav Gjøvik)', 'nav-office', GJOVIK),
  person('nav-gjovik-leder', 'Ingrid Berg (Nav-leder, Nav Gjøvik)', 'nav-office-head', GJOVIK),
  person('gjovik-kommunedirektor', 'Ola Hansen (kommunedirektør, Gjøvik kommune)', 'municipal-executive', {
    municipalityNumber: '3407',
  }),
  person('nav-frogner', 'Jonas Lie (Nav Frogner)', 'nav-office', FROGNER),
  person('nav-frogner-leder', 'Camilla Collett (Nav-leder, Nav Frogner)', 'nav-office-head', FROGNER),
  person('oslo-kommunedirektor', 'Henrik Wergeland (kommunedirektør, Oslo kommune)', 'municipal-executive', {
    municipalityNumber: '0301',
  }),
  person('nav-midt-telemark', 'Sigrid Undset (Nav Midt-Telemark)', 'nav-office', MIDT_TELEMARK),
  person(
    'nav-midt-telemark-leder',
    'Aasmund Vinje (Nav-leder, Nav Midt-Telemark)',
    'nav-office-head',
    MIDT_TELEMARK,
  ),
  person(
    'midt-telemark-kommunedirektor',
    'Olav Duun (kommunedirektør, Midt-Telemark kommune)',
    'municipal-executive',
    { municipalityNumber: '4020' },
  ),
  ...[...DEMO_CASEWORKERS].flatMap(([countyOfficeId, c]) => [
    person(c.userId, `${c.name} (${c.office})`, 'county-caseworker', { countyOfficeId }),
    person(c.approver.userId, `${c.approver.name} (godkjenner, ${c.office})`, 'county-approver', {
      countyOfficeId,
    }),
  ]),
  person('avdir', 'Eva Moe (Arbeids- og velferdsdirektoratet)', 'directorate'),
  person('avdir-2', 'Arne Garborg (Arbeids- og velferdsdirektoratet)', 'directorate'),
]);
