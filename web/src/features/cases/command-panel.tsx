import { useState } from 'preact/hooks';
import { ApiError } from '../../api/errors.ts';
import { buildCommand, SECONDARY_COMMANDS, type CommandField, type CommandValues } from './commands.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { SubmitActions } from '../../components/submit-actions.tsx';
import type { UserView } from '../../api/types.ts';
import { useMutation } from '../../use-mutation.ts';

export interface CommandPanelProps {
  /** The commands the server offers this viewer now (`availableCommands`): nothing else is shown. */
  commands: readonly string[];
  label: (command: string) => string;
  fields: (command: string) => readonly CommandField[];
  /** The words of a `select` option: an outcome, a ground, a discipline form. */
  optionLabel: (field: string, value: string) => string;
  /** People a `user` field may name (handlers, inspectors). */
  users: readonly UserView[];
  /** Sends `{ version, command }`; resolves when the server accepted it. */
  send: (command: Record<string, unknown> & { type: string }) => Promise<void>;
  /** Reloads the record after a 409 (someone else changed it, or the step no longer allows it). */
  reload: () => void;
}

/** The allowed commands as buttons; each opens a small form with its own fields. */
export function CommandPanel(props: CommandPanelProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const [values, setValues] = useState<CommandValues>({});
  const [missing, setMissing] = useState<string[]>([]);
  const { busy, error, run, setError } = useMutation();
  const [notice, setNotice] = useState<{ kind: 'done' | 'conflict'; text: string } | null>(null);

  const choose = (command: string) => {
    setOpen(command);
    setValues({});
    setMissing([]);
    setError(null);
    setNotice(null);
  };

  const submit = async (command: string) => {
    const fields = props.fields(command);
    const built = buildCommand(command, fields, values);
    setMissing(built.missing);
    if (built.missing.length > 0) return;
    await run(async () => {
      try {
        await props.send(built.command);
      } catch (failure) {
        // Someone else acted on the record meanwhile: say so, and show it as it is now.
        if (failure instanceof ApiError && failure.status === 409) {
          setNotice({ kind: 'conflict', text: t('command.conflict') });
          setOpen(null);
          props.reload();
        }
        throw failure;
      }
      setNotice({ kind: 'done', text: t('command.done', { command: props.label(command) }) });
      setOpen(null);
    });
  };

  const fieldLabel = (name: string) => t(`command.field.${name}` as MessageKey);

  return (
    <section class="panel command-panel" aria-labelledby="commands-title">
      <h2 id="commands-title">{t('command.title')}</h2>
      {notice && (
        <p class={notice.kind === 'done' ? 'notice notice-ok' : 'notice notice-warning'} role="status">
          {notice.text}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      {props.commands.length === 0 ? (
        <p class="muted">{t('command.none')}</p>
      ) : (
        <div class="command-buttons">
          {props.commands.map((command) => (
            <button
              key={command}
              type="button"
              class={SECONDARY_COMMANDS.has(command) ? 'button button-secondary' : 'button'}
              aria-expanded={open === command}
              onClick={() => choose(command)}
            >
              {props.label(command)}
            </button>
          ))}
        </div>
      )}
      {open && (
        <form
          class="command-form"
          noValidate
          aria-label={props.label(open)}
          onSubmit={(event) => {
            event.preventDefault();
            void submit(open);
          }}
        >
          <h3>{props.label(open)}</h3>
          {missing.length > 0 && (
            <p class="notice notice-error" role="alert">
              {t('command.missing', { fields: missing.map(fieldLabel).join(', ') })}
            </p>
          )}
          {props.fields(open).map((field) => {
            const id = `command-${field.name}`;
            const value = values[field.name] ?? '';
            const set = (next: string) => setValues((current) => ({ ...current, [field.name]: next }));
            const invalid = missing.includes(field.name) || undefined;
            return (
              <div key={field.name} class={invalid ? 'field has-error' : 'field'}>
                <label for={id}>
                  {fieldLabel(field.name)}
                  {field.required && <span aria-hidden="true"> *</span>}
                </label>
                {field.kind === 'textarea' ? (
                  <textarea id={id} rows={3} value={value} required={field.required} aria-invalid={invalid} onInput={(e) => set(e.currentTarget.value)} />
                ) : field.kind === 'select' ? (
                  <select id={id} value={value} required={field.required} aria-invalid={invalid} onChange={(e) => set(e.currentTarget.value)}>
                    <option value="">{t('command.choose')}</option>
                    {(field.options ?? []).map((option) => (
                      <option key={option} value={option}>
                        {props.optionLabel(field.name, option)}
                      </option>
                    ))}
                  </select>
                ) : field.kind === 'user' && props.users.length > 0 ? (
                  <select id={id} value={value} required={field.required} aria-invalid={invalid} onChange={(e) => set(e.currentTarget.value)}>
                    <option value="">{t('command.chooseUser')}</option>
                    {props.users.map((user) => (
                      <option key={user.userId} value={user.userId}>
                        {user.fullName}
                        {user.title ? ` — ${user.title}` : ''}
                      </option>
                    ))}
                  </select>
                ) : field.kind === 'date' ? (
                  <input id={id} type="date" value={value} required={field.required} aria-invalid={invalid} onInput={(e) => set(e.currentTarget.value)} />
                ) : field.kind === 'number' ? (
                  <input id={id} type="number" min={1} value={value} required={field.required} aria-invalid={invalid} onInput={(e) => set(e.currentTarget.value)} />
                ) : (
                  <input id={id} type="text" value={value} required={field.required} aria-invalid={invalid} onInput={(e) => set(e.currentTarget.value)} />
                )}
              </div>
            );
          })}
          <SubmitActions busy={busy} label={t('command.submit', { command: props.label(open) })} busyLabel={t('command.submitting')}>
            <button type="button" class="button button-secondary" onClick={() => setOpen(null)} disabled={busy}>
              {t('command.cancel')}
            </button>
          </SubmitActions>
        </form>
      )}
    </section>
  );
}
