import { useState } from 'preact/hooks';
import { Field } from '../../components/field.tsx';
import { useApp } from '../../app-context.ts';
import { registrationErrors } from '../cases/registration-form.ts';
import { AppForm } from '../../components/app-form.tsx';
import { ErrorMessage, Loading } from '../../components/error-message.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { discardReason, obligationGroups, toTriageRegistration, triageDraftOf, type TriageDraft } from './held-mail.ts';
import { useResource } from '../../use-resource.ts';
import type { HeldAssigned, HeldMessageView, HeldRegistered, ObligationItem } from '../../api/types.ts';
import { INBOUND_ROUTES } from '../../../../shared/http/routes/inbound.ts';
import { REPORTING_ROUTES } from '../../../../shared/http/routes/reporting.ts';
import { useMutation } from '../../use-mutation.ts';
import { CaseTypeSelect } from '../cases/case-parts.tsx';

/** What the last action did, shown once above the list (the message itself leaves the "held" view). */
export type Outcome =
  | { kind: 'assigned'; result: HeldAssigned; obligationTitle: string }
  | { kind: 'registered'; result: HeldRegistered }
  | { kind: 'discarded'; held: HeldMessageView };

export const held = (heldId: string, action?: string) => `/inbound/held/${encodeURIComponent(heldId)}${action ? `/${action}` : ''}`;

function FormButtons(props: { busy: boolean; submit: string; busyLabel: string; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <div class="form-actions">
      <button type="submit" class="button" disabled={props.busy}>
        {props.busy ? props.busyLabel : props.submit}
      </button>
      <button type="button" class="button button-secondary" disabled={props.busy} onClick={props.onCancel}>
        {t('inbound.cancel')}
      </button>
    </div>
  );
}

