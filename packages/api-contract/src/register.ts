import { Authority, PRIORITY_AREA_IDS } from '@sosialtilskudd/domain';
import { z } from 'zod';

/**
 * The public register of measures (seed 003: the list of all running projects). Organisations and amounts
 * only: never a person, a caseworker, a draft or a case that was not granted.
 */
export const RegisterGrant = z
  .object({
    year: z.int().meta({ description: 'Tilskuddsåret (utlysningens år)' }),
    caseNumber: z
      .string()
      .nullable()
      .meta({ description: 'Statsforvalterens eller direktoratets saksnummer' }),
    amount: z.int().min(0).meta({ description: 'Innvilget tilskudd i hele kroner' }),
    decidedOn: z.iso.date().meta({ description: 'Datoen tilskuddet ble innvilget' }),
  })
  .meta({ id: 'RegisterGrant', title: 'Ett års tilskudd til tiltaket' });

export const RegisterMeasure = z
  .object({
    id: z.string().meta({ description: 'Fast id for tiltaket i registeret: id-en til det første årets sak' }),
    measure: z.string().meta({ description: 'Tiltakets navn' }),
    navOffice: z.object({ name: z.string(), organisationNumber: z.string() }),
    municipalities: z
      .array(z.object({ number: z.string(), name: z.string() }))
      .meta({ description: 'Kommunene tiltaket gjelder, etter SSBs klassifikasjon det siste tilskuddsåret' }),
    authority: Authority.meta({
      description: 'Statsforvalteren, eller direktoratet for nasjonale forsøk, som ga tilskuddet',
    }),
    authorityName: z.string().meta({ description: 'Myndighetens navn det siste tilskuddsåret (bokmål)' }),
    years: z.array(z.int()).meta({ description: 'Årene tiltaket har fått tilskudd, eldste først' }),
    grants: z.array(RegisterGrant),
    grantedAmount: z.int().min(0).meta({ description: 'Sum innvilget over alle årene, i hele kroner' }),
    priorityAreas: z.array(z.enum(PRIORITY_AREA_IDS)).meta({
      description: 'Utlysningens prioriterte områder tiltaket svarer på, slik siste søknad oppga dem',
    }),
    status: z.enum(['running', 'finished']).meta({
      description: '«finished» når sluttrapporten er kommet eller saken er avsluttet; ellers «running»',
    }),
    finalReportSummary: z
      .string()
      .nullable()
      .meta({ description: 'Sammendraget i sluttrapporten, når den er kommet' }),
  })
  .meta({ id: 'RegisterMeasure', title: 'Tiltak i det offentlige registeret' });

export const Register = z
  .object({ items: z.array(RegisterMeasure) })
  .meta({ id: 'Register', title: 'Det offentlige registeret over tiltak' });

/** A 360Giving data package (standard 1.4); validated against the standard's own schema in the API's tests. */
export const ThreeSixtyGivingPackage = z
  .object({ grants: z.array(z.record(z.string(), z.unknown())) })
  .catchall(z.unknown())
  .meta({
    id: 'ThreeSixtyGivingPackage',
    description:
      'En 360Giving-pakke (https://standard.threesixtygiving.org, versjon 1.4): ett tilskudd per år per tiltak',
  });
