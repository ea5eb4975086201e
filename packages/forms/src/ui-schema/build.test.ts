// @vitest-environment node
import type { UiSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { formSchema } from '../documents.js';
import { buildUiSchema } from './build.js';

describe('buildUiSchema', () => {
  const ui = buildUiSchema(
    'application',
    formSchema('application', 'utvikling-sosiale-tjenester-2025'),
    'nn',
  );

  it('chooses widgets from the schema: identifiers, amounts, dates, tables, long texts', () => {
    expect(ui.applicant?.organisationNumber?.['ui:widget']).toBe('organisationNumber');
    expect(ui.applicant?.accountNumber?.['ui:widget']).toBe('accountNumber');
    expect(
      buildUiSchema('application', formSchema('application', 'utvikling-sosiale-tjenester-2024'), 'nb').budget
        ?.competenceFunds?.['ui:widget'],
    ).toBe('nok');
    expect(ui.measure?.startDate?.['ui:widget']).toBe('date');
    expect(ui.budget?.positions?.['ui:field']).toBe('table');
    expect(ui.budget?.positions?.items?.id?.['ui:widget']).toBe('hidden');
    expect(ui.description?.goals?.['ui:widget']).toBe('textarea');
    expect(ui.priorityAreas?.['ui:widget']).toBe('checkboxes');
  });

  it('does not ask for what the call does not allow: no competence funds in 2025', () => {
    expect(ui.budget?.competenceFunds?.['ui:widget']).toBe('hidden');
    const funds = (
      formSchema('application', 'utvikling-sosiale-tjenester-2025') as {
        $defs: { Budget: { properties: { competenceFunds: { default?: number } } } };
      }
    ).$defs.Budget.properties.competenceFunds;
    expect(funds.default).toBe(0);
  });

  it('hides what the portal sets and labels the rest in the chosen language', () => {
    expect(ui.documentType?.['ui:widget']).toBe('hidden');
    expect(ui.callId?.['ui:widget']).toBe('hidden');
    expect(ui.applicant?.name?.['ui:title']).toBe('Namnet på Nav-kontoret');
    expect(ui.priorityAreas?.['ui:enumNames']?.barnefamilier).toBe('Barnefamiliar');
  });

  it('names each variant of a choice in the chosen language, with that variant’s own fields', () => {
    const variants = ui.addressee?.oneOf as UiSchema[];
    expect(variants.map((v) => v['ui:title'])).toEqual([
      'Statsforvaltaren',
      'Arbeids- og velferdsdirektoratet',
    ]);
    expect(variants[0]?.countyOfficeId?.['ui:title']).toBe('Statsforvaltar');
    expect(variants[0]?.countyOfficeId?.['ui:enumNames']?.innlandet).toBe('Statsforvaltaren i Innlandet');
    const nb = buildUiSchema(
      'application',
      formSchema('application', 'utvikling-sosiale-tjenester-2025'),
      'nb',
    );
    const nbVariants = nb.addressee?.oneOf as UiSchema[];
    expect(nbVariants.map((v) => v['ui:title'])).toEqual([
      'Statsforvalteren',
      'Arbeids- og velferdsdirektoratet',
    ]);
  });

  it('no longer asks for deprecated fields', () => {
    const schema = formSchema('acceptance');
    const withDeprecated = {
      ...schema,
      properties: { ...schema.properties, oldAmount: { type: 'integer', deprecated: true } },
    };
    const acceptance = buildUiSchema('acceptance', withDeprecated as typeof schema, 'nb');
    expect(acceptance.oldAmount?.['ui:widget']).toBe('hidden');
    expect(acceptance.case?.['ui:readonly']).toBe(true);
  });

  it('does not ask for signatures or attachments: they are given in the signing step and uploaded beside the form', () => {
    const application = buildUiSchema('application', formSchema('application'), 'nb');
    expect(application.signatures?.['ui:widget']).toBe('hidden');
    expect(application.attachments?.['ui:widget']).toBe('hidden');
    const report = buildUiSchema('status-report', formSchema('status-report'), 'nb');
    const started = (report.report?.oneOf as UiSchema[] | undefined)?.[0];
    expect(started?.accounts?.attachments?.['ui:widget']).toBe('hidden');
  });
});
