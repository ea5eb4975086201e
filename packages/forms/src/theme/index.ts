import type { FieldProps, RegistryFieldsType, RegistryWidgetsType, TemplatesType } from '@rjsf/utils';
import { TableField } from '../table/TableField.js';
import {
  AddButton,
  ArrayFieldItemTemplate,
  ArrayFieldTemplate,
  DescriptionFieldTemplate,
  FieldTemplate,
  ObjectFieldTemplate,
  RemoveButton,
  SubmitButton,
  TitleFieldTemplate,
} from './templates.js';
import { CallWidget } from './widgets/call.js';
import { AccountNumberWidget, OrganisationNumberWidget } from './widgets/checksum.js';
import { CheckboxesWidget, CheckboxWidget, RadioWidget, SelectWidget } from './widgets/choice.js';
import { DateWidget } from './widgets/date.js';
import { NokWidget } from './widgets/nok.js';
import { TextareaWidget, TextWidget } from './widgets/text.js';

const HiddenField = (_props: FieldProps) => null;

export const widgets: RegistryWidgetsType = {
  TextWidget,
  EmailWidget: TextWidget,
  URLWidget: TextWidget,
  UpDownWidget: TextWidget,
  TextareaWidget,
  SelectWidget,
  RadioWidget,
  CheckboxWidget,
  CheckboxesWidget,
  DateWidget,
  textarea: TextareaWidget,
  select: SelectWidget,
  radio: RadioWidget,
  checkbox: CheckboxWidget,
  checkboxes: CheckboxesWidget,
  date: DateWidget,
  nok: NokWidget,
  organisationNumber: OrganisationNumberWidget,
  accountNumber: AccountNumberWidget,
  call: CallWidget,
};

export const fields: RegistryFieldsType = { table: TableField, hidden: HiddenField };

export const templates: Partial<TemplatesType> = {
  BaseInputTemplate: TextWidget,
  FieldTemplate,
  ObjectFieldTemplate,
  ArrayFieldTemplate,
  ArrayFieldItemTemplate,
  TitleFieldTemplate,
  DescriptionFieldTemplate,
  ButtonTemplates: { SubmitButton, AddButton, RemoveButton } as TemplatesType['ButtonTemplates'],
};

/** The Aksel theme for RJSF: pass it to `withTheme` or spread it onto `<Form>`. */
export const akselTheme = { widgets, fields, templates };
