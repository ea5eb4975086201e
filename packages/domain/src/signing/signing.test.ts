import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SIGNERS, exampleAcceptance, exampleApplication } from '../examples.js';
import { loadGoldenFixtures, loadMigrationFixtures } from '../fixtures/index.js';
import { migrateDocument } from '../migrations/index.js';
import { canonicalJson, documentDigest } from './digest.js';
import { addSignature } from './sign.js';
import { isSignedDocumentType, verifySignatures } from './verify.js';

describe('canonical JSON (RFC 8785)', () => {
  it('gives the RFC’s own example byte for byte (section 3.2.2)', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts keys by UTF-16 code units, as the RFC says (not by locale)', () => {
    expect(canonicalJson({ b: 1, å: 2, a: 3, Z: 4, '\u20ac': 5, '\ud83d\ude00': 6 })).toBe(
      '{"Z":4,"a":3,"b":1,"å":2,"€":5,"😀":6}',
    );
  });
});

describe('documentDigest', () => {
  const draft = exampleApplication();

  it('is the same whatever the key order, and leaves out signatures and submittedAt', () => {
    const reordered = Object.fromEntries(Object.entries(draft).reverse());
    const { signatures: _s, submittedAt: _t, ...content } = draft;
    expect(documentDigest(reordered)).toBe(documentDigest(draft));
    expect(documentDigest(content)).toBe(documentDigest(draft));
    expect(documentDigest(draft)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any change to the content, a space in a text or an attachment’s checksum', () => {
    const changed = { ...draft, measure: { ...draft.measure, name: `${draft.measure.name} ` } };
    expect(documentDigest(changed)).not.toBe(documentDigest(draft));
  });
});

describe('verifySignatures', () => {
  const { signatures: _s, ...unsigned } = exampleApplication();
  const at = '2025-02-01T08:00:00Z';

  it('names who is missing until both § 7 signers have signed', () => {
    const once = addSignature(unsigned, EXAMPLE_SIGNERS.navOfficeHead, at);
    const first = verifySignatures(once);
    expect(first.complete).toBe(false);
    expect(first.required.map((r) => [r.roles, r.signature?.state])).toEqual([
      [['nav-office-head'], 'valid'],
      [['municipal-executive'], undefined],
    ]);
    const twice = verifySignatures(addSignature(once, EXAMPLE_SIGNERS.municipalExecutive, at));
    expect(twice.complete).toBe(true);
    expect(twice.signatures.map((c) => c.state)).toEqual(['valid', 'valid']);
  });

  it('reports a signature whose document changed afterwards, and does not count it', () => {
    const signed = addSignature(
      addSignature(unsigned, EXAMPLE_SIGNERS.navOfficeHead, at),
      EXAMPLE_SIGNERS.municipalExecutive,
      at,
    );
    const edited = {
      ...signed,
      budget: { ...signed.budget, competenceFunds: signed.budget.competenceFunds + 1 },
    };
    const result = verifySignatures(edited);
    expect(result.signatures.map((c) => c.state)).toEqual(['document-changed', 'document-changed']);
    expect(result.complete).toBe(false);
    expect(result.digest).toBe(documentDigest(edited));
  });

  it('an acceptance needs the chief executive; a Nav office head’s signature does not do', () => {
    const { signatures: _a, ...acceptance } = exampleAcceptance();
    expect(verifySignatures(addSignature(acceptance, EXAMPLE_SIGNERS.navOfficeHead, at)).complete).toBe(
      false,
    );
    expect(verifySignatures(addSignature(acceptance, EXAMPLE_SIGNERS.municipalExecutive, at)).complete).toBe(
      true,
    );
  });

  it('a name typed into version 1 is kept by the migration but is not verifiable', () => {
    const v1 = loadMigrationFixtures(1).find((f) => f.name === 'application-2025');
    const migrated = migrateDocument(v1?.document, 2);
    if (!migrated.ok) throw new Error(JSON.stringify(migrated.issues));
    const result = verifySignatures(migrated.document as { documentType: string });
    expect(result.signatures.map((c) => [c.signature.role, c.state])).toEqual([
      ['nav-office-head', 'not-verifiable'],
      ['municipal-executive', 'not-verifiable'],
    ]);
    expect(result.complete).toBe(false);
  });

  it('every signature in the golden fixtures’ valid documents written whole holds for the document it is in', () => {
    // A case derived from another by a patch changes the content its base's signatures were given for: those
    // are void, as verify says; no rule judges a checksum, so the case stays valid for the rules it shows.
    const whole = (name: string) =>
      'document' in
      JSON.parse(readFileSync(new URL(`../../fixtures/valid/${name}.json`, import.meta.url), 'utf8'));
    const signedDocuments = loadGoldenFixtures()
      .valid.filter((c) => whole(c.name))
      .flatMap((c) =>
        [c.document, ...Object.values(c.context ?? {})].filter(
          (d): d is { documentType: string; signatures: unknown[] } =>
            typeof d === 'object' &&
            d !== null &&
            isSignedDocumentType(String((d as { documentType?: unknown }).documentType)),
        ),
      );
    expect(signedDocuments.length).toBeGreaterThan(15);
    for (const doc of signedDocuments)
      for (const check of verifySignatures(doc as never).signatures) expect(check.state).toBe('valid');
  });
});
