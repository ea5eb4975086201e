import { findCall } from '../calls/data.js';
import type { RepaymentClaim, RepaymentClaimV1 } from '../documents/repayment-claim.js';
import { namesScheme, SCHEMES } from '../reference/schemes.js';
import type { Migration } from './migration.js';

/**
 * 1 → 2: the § 10 reference becomes { chapter, post, scheme }. Chapter and post are read from the old text
 * («kap. 0621 post 63 …»); where the text lacks them, the scheme's own chapter and post are used — the
 * same ones version 1's rule required the text to quote; the scheme's name likewise.
 */
export const repaymentClaimV1ToV2: Migration<RepaymentClaimV1, RepaymentClaim> = {
  documentType: 'repayment-claim',
  from: 1,
  to: 2,
  migrate(doc) {
    const text = doc.payTo.reference;
    const call = findCall(doc.case.callId);
    const scheme = call ? SCHEMES[call.schemeId] : undefined;
    const chapter = /kap(?:ittel|\.)?\s*(\d{4})\b/i.exec(text)?.[1] ?? scheme?.budgetChapter;
    const post = /\bpost\s*(\d{2})\b/i.exec(text)?.[1] ?? scheme?.budgetPost;
    if (!chapter || !post)
      return {
        ok: false,
        issues: [
          {
            code: 'MIGRATION_FAILED',
            path: '/payTo/reference',
            message: `Referanse: «${text}» oppgir ikke kapittel og post, og ordningen har ingen å falle tilbake på; fyll inn payTo.reference for hånd`,
            messageNn: `Referanse: «${text}» oppgir ikkje kapittel og post, og ordninga har ingen å falle tilbake på; fyll inn payTo.reference for hand`,
            source: 'migrering 1 → 2',
          },
        ],
      };
    const schemeName = text
      .replace(/kap(?:ittel|\.)?\s*\d{4}\b/i, '')
      .replace(/\bpost\s*\d{2}\b/i, '')
      .replace(/^[\s,.:–-]+|[\s,.:–-]+$/g, '');
    return {
      ok: true,
      document: {
        ...doc,
        schemaVersion: 2,
        payTo: {
          recipient: doc.payTo.recipient,
          accountNumber: doc.payTo.accountNumber,
          // The scheme's own name where the text does not name it, as for chapter and post.
          reference: {
            chapter,
            post,
            scheme: scheme && !namesScheme(schemeName, scheme) ? scheme.title : schemeName || text,
          },
        },
      },
    };
  },
};
