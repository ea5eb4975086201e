// Generert fra @sosialtilskudd/json-schemas av scripts/compile-validators.ts. Ikke rediger for hånd: kjør «pnpm generate». Generated file: run pnpm generate.
import type { RJSFSchema } from '@rjsf/utils';
import schema from '@sosialtilskudd/json-schemas/assessment.schema.json' with { type: 'json' };
import { formView } from '../../schema/form-view.js';
import type { PrecompiledForm } from '../../schema/precompiled.js';
import validators from '../validators/assessment.js';

/** The form assessment: the committed schema as the form sees it, and its precompiled Ajv (2020-12) validators. */
const form: PrecompiledForm = { schema: formView(schema as unknown as RJSFSchema), validators };
export default form;
