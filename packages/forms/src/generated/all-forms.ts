// Generert fra @sosialtilskudd/json-schemas av scripts/compile-validators.ts. Ikke rediger for hånd: kjør «pnpm generate». Generated file: run pnpm generate.
import type { PrecompiledForm } from '../schema/precompiled.js';
import application from './forms/application.js';
import acceptance from './forms/acceptance.js';
import statusReport from './forms/status-report.js';
import finalReport from './forms/final-report.js';
import transferRequest from './forms/transfer-request.js';
import assessment from './forms/assessment.js';
import applicationUtviklingSosialeTjenester2022 from './forms/application--utvikling-sosiale-tjenester-2022.js';
import applicationUtviklingSosialeTjenester2023 from './forms/application--utvikling-sosiale-tjenester-2023.js';
import applicationUtviklingSosialeTjenester2024 from './forms/application--utvikling-sosiale-tjenester-2024.js';
import applicationUtviklingSosialeTjenester2025 from './forms/application--utvikling-sosiale-tjenester-2025.js';
import applicationKommunaltRusarbeid2023 from './forms/application--kommunalt-rusarbeid-2023.js';
import applicationKommunaltRusarbeid2024 from './forms/application--kommunalt-rusarbeid-2024.js';

export const ALL_FORMS: Record<string, PrecompiledForm> = {
  'application': application,
  'acceptance': acceptance,
  'status-report': statusReport,
  'final-report': finalReport,
  'transfer-request': transferRequest,
  'assessment': assessment,
  'application--utvikling-sosiale-tjenester-2022': applicationUtviklingSosialeTjenester2022,
  'application--utvikling-sosiale-tjenester-2023': applicationUtviklingSosialeTjenester2023,
  'application--utvikling-sosiale-tjenester-2024': applicationUtviklingSosialeTjenester2024,
  'application--utvikling-sosiale-tjenester-2025': applicationUtviklingSosialeTjenester2025,
  'application--kommunalt-rusarbeid-2023': applicationKommunaltRusarbeid2023,
  'application--kommunalt-rusarbeid-2024': applicationKommunaltRusarbeid2024,
};
