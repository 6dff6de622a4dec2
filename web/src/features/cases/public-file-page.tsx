import { useState } from 'preact/hooks';
import { CASE_TYPE_LABELS, CASE_TYPES, NAMES_OFFICIAL, type CaseType } from '../../../../shared/cases/model.ts';
import type { PublicCaseForm } from '../../../../shared/cases/views.ts';
import { reportedOfficialOf } from './official.ts';
import { bodyPath, fieldErrorsOf, hasFieldErrors } from '../../api/field-errors.ts';
import { AppForm } from '../../components/app-form.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Field } from '../../components/field.tsx';
import { SubmitActions } from '../../components/submit-actions.tsx';
import { TrackingCode } from './tracking-code.tsx';
import { formatDateTime } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { PUBLIC_PATHS, usePublicApi } from '../../public-pages.tsx';
import { href } from '../../router.ts';
import type { PublicSubmission } from '../../api/types.ts';
import { PUBLIC_ROUTES } from '../../../../shared/http/routes/public.ts';

import { PublicNav, useTitle } from './public-parts.tsx';
import { useMutation } from '../../use-mutation.ts';

const AUTOCOMPLETE = { name: 'name', address: 'street-address', phone: 'tel', email: 'email' } as const;

/** `#/cong-dan/gui-don`: a citizen files a case, and gets the tracking code once. */
export function PublicFilePage() {
  const { t } = useI18n();
  useTitle(t('public.fileTitle'));
  const [sent, setSent] = useState<PublicSubmission | null>(null);
  const [formKey, setFormKey] = useState(0);
  return (
    <>
      <PublicNav current="file" />
      <h1>{t('public.fileTitle')}</h1>
      {sent ? (
        <>
          <p class="notice notice-ok" role="status">
            <strong>{t('public.sentTitle')}</strong>
            <br />
            {t('public.sentAt', { at: formatDateTime(sent.receivedAt) })}
            {sent.acknowledgementSent && (
              <>
                <br />
                {t('public.ackSent')}
              </>
            )}
          </p>
          <TrackingCode code={sent.trackingCode} note={t('tracking.notePublic')} print />
          <div class="form-actions">
            <a class="button" href={href(PUBLIC_PATHS.track)}>
              {t('public.toTracking')}
            </a>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => {
                setSent(null);
                setFormKey((n) => n + 1);
              }}
            >
              {t('public.fileAnother')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p class="lead">{t('public.fileIntro', { agency: t('public.agency') })}</p>
          <aside class="notice privacy-note" aria-labelledby="privacy-title">
            <p class="notice-title" id="privacy-title">
              🔒 {t('public.privacyTitle')}
            </p>
            <p>{t('public.privacy')}</p>
          </aside>
          <PublicForm key={formKey} onSent={setSent} />
        </>
      )}
    </>
  );
}

function PublicForm(props: { onSent: (sent: PublicSubmission) => void }) {
  const api = usePublicApi();
  const { t, pick, language } = useI18n();
  const [type, setType] = useState<CaseType>('kien-nghi-phan-anh');
  const [anonymous, setAnonymous] = useState(false);
  const [person, setPerson] = useState({ name: '', address: '', phone: '', email: '' });
  const [subject, setSubject] = useState('');
  const [content, setContent] = useState('');
  const [official, setOfficial] = useState({ name: '', position: '', unitName: '' });
  const { busy, error, run } = useMutation();

  const refused = fieldErrorsOf(error, language, (path) => {
    const parts = bodyPath(path) ?? [];
    return parts[0] === 'petitioner' ? (parts[1] ?? 'name') : parts[0] === 'officialConcerned' ? `official.${parts[1] ?? 'name'}` : parts[0];
  });
  const errors = refused.fields;
  const hasErrors = hasFieldErrors(refused);

  const submit = async () => {
    if (busy) return;
    const petitioner = anonymous ? {} : Object.fromEntries(Object.entries(person).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v !== ''));
    const officialConcerned = NAMES_OFFICIAL.includes(type) ? reportedOfficialOf(official) : undefined;
    const body: PublicCaseForm = { type, anonymous, petitioner, subject: subject.trim(), content: content.trim(), ...(officialConcerned ? { officialConcerned } : {}) };
    await run(async () => {
      props.onSent(await api.call(PUBLIC_ROUTES.submitPublicCase, { body }));
    }, { keepBusy: true });
  };

  const personField = (key: keyof typeof person, label: string, hint?: string) => (
    <Field id={`public-${key}`} label={label} errors={errors[key]} {...(hint ? { hint } : {})}>
      <input
        id={`public-${key}`}
        type="text"
        inputMode={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'}
        autocomplete={AUTOCOMPLETE[key]}
        maxLength={key === 'address' ? 300 : 120}
        value={person[key]}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setPerson((current) => ({ ...current, [key]: value }));
        }}
      />
    </Field>
  );

  return (
    <AppForm class="case-form" onSubmit={submit}>
      {hasErrors ? (
        <p class="notice notice-error" role="alert">
          {t('public.invalid')}
        </p>
      ) : (
        error !== null && <ErrorMessage error={error} />
      )}
      <Field id="public-type" label={t('public.type')} errors={errors.type}>
        <select id="public-type" value={type} onChange={(e) => setType(e.currentTarget.value as CaseType)}>
          {CASE_TYPES.map((value) => (
            <option key={value} value={value}>
              {pick(CASE_TYPE_LABELS[value])}
            </option>
          ))}
        </select>
      </Field>
      <fieldset class="panel form-section">
        <legend>{t('public.yourDetails')}</legend>
        <label class="check">
          <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.currentTarget.checked)} />
          {t('public.anonymous')}
        </label>
        {!anonymous && (
          <>
            {personField('name', t('case.name'))}
            {personField('address', t('case.address'))}
            {personField('phone', t('case.phone'))}
            {personField('email', t('case.email'), t('public.emailHint'))}
          </>
        )}
      </fieldset>
      <Field id="public-subject" label={t('cases.subject')} errors={errors.subject} hint={t('caseNew.subjectHint')}>
        <input id="public-subject" type="text" maxLength={300} value={subject} onInput={(e) => setSubject(e.currentTarget.value)} />
      </Field>
      <Field id="public-content" label={t('case.content')} errors={errors.content}>
        <textarea id="public-content" rows={8} maxLength={20000} value={content} onInput={(e) => setContent(e.currentTarget.value)} />
      </Field>
      {NAMES_OFFICIAL.includes(type) && (
        <fieldset class="panel form-section">
          <legend>{t('public.official')}</legend>
          <p class="hint-block">{t('public.officialHint')}</p>
          {(['name', 'position', 'unitName'] as const).map((key) => (
            <Field key={key} id={`public-official-${key}`} label={t(key === 'name' ? 'public.officialName' : key === 'position' ? 'public.officialPosition' : 'public.officialUnit')} errors={errors[`official.${key}`]}>
              <input
                id={`public-official-${key}`}
                type="text"
                autocomplete="off"
                maxLength={key === 'name' ? 120 : 200}
                value={official[key]}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  setOfficial((current) => ({ ...current, [key]: value }));
                }}
              />
            </Field>
          ))}
        </fieldset>
      )}
      <SubmitActions busy={busy} label={t('public.submit')} busyLabel={t('public.submitting')} />
    </AppForm>
  );
}

/** `#/cong-dan/tra-cuu`: the status of a case by its tracking code, and nothing else about it. */
