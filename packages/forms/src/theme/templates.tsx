import { Button, ErrorMessage, Fieldset } from '@navikt/ds-react';
import type {
  ArrayFieldItemTemplateProps,
  ArrayFieldTemplateProps,
  DescriptionFieldProps,
  FieldTemplateProps,
  IconButtonProps,
  ObjectFieldTemplateProps,
  SubmitButtonProps,
  TitleFieldProps,
} from '@rjsf/utils';
import { getUiOptions } from '@rjsf/utils';
import { uiText } from '../i18n/ui-texts.js';
import { languageOf } from './form-context.js';

const isContainer = (type: unknown) => type === 'object' || type === 'array';

/** Scalar widgets show their own label, help and error (Aksel wires aria-describedby); containers get theirs here. */
export function FieldTemplate(props: FieldTemplateProps) {
  const { children, hidden, schema, rawErrors, id } = props;
  if (hidden) return <div hidden>{children}</div>;
  const errors = isContainer(schema.type) ? (rawErrors ?? []).filter(Boolean) : [];
  return (
    <div className="stfs-field">
      {children}
      {errors.length > 0 && (
        <div aria-live="polite" id={`${id}-error`}>
          <ErrorMessage showIcon>{errors.join(' ')}</ErrorMessage>
        </div>
      )}
    </div>
  );
}

export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { title, description, properties, fieldPathId, uiSchema } = props;
  const content = properties.filter((p) => !p.hidden).map((p) => <div key={p.name}>{p.content}</div>);
  const hiddenContent = properties.filter((p) => p.hidden).map((p) => <div key={p.name}>{p.content}</div>);
  const options = getUiOptions(uiSchema);
  // The document itself and the wizard's sections carry their headings outside RJSF.
  if (fieldPathId.path.length === 0 || options.bare) {
    return (
      <div className="stfs-object" id={fieldPathId.$id}>
        {content}
        {hiddenContent}
      </div>
    );
  }
  return (
    <Fieldset
      id={fieldPathId.$id}
      legend={(options.title as string | undefined) ?? title}
      description={(options.description as string | undefined) ?? description}
      className="stfs-fieldset"
    >
      {content}
      {hiddenContent}
    </Fieldset>
  );
}

export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const { title, items, canAdd, onAddClick, fieldPathId, uiSchema, schema, disabled, readonly, registry } =
    props;
  const options = getUiOptions(uiSchema);
  return (
    <Fieldset
      id={fieldPathId.$id}
      legend={(options.title as string | undefined) ?? title}
      description={(options.description as string | undefined) ?? schema.description}
      className="stfs-fieldset"
    >
      {items}
      {canAdd && !readonly && (
        <Button
          type="button"
          variant="secondary"
          size="small"
          onClick={() => onAddClick()}
          disabled={disabled}
        >
          {uiText('add', languageOf(registry))}
        </Button>
      )}
    </Fieldset>
  );
}

export function ArrayFieldItemTemplate(props: ArrayFieldItemTemplateProps) {
  const { children, buttonsProps, hasToolbar, registry } = props;
  const { hasRemove, onRemoveItem, index, disabled, readonly } = buttonsProps;
  return (
    <div className="stfs-array-item">
      <div className="stfs-array-item__field">{children}</div>
      {hasToolbar && hasRemove && !readonly && (
        <Button
          type="button"
          variant="tertiary"
          size="small"
          onClick={onRemoveItem}
          disabled={disabled}
          // Said as «Fjern 2»: the item's place, which the visible word alone does not tell.
          aria-label={`${uiText('remove', languageOf(registry))} ${index + 1}`}
        >
          {uiText('remove', languageOf(registry))}
        </Button>
      )}
    </div>
  );
}

export function TitleFieldTemplate({ id, title }: TitleFieldProps) {
  return title ? (
    <legend id={id} className="aksel-heading aksel-heading--small">
      {title}
    </legend>
  ) : null;
}

export function DescriptionFieldTemplate({ id, description }: DescriptionFieldProps) {
  return description ? (
    <div id={id} className="aksel-body-short">
      {description}
    </div>
  ) : null;
}

/** The wizard has its own buttons; RJSF's submit button is not shown. */
export function SubmitButton(_props: SubmitButtonProps) {
  return null;
}

function IconButton({ onClick, disabled, registry, label }: IconButtonProps & { label: 'add' | 'remove' }) {
  return (
    <Button type="button" variant="tertiary" size="small" onClick={onClick} disabled={disabled}>
      {uiText(label, languageOf(registry))}
    </Button>
  );
}

export const AddButton = (props: IconButtonProps) => <IconButton {...props} label="add" />;
export const RemoveButton = (props: IconButtonProps) => <IconButton {...props} label="remove" />;
