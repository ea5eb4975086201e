import Form from '@rjsf/core';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import { type RenderResult, render } from '@testing-library/react';
import type Ajv from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { akselTheme } from '../theme/index.js';
import type { Language } from '../validation/issue.js';

const validator = customizeValidator({ AjvClass: Ajv2020 as unknown as typeof Ajv });

type ThemedOptions = {
  formData?: unknown;
  language?: Language;
  onChange?: (data: unknown) => void;
  extraErrors?: object;
};

/** A bare RJSF form with this package's theme, for testing one widget or field at a time. */
export function themedForm(schema: RJSFSchema, uiSchema: UiSchema, options: ThemedOptions = {}) {
  return (
    <Form
      schema={schema}
      uiSchema={uiSchema}
      validator={validator}
      formData={options.formData}
      formContext={{ language: options.language ?? 'nb' }}
      onChange={(e) => options.onChange?.(e.formData)}
      extraErrors={options.extraErrors as never}
      noValidate
      {...akselTheme}
    />
  );
}

export function renderThemed(
  schema: RJSFSchema,
  uiSchema: UiSchema,
  options: ThemedOptions = {},
): RenderResult {
  return render(themedForm(schema, uiSchema, options));
}
