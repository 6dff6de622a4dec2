import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n.tsx';
import { UnitKindSchema, type Unit } from '../../../../shared/organization/model.ts';
import { Field } from '../../components/field.tsx';
import { AppForm } from '../../components/app-form.tsx';
import { FormErrors } from '../../components/form-errors.tsx';
import { SubmitActions } from '../../components/submit-actions.tsx';
import type { FormErrors as RefusedFields } from '../../api/field-errors.ts';
import type { UserView } from '../../api/types.ts';
import { personLabel } from './forms.ts';

/** "Lý do thay đổi": every change to the directory says why; the server requires 3 to 500 characters. */
export function ReasonField(props: { id: string; value: string; errors: readonly string[] | undefined; onInput: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <Field id={props.id} label={t('directory.reason')} errors={props.errors} hint={t('directory.reasonHint')}>
      <textarea id={props.id} rows={2} maxLength={500} value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} />
    </Field>
  );
}

/** A checkbox with its label beside it, its errors above and a hint below. */
export function CheckField(props: { id: string; label: string; checked: boolean; errors: string[] | undefined; hint?: string; onChange: (checked: boolean) => void }) {
  return (
    <div class={props.errors ? 'field has-error' : 'field'}>
      {props.errors && <p class="field-error">{props.errors.join(' ')}</p>}
      <label class="check" for={props.id}>
        <input id={props.id} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.currentTarget.checked)} />
        {props.label}
      </label>
      {props.hint && <span class="hint">{props.hint}</span>}
    </div>
  );
}

/** A form panel that takes the focus when it opens, so a keyboard or screen-reader user lands on it. */
export function EditPanel(props: { id: string; title: string; children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, []);
  return (
    <section class="panel edit-panel" aria-labelledby={props.id}>
      <h2 id={props.id} tabIndex={-1} ref={heading}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

/** The choice of a unit's kind (Văn phòng, Phòng chuyên môn…), by its label. */
export function UnitKindSelect(props: { id: string; value: Unit['kind']; onChange: (kind: Unit['kind']) => void }) {
  const { t } = useI18n();
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(UnitKindSchema.parse(e.currentTarget.value))}>
      {UnitKindSchema.options.map((kind) => (
        <option key={kind} value={kind}>
          {t(`unitKind.${kind}`)}
        </option>
      ))}
    </select>
  );
}

/** Above a directory form: why the server refused the change, or that nothing was changed. */
export function SaveProblems(props: { errors: RefusedFields | null; error: unknown; noChanges: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <FormErrors title={t('directory.invalid')} hasFieldErrors={props.errors !== null} general={props.errors?.general ?? []} error={props.error} />
      {props.noChanges && (
        <p class="notice" role="status">
          {t('directory.noChanges')}
        </p>
      )}
    </>
  );
}

/** The choice of a person among `candidates`, or nobody; the current one stays offered even if no longer a candidate. */
export function PersonSelect(props: {
  id: string;
  value: string;
  current: UserView | undefined;
  candidates: readonly UserView[];
  noneLabel: string;
  onChange: (userId: string) => void;
}) {
  const { current, candidates } = props;
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
      <option value="">{props.noneLabel}</option>
      {current && !candidates.includes(current) && <option value={current.userId}>{personLabel(current)}</option>}
      {candidates.map((user) => (
        <option key={user.userId} value={user.userId}>
          {personLabel(user)}
        </option>
      ))}
    </select>
  );
}

/** The "Sửa" button of a row, named for screen readers by what it edits. */
export function EditButton(props: { name: string; onClick: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" class="button button-secondary" aria-label={t('directory.editLabel', { name: props.name })} onClick={props.onClick}>
      {t('directory.edit')}
    </button>
  );
}

/** The head of a directory page: its title, what an administrator may do there, loading, and the last save. */
export function DirectoryPageHead(props: { title: string; lead: string | null; status: ComponentChildren; saved: string | null }) {
  return (
    <>
      <h1>{props.title}</h1>
      {props.lead && <p class="lead">{props.lead}</p>}
      {props.status}
      {props.saved && (
        <p class="notice notice-ok" role="status">
          {props.saved}
        </p>
      )}
    </>
  );
}

/**
 * A directory change's form, the same for units, users, the agency's head and reorganisations: why the
 * server refused it (or that nothing changed) above, then the fields, the reason for the change (`<id>-reason`)
 * and the buttons.
 */
export function ChangeForm(props: {
  id: string;
  class?: string;
  refused: RefusedFields | null;
  error: unknown;
  noChanges: boolean;
  reason: string;
  onReason: (reason: string) => void;
  busy: boolean;
  submitLabel: string;
  onSubmit: () => Promise<void> | void;
  onCancel?: () => void;
  children: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <AppForm class={props.class ?? 'case-form'} onSubmit={props.onSubmit}>
      <SaveProblems errors={props.refused} error={props.error} noChanges={props.noChanges} />
      {props.children}
      <ReasonField id={`${props.id}-reason`} value={props.reason} errors={props.refused?.fields.reason} onInput={props.onReason} />
      <SubmitActions busy={props.busy} label={props.submitLabel} busyLabel={t('directory.saving')}>
        {props.onCancel && (
          <button type="button" class="button button-secondary" onClick={props.onCancel}>
            {t('directory.cancel')}
          </button>
        )}
      </SubmitActions>
    </AppForm>
  );
}
