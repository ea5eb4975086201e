// Generert fra @sosialtilskudd/json-schemas av scripts/compile-validators.ts. Ikke rediger for hånd: kjør «pnpm generate». Generated file: run pnpm generate.
import type { RJSFSchema } from '@rjsf/utils';
import type { ValidatorFunctions } from '@rjsf/validator-ajv8';
import { formView } from '../schema/form-view.js';
import applicationSchema from '@sosialtilskudd/json-schemas/application.schema.json' with { type: 'json' };
import applicationValidators from './validators/application.js';
import acceptanceSchema from '@sosialtilskudd/json-schemas/acceptance.schema.json' with { type: 'json' };
import acceptanceValidators from './validators/acceptance.js';
import statusReportSchema from '@sosialtilskudd/json-schemas/status-report.schema.json' with { type: 'json' };
import statusReportValidators from './validators/status-report.js';
import finalReportSchema from '@sosialtilskudd/json-schemas/final-report.schema.json' with { type: 'json' };
import finalReportValidators from './validators/final-report.js';
import transferRequestSchema from '@sosialtilskudd/json-schemas/transfer-request.schema.json' with { type: 'json' };
import transferRequestValidators from './validators/transfer-request.js';
import applicationUtviklingSosialeTjenester2022Schema from '@sosialtilskudd/json-schemas/calls/utvikling-sosiale-tjenester-2022/application.schema.json' with { type: 'json' };
import applicationUtviklingSosialeTjenester2022Validators from './validators/application--utvikling-sosiale-tjenester-2022.js';
import applicationUtviklingSosialeTjenester2023Schema from '@sosialtilskudd/json-schemas/calls/utvikling-sosiale-tjenester-2023/application.schema.json' with { type: 'json' };
import applicationUtviklingSosialeTjenester2023Validators from './validators/application--utvikling-sosiale-tjenester-2023.js';
import applicationUtviklingSosialeTjenester2024Schema from '@sosialtilskudd/json-schemas/calls/utvikling-sosiale-tjenester-2024/application.schema.json' with { type: 'json' };
import applicationUtviklingSosialeTjenester2024Validators from './validators/application--utvikling-sosiale-tjenester-2024.js';
import applicationUtviklingSosialeTjenester2025Schema from '@sosialtilskudd/json-schemas/calls/utvikling-sosiale-tjenester-2025/application.schema.json' with { type: 'json' };
import applicationUtviklingSosialeTjenester2025Validators from './validators/application--utvikling-sosiale-tjenester-2025.js';
import applicationKommunaltRusarbeid2023Schema from '@sosialtilskudd/json-schemas/calls/kommunalt-rusarbeid-2023/application.schema.json' with { type: 'json' };
import applicationKommunaltRusarbeid2023Validators from './validators/application--kommunalt-rusarbeid-2023.js';
import applicationKommunaltRusarbeid2024Schema from '@sosialtilskudd/json-schemas/calls/kommunalt-rusarbeid-2024/application.schema.json' with { type: 'json' };
import applicationKommunaltRusarbeid2024Validators from './validators/application--kommunalt-rusarbeid-2024.js';

/** Each form schema with its precompiled Ajv (2020-12) validators, keyed by document type or `application--<callId>`. */
export const PRECOMPILED: Record<string, { schema: RJSFSchema; validators: ValidatorFunctions }> = {
  'application': { schema: formView(applicationSchema as unknown as RJSFSchema), validators: applicationValidators },
  'acceptance': { schema: formView(acceptanceSchema as unknown as RJSFSchema), validators: acceptanceValidators },
  'status-report': { schema: formView(statusReportSchema as unknown as RJSFSchema), validators: statusReportValidators },
  'final-report': { schema: formView(finalReportSchema as unknown as RJSFSchema), validators: finalReportValidators },
  'transfer-request': { schema: formView(transferRequestSchema as unknown as RJSFSchema), validators: transferRequestValidators },
  'application--utvikling-sosiale-tjenester-2022': { schema: formView(applicationUtviklingSosialeTjenester2022Schema as unknown as RJSFSchema), validators: applicationUtviklingSosialeTjenester2022Validators },
  'application--utvikling-sosiale-tjenester-2023': { schema: formView(applicationUtviklingSosialeTjenester2023Schema as unknown as RJSFSchema), validators: applicationUtviklingSosialeTjenester2023Validators },
  'application--utvikling-sosiale-tjenester-2024': { schema: formView(applicationUtviklingSosialeTjenester2024Schema as unknown as RJSFSchema), validators: applicationUtviklingSosialeTjenester2024Validators },
  'application--utvikling-sosiale-tjenester-2025': { schema: formView(applicationUtviklingSosialeTjenester2025Schema as unknown as RJSFSchema), validators: applicationUtviklingSosialeTjenester2025Validators },
  'application--kommunalt-rusarbeid-2023': { schema: formView(applicationKommunaltRusarbeid2023Schema as unknown as RJSFSchema), validators: applicationKommunaltRusarbeid2023Validators },
  'application--kommunalt-rusarbeid-2024': { schema: formView(applicationKommunaltRusarbeid2024Schema as unknown as RJSFSchema), validators: applicationKommunaltRusarbeid2024Validators },
};
