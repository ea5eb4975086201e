import { describe, expect, it } from 'vitest';
import { principalFromClaims } from '../src/auth/claims.js';

const none = { organisationNumber: null, municipalityNumber: null, countyOfficeId: null };

describe('roles from token claims', () => {
  it.each([
    [
      'our own claims: the Nav office head',
      { sub: 's', name: 'Ingrid', role: 'nav-office-head', organisationNumber: '974541254' },
      { role: 'nav-office-head', organisationNumber: '974541254' },
    ],
    [
      'our own claims: the chief executive, by municipality number',
      { sub: 's', name: 'Ola', role: 'municipal-executive', municipalityNumber: '3407' },
      { role: 'municipal-executive', municipalityNumber: '3407' },
    ],
    [
      'Entra ID app role nav-office-head:<orgnr>',
      { sub: 's', ver: '2.0', tid: 't', name: 'Ingrid', roles: ['nav-office-head:974541254', 'Annet.Les'] },
      { role: 'nav-office-head', organisationNumber: '974541254' },
    ],
    [
      'Entra ID app role municipal-executive:<kommunenummer>',
      { sub: 's', ver: '2.0', tid: 't', name: 'Ola', roles: ['municipal-executive:3407'] },
      { role: 'municipal-executive', municipalityNumber: '3407' },
    ],
    [
      'Ansattporten: the Altinn resource for Nav office heads',
      {
        sub: 's',
        pid: '1',
        authorization_details: [
          { resource: 'urn:altinn:resource:tilskudd-nav-office-head', reportees: [{ ID: '0192:974541254' }] },
        ],
      },
      { role: 'nav-office-head', organisationNumber: '974541254' },
    ],
    [
      'Ansattporten: any other resource is the office’s staff',
      {
        sub: 's',
        pid: '1',
        authorization_details: [
          { resource: 'urn:altinn:resource:tilskudd', reportees: [{ ID: '0192:974541254' }] },
        ],
      },
      { role: 'nav-office', organisationNumber: '974541254' },
    ],
  ])('%s', (_name, claims, expected) => {
    expect(principalFromClaims(claims)).toMatchObject({ ...none, ...expected });
  });

  it.each([
    [
      'a chief executive named by organisation number',
      { sub: 's', role: 'municipal-executive', organisationNumber: '974541254' },
    ],
    [
      'an Entra ID chief executive without a municipality',
      { sub: 's', ver: '2.0', tid: 't', roles: ['municipal-executive'] },
    ],
    [
      'a Nav office head with a municipality instead of an office',
      { sub: 's', role: 'nav-office-head', municipalityNumber: '3407' },
    ],
  ])('gives no access to %s', (_name, claims) => {
    expect(principalFromClaims(claims)).toBeUndefined();
  });
});