export function AssignForm(props: { message: HeldMessageView; onCancel: () => void; onDone: (outcome: Outcome) => void }) {
  const { api } = useApp();
  const { t, pick, language } = useI18n();
  const { message } = props;
  const obligations = useResource(() => api.call(REPORTING_ROUTES.listObligations, { query: { unitId: message.unitId } }), [api, message.unitId]);
  const [obligationId, setObligationId] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, error, run } = useMutation();
  const id = `assign-${message.heldId}`;
  const label = (item: ObligationItem) => {
    const period = item.periodFrom && item.periodTo ? ` · ${formatDate(item.periodFrom)}–${formatDate(item.periodTo)}` : '';
    return `${pick({ vi: item.titleVi, en: item.titleEn })}${period} · ${t('inbound.dueOn', { date: formatDate(item.dueInstant) })}`;
  };

  const submit = () => {
    if (!obligationId) {
      setMissing(true);
      return Promise.resolve();
    }
    return run(async () => {
      const result = await api.call(INBOUND_ROUTES.assignHeldMail, { params: { heldId: message.heldId }, body: { obligationId } });
      const chosen = obligations.state === 'ready' ? obligations.data.items.find((item) => item.obligationId === obligationId) : undefined;
      props.onDone({ kind: 'assigned', result, obligationTitle: chosen ? `${label(chosen)} — ${chosen.unitName}` : obligationId });
    }, { keepBusy: true });
  };

  return (
    <AppForm class="case-form panel form-section" onSubmit={submit}>
      <h3 style={{ marginTop: 0 }}>{t('inbound.assignTitle')}</h3>
      <p class="hint-block">{message.unitId ? t('inbound.assignHintUnit') : t('inbound.assignHintAll')}</p>
      {error !== null && <ErrorMessage error={error} />}
      {obligations.state === 'loading' && <Loading />}
      {obligations.state === 'failed' && <ErrorMessage error={obligations.error} onRetry={obligations.retry} />}
      {obligations.state === 'ready' && (
        <div class={missing && !obligationId ? 'field has-error' : 'field'}>
          <label for={id}>{t('inbound.obligation')}</label>
          {missing && !obligationId && <p class="field-error">{t('inbound.obligationRequired')}</p>}
          <select id={id} value={obligationId} onChange={(e) => setObligationId(e.currentTarget.value)}>
            <option value="">{t('inbound.chooseObligation')}</option>
            {obligationGroups(obligations.data.items, language).map((group) => (
              <optgroup key={group.unitId} label={group.unitName}>
                {group.items.map((item) => (
                  <option key={item.obligationId} value={item.obligationId}>
                    {label(item)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {obligations.data.items.length === 0 && <p class="muted">{t('inbound.noObligations')}</p>}
        </div>
      )}
      <FormButtons busy={busy} submit={t('inbound.assignSubmit')} busyLabel={t('inbound.working')} onCancel={props.onCancel} />
    </AppForm>
  );
}

export function DiscardForm(props: { message: HeldMessageView; onCancel: () => void; onDone: (outcome: Outcome) => void }) {
  const { api } = useApp();
  const { t } = useI18n();
  const { message } = props;
  const [text, setText] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const { busy, error, run } = useMutation();
  const id = `discard-${message.heldId}`;

  const submit = () => {
    const reason = discardReason(text);
    setTooShort(reason === null);
    if (reason === null) return Promise.resolve();
    return run(async () => {
      const result = await api.call(INBOUND_ROUTES.discardHeldMail, { params: { heldId: message.heldId }, body: { reason } });
      props.onDone({ kind: 'discarded', held: result });
    }, { keepBusy: true });
  };

  return (
    <AppForm class="case-form panel form-section" onSubmit={submit}>
      <h3 style={{ marginTop: 0 }}>{t('inbound.discardTitle')}</h3>
      {error !== null && <ErrorMessage error={error} />}
      <div class={tooShort ? 'field has-error' : 'field'}>
        <label for={id}>{t('inbound.discardReason')}</label>
        {tooShort && <p class="field-error">{t('inbound.discardReasonRequired')}</p>}
        <textarea id={id} rows={3} maxLength={500} required value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      <FormButtons busy={busy} submit={t('inbound.discardSubmit')} busyLabel={t('inbound.working')} onCancel={props.onCancel} />
    </AppForm>
  );
}

export function RegisterForm(props: { message: HeldMessageView; onCancel: () => void; onDone: (outcome: Outcome) => void }) {
  const { api } = useApp();
  const { t, language } = useI18n();
  const { message } = props;
  const [draft, setDraft] = useState<TriageDraft>(() => triageDraftOf(message));
  const { busy, error, run } = useMutation();
  const set = <K extends keyof TriageDraft>(key: K, value: TriageDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const text = (key: 'name' | 'address' | 'phone' | 'email' | 'subject' | 'content') => (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value);
  const id = (field: string) => `register-${message.heldId}-${field}`;

  const { fields: fieldErrors, general } = registrationErrors(error, language);

  const submit = () =>
    run(async () => {
      const result = await api.call(INBOUND_ROUTES.registerHeldMailAsCase, { params: { heldId: message.heldId }, body: toTriageRegistration(draft) });
      props.onDone({ kind: 'registered', result });
    }, { keepBusy: true });

  return (
    <AppForm class="case-form panel form-section" onSubmit={submit}>
      <h3 style={{ marginTop: 0 }}>{t('inbound.registerTitle')}</h3>
      <p class="hint-block">{t('inbound.registerHint', { at: formatDateTime(message.receivedAt) })}</p>
      {Object.keys(fieldErrors).length > 0 ? (
        <div class="notice notice-error" role="alert">
          <p class="notice-title">{t('caseNew.invalid')}</p>
          {general.length > 0 && (
            <ul>
              {general.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        error !== null && <ErrorMessage error={error} />
      )}
      <Field id={id('type')} label={t('caseNew.type')} errors={fieldErrors.type}>
        <CaseTypeSelect id={id('type')} value={draft.type} onChange={(type) => set('type', type)} />
      </Field>
      <label class="check">
        <input type="checkbox" checked={draft.anonymous} onChange={(e) => set('anonymous', e.currentTarget.checked)} />
        {t('caseNew.anonymous')}
      </label>
      {!draft.anonymous && (
        <>
          {(
            [
              ['name', 'case.name', 'text', 120],
              ['phone', 'case.phone', 'tel', 20],
              ['address', 'case.address', 'text', 300],
              ['email', 'case.email', 'email', 200],
            ] as const
          ).map(([key, label, mode, length]) => (
            <Field key={key} id={id(key)} label={t(label)} errors={fieldErrors[key]}>
              <input id={id(key)} type="text" inputMode={mode} maxLength={length} autocomplete="off" value={draft[key]} onInput={text(key)} />
            </Field>
          ))}
        </>
      )}
      <Field id={id('subject')} label={t('cases.subject')} errors={fieldErrors.subject}>
        <input id={id('subject')} type="text" maxLength={300} value={draft.subject} onInput={text('subject')} />
      </Field>
      <Field id={id('content')} label={t('case.content')} errors={fieldErrors.content}>
        <textarea id={id('content')} rows={5} maxLength={20000} value={draft.content} onInput={text('content')} />
      </Field>
      <FormButtons busy={busy} submit={t('inbound.registerSubmit')} busyLabel={t('inbound.working')} onCancel={props.onCancel} />
    </AppForm>
  );
}
