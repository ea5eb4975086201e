// Generert fra @sosialtilskudd/json-schemas av scripts/compile-validators.ts. Ikke rediger for hånd: kjør «pnpm generate». Generated file: run pnpm generate.
import type { PrecompiledForm } from '../schema/precompiled.js';

/** Every form schema, keyed by document type or `application--<callId>`, loaded when first asked for. */
export const FORM_LOADERS: Record<string, () => Promise<PrecompiledForm>> = {
  'application': () => import('./forms/application.js').then((m) => m.default),
  'acceptance': () => import('./forms/acceptance.js').then((m) => m.default),
  'status-report': () => import('./forms/status-report.js').then((m) => m.default),
  'final-report': () => import('./forms/final-report.js').then((m) => m.default),
  'transfer-request': () => import('./forms/transfer-request.js').then((m) => m.default),
  'assessment': () => import('./forms/assessment.js').then((m) => m.default),
  'application--utvikling-sosiale-tjenester-2022': () => import('./forms/application--utvikling-sosiale-tjenester-2022.js').then((m) => m.default),
  'application--utvikling-sosiale-tjenester-2023': () => import('./forms/application--utvikling-sosiale-tjenester-2023.js').then((m) => m.default),
  'application--utvikling-sosiale-tjenester-2024': () => import('./forms/application--utvikling-sosiale-tjenester-2024.js').then((m) => m.default),
  'application--utvikling-sosiale-tjenester-2025': () => import('./forms/application--utvikling-sosiale-tjenester-2025.js').then((m) => m.default),
  'application--kommunalt-rusarbeid-2023': () => import('./forms/application--kommunalt-rusarbeid-2023.js').then((m) => m.default),
  'application--kommunalt-rusarbeid-2024': () => import('./forms/application--kommunalt-rusarbeid-2024.js').then((m) => m.default),
};
