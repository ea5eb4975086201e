import { z } from 'zod';
import type { ProblemStatus } from '../operation.js';

/** Parameters and headers several operations share. */

/** A server id in a path: compared in lower case, as the server writes them. */
export const idParam = z.uuid().max(36).toLowerCase().meta({ description: 'Tjenerens id for ressursen' });
export const applicationPath = z.object({ applicationId: idParam });
export const callPath = z.object({ callId: z.string().max(64) });

export const etagHeader = z.object({ ETag: z.string().meta({ description: 'Versjonen av utkastet' }) });
export const replayedHeader = z.object({
  'Idempotency-Replayed': z.literal('true').optional().meta({
    description: 'Svaret er det første svaret på samme Idempotency-Key; operasjonen ble ikke gjort på nytt',
  }),
});
export const idempotencyHeader = z.object({
  'Idempotency-Key': z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Samme nøkkel og samme innhold gir samme svar uten å gjøre operasjonen på nytt' }),
});

/** The written standard of a rendered PDF. */
export const pdfLanguageQuery = z.object({
  language: z.enum(['nb', 'nn']).optional().meta({ description: 'Bokmål (standard) eller nynorsk' }),
});

/** A PDF answer, with the name to save it under (`what`: «brevet», «kopien»). */
export const pdfAnswer = (what: string) => ({
  description: 'PDF',
  content: { mediaType: 'application/pdf' as const },
  headers: z.object({
    'Content-Disposition': z.string().meta({ description: `inline, med filnavnet ${what} bør lagres under` }),
  }),
});

export const PUBLIC: ProblemStatus[] = [400];
export const READ: ProblemStatus[] = [400, 401, 403, 404];
export const WRITE: ProblemStatus[] = [400, 401, 403, 404, 409, 413, 415, 422];
