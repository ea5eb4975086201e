import type { RJSFSchema } from '@rjsf/utils';
import type { ValidatorFunctions } from '@rjsf/validator-ajv8';

/** A form's schema (the form's view of the contract) with the Ajv validators `pnpm generate` compiled for it. */
export interface PrecompiledForm {
  schema: RJSFSchema;
  validators: ValidatorFunctions;
}
