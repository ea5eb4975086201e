import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { createPrecompiledValidator, customizeValidator } from '@rjsf/validator-ajv8';
import type Ajv from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { type FormDocumentType, formSchema, formSchemaKey, precompiledValidators } from '../documents.js';

type Validator = ValidatorType<unknown, RJSFSchema>;

const cache = new Map<string, Validator>();
let runtime: Validator | undefined;

/** Ajv2020 compiling at run time: only for the sub-schemas RJSF builds while matching `oneOf` options. */
function runtimeValidator(): Validator {
  runtime ??= customizeValidator({ AjvClass: Ajv2020 as unknown as typeof Ajv });
  return runtime;
}

/**
 * RJSF's validator for a form: Ajv (2020-12) compiled ahead of time by `pnpm generate`, so validating a document
 * never compiles a schema in the browser. Ajv's own (English) messages are never shown: the form words what Ajv
 * found from its keyword and limits, in bokmål or nynorsk (validation/issue-words.ts).
 *
 * The domain's unions carry a `discriminator` in the form's view of the schema, so RJSF picks their variant by
 * value without asking `isValid` (see schema/form-view.ts). Should RJSF still ask `isValid` of a schema it built
 * itself, which nothing could precompile, that one check falls back to Ajv2020 at run time.
 */
export function formValidator(type: FormDocumentType, callId?: string): Validator {
  const key = formSchemaKey(type, callId);
  const cached = cache.get(key);
  if (cached) return cached;
  const validator: Validator = createPrecompiledValidator(
    precompiledValidators(type, callId),
    formSchema(type, callId),
  );
  const precompiledIsValid = validator.isValid.bind(validator);
  validator.isValid = (schema, formData, rootSchema) => {
    try {
      return precompiledIsValid(schema, formData, rootSchema);
    } catch {
      return runtimeValidator().isValid(schema, formData, rootSchema);
    }
  };
  cache.set(key, validator);
  return validator;
}
