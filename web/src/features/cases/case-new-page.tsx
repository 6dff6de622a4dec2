import { useState } from 'preact/hooks';
import { CHANNELS, VARIANTS_BY_TYPE, type Channel } from '../../../../shared/cases/model.ts';
import { useApp } from '../../app-context.ts';
import { choiceLabel, namesakesOf, officialChoices } from './official.ts';
import { emptyDraft, filingFactFields, namesOfficial, registrationErrors, toRegistration, type OfficialKind, type RegistrationDraft } from './registration-form.ts';
import { AppForm } from '../../components/app-form.tsx';
import { Field } from '../../components/field.tsx';
import { FormErrors } from '../../components/form-errors.tsx';
import { SubmitActions } from '../../components/submit-actions.tsx';
import { RegistrationNotices } from './registration-notices.tsx';
import { TrackingCode } from './tracking-code.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { href } from '../../router.ts';
import { useResource, type Resource } from '../../use-resource.ts';
import type { RegistrationResponse, UnitView, UserView } from '../../api/types.ts';
import { CASE_ROUTES } from '../../../../shared/http/routes/cases.ts';
import { ORGANIZATION_ROUTES } from '../../../../shared/http/routes/organization.ts';
import { useMutation } from '../../use-mutation.ts';
import { CaseTypeSelect } from './case-parts.tsx';

/** `#/cases/new`: the office registers a letter; the answer's warnings, duplicates and tracking code are shown once. */
export function CaseNewPage() {
  const { t } = useI18n();
  const [result, setResult] = useState<RegistrationResponse | null>(null);
  const [formKey, setFormKey] = useState(0);
  return (
    <>
      <p class="breadcrumb">
        <a href={href('/cases')}>← {t('cases.back')}</a>
      </p>
      <h1>{t('caseNew.title')}</h1>
      {result ? (
        <RegistrationResult
          result={result}
          onAnother={() => {
            setResult(null);
            setFormKey((n) => n + 1);
          }}
        />
      ) : (
        <>
          <p class="lead">{t('caseNew.intro')}</p>
          <RegistrationForm key={formKey} onSaved={setResult} />
        </>
      )}
    </>
  );
}

function RegistrationResult(props: { result: RegistrationResponse; onAnother: () => void }) {
  const { t } = useI18n();
  const { result } = props;
  return (
    <>
      <p class="notice notice-ok" role="status">
        {t('caseNew.saved', { id: result.case.id })}
      </p>
      <RegistrationNotices result={result} />
      <TrackingCode code={result.trackingCode} note={t('tracking.note')} print />
      <div class="form-actions">
        <a class="button" href={href(`/cases/${encodeURIComponent(result.case.id)}`)}>
          {t('caseNew.open')}
        </a>
        <button type="button" class="button button-secondary" onClick={props.onAnother}>
          {t('caseNew.another')}
        </button>
      </div>
    </>
  );
}

/** The agency's units to choose from, after "—" for none. */
function UnitSelect(props: { id: string; value: string; units: Resource<{ items: readonly UnitView[] }>; onChange: (event: { currentTarget: { value: string } }) => void }) {
  return (
    <select id={props.id} value={props.value} onChange={props.onChange}>
      <option value="">—</option>
      {props.units.state === 'ready' &&
        props.units.data.items.map((unit) => (
          <option key={unit.unitId} value={unit.unitId}>
            {unit.name}
          </option>
        ))}
    </select>
  );
}

function RegistrationForm(props: { onSaved: (result: RegistrationResponse) => void }) {
  const { api } = useApp();
  const { t, language } = useI18n();
  const [draft, setDraft] = useState<RegistrationDraft>(() => emptyDraft(new Date()));
  const { busy, error, run, setError } = useMutation();
  const [missingOfficial, setMissingOfficial] = useState(false);
  const units = useResource(() => api.call(ORGANIZATION_ROUTES.listUnits), [api]);
  const users = useResource(async () => (await api.call(ORGANIZATION_ROUTES.listUsers)).items, [api]);
  const set = <K extends keyof RegistrationDraft>(key: K, value: RegistrationDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const text = (key: keyof RegistrationDraft) => (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value as never);

  const pickMissing = missingOfficial && draft.officialKind === 'directory' && draft.officialUserId === '';
  const { fields: fieldErrors, general } = pickMissing ? { fields: { officialUserId: [t('caseNew.officialPick')] }, general: [] as string[] } : registrationErrors(error, language);
  const hasFieldErrors = Object.keys(fieldErrors).length > 0;
  const variants = VARIANTS_BY_TYPE[draft.type];
  const facts = filingFactFields(draft.type);

  const submit = async () => {
    if (busy) return;
    setError(null);
    setMissingOfficial(false);
    if (namesOfficial(draft.type) && draft.officialKind === 'directory' && draft.officialUserId === '') {
      setMissingOfficial(true);
      return;
    }
    await run(async () => {
      props.onSaved(await api.call(CASE_ROUTES.registerCase, { body: toRegistration(draft) }));
    }, { keepBusy: true });
  };

  return (
    <AppForm class="case-form" onSubmit={submit}>
      <FormErrors title={t('caseNew.invalid')} hasFieldErrors={hasFieldErrors} general={general} error={error} />

      <fieldset class="panel form-section">
        <legend>{t('caseNew.sectionCase')}</legend>
        <div class="field-row">
          <Field id="case-type" label={t('caseNew.type')} errors={fieldErrors.type}>
            <CaseTypeSelect id="case-type" value={draft.type} onChange={(type) => set('type', type)} />
          </Field>
          <Field id="case-channel" label={t('caseNew.channel')} errors={fieldErrors.channel}>
            <select id="case-channel" value={draft.channel} onChange={(e) => set('channel', e.currentTarget.value as Channel)}>
              {CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {t(`case.channel.${channel}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {draft.channel === 'chuyen-den' && (
          <div class="field-row">
            <Field id="case-forwarded-kind" label={t('caseNew.forwardedKind')} errors={undefined}>
              <select id="case-forwarded-kind" value={draft.forwardedKind} onChange={(e) => set('forwardedKind', e.currentTarget.value as 'body' | 'press')}>
                <option value="body">{t('caseNew.forwardedKind.body')}</option>
                <option value="press">{t('caseNew.forwardedKind.press')}</option>
              </select>
            </Field>
            <Field id="case-forwarded-name" label={t('caseNew.forwardedName')} errors={fieldErrors.forwardedName}>
              <input id="case-forwarded-name" type="text" maxLength={200} value={draft.forwardedName} onInput={text('forwardedName')} />
            </Field>
            <Field id="case-forwarded-ref" label={t('caseNew.forwardedRef')} errors={undefined}>
              <input id="case-forwarded-ref" type="text" maxLength={100} value={draft.forwardedRef} onInput={text('forwardedRef')} />
            </Field>
          </div>
        )}
        <div class="field-row">
          <Field id="case-received-date" label={t('caseNew.receivedDate')} errors={fieldErrors.receivedDate}>
            <input id="case-received-date" type="date" value={draft.receivedDate} onInput={text('receivedDate')} />
          </Field>
          <Field id="case-received-time" label={t('caseNew.receivedTime')} errors={undefined}>
            <input id="case-received-time" type="time" value={draft.receivedTime} onInput={text('receivedTime')} />
          </Field>
        </div>
        <p class="hint">{t('caseNew.receivedHint')}</p>
        <fieldset class="field">
          <legend>{t('caseNew.variants')}</legend>
          {variants.length === 0 ? (
            <p class="muted">{t('caseNew.noVariants')}</p>
          ) : (
            variants.map((variant) => (
              <label key={variant} class="check">
                <input
                  type="checkbox"
                  checked={draft.variants.includes(variant)}
                  onChange={(e) => set('variants', e.currentTarget.checked ? [...draft.variants, variant] : draft.variants.filter((v) => v !== variant))}
                />
                {t(`case.variant.${variant}`)}
              </label>
            ))
          )}
          {fieldErrors.variants && <p class="field-error">{fieldErrors.variants.join(' ')}</p>}
        </fieldset>
      </fieldset>

      <fieldset class="panel form-section">
        <legend>{t('caseNew.sectionPetitioner')}</legend>
        <label class="check">
          <input type="checkbox" checked={draft.anonymous} onChange={(e) => set('anonymous', e.currentTarget.checked)} />
          {t('caseNew.anonymous')}
        </label>
        {draft.type === 'to-cao' && <p class="hint">{t('caseNew.anonymousHint')}</p>}
        {!draft.anonymous && (
          <>
            <div class="field-row">
              <Field id="case-name" label={t('case.name')} errors={fieldErrors.name}>
                <input id="case-name" type="text" maxLength={120} autocomplete="off" value={draft.name} onInput={text('name')} />
              </Field>
              <Field id="case-id-number" label={t('case.idNumber')} errors={fieldErrors.idNumber}>
                <input id="case-id-number" type="text" maxLength={20} autocomplete="off" value={draft.idNumber} onInput={text('idNumber')} />
              </Field>
            </div>
            <Field id="case-address" label={t('case.address')} errors={fieldErrors.address}>
              <input id="case-address" type="text" maxLength={300} autocomplete="off" value={draft.address} onInput={text('address')} />
            </Field>
            <div class="field-row">
              <Field id="case-phone" label={t('case.phone')} errors={fieldErrors.phone}>
                <input id="case-phone" type="text" inputMode="tel" maxLength={20} autocomplete="off" value={draft.phone} onInput={text('phone')} />
              </Field>
              <Field id="case-email" label={t('case.email')} errors={fieldErrors.email}>
                <input id="case-email" type="text" inputMode="email" maxLength={200} autocomplete="off" value={draft.email} onInput={text('email')} />
              </Field>
            </div>
          </>
        )}
      </fieldset>

      <fieldset class="panel form-section">
        <legend>{t('caseNew.sectionContent')}</legend>
        <Field id="case-subject" label={t('cases.subject')} errors={fieldErrors.subject} hint={t('caseNew.subjectHint')}>
          <input id="case-subject" type="text" maxLength={300} value={draft.subject} onInput={text('subject')} />
        </Field>
        <Field id="case-content" label={t('case.content')} errors={fieldErrors.content}>
          <textarea id="case-content" rows={6} maxLength={20000} value={draft.content} onInput={text('content')} />
        </Field>
        <div class="field-row">
          <Field id="case-unit" label={t('caseNew.unit')} errors={undefined}>
            <UnitSelect id="case-unit" value={draft.unitId} units={units} onChange={text('unitId')} />
          </Field>
          <Field id="case-unit-name" label={t('caseNew.unitName')} errors={fieldErrors.unitName}>
            <input id="case-unit-name" type="text" maxLength={200} value={draft.unitName} onInput={text('unitName')} />
          </Field>
        </div>
        {namesOfficial(draft.type) && <OfficialFields draft={draft} set={set} errors={fieldErrors} users={users} units={units} />}
      </fieldset>

      {(facts.length > 0 || draft.type === 'khieu-nai-lan-2') && (
        <fieldset class="panel form-section">
          <legend>{t('caseNew.sectionFacts')}</legend>
          {facts.map((fact) => (
            <Field key={fact} id={`case-${fact}`} label={t(`case.fact.${fact}`)} errors={fieldErrors[fact]}>
              <input id={`case-${fact}`} type="date" value={draft[fact]} onInput={text(fact)} />
            </Field>
          ))}
          {draft.type === 'khieu-nai-lan-2' && (
            <Field id="case-prior" label={t('caseNew.priorCaseId')} errors={fieldErrors.priorCaseId}>
              <input id="case-prior" type="text" maxLength={128} value={draft.priorCaseId} onInput={text('priorCaseId')} />
            </Field>
          )}
        </fieldset>
      )}

      <SubmitActions busy={busy} label={t('caseNew.submit')} busyLabel={t('caseNew.submitting')} />
    </AppForm>
  );
}

const OFFICIAL_KINDS: readonly OfficialKind[] = ['none', 'directory', 'outside'];

/**
 * Whom the letter is about: no one, an official picked from the directory (searchable), or a person
 * outside the agency with the reason. An outside name that is someone's in the directory is shown with
 * that person, to pick them instead or to confirm this is someone else (`notSameAs`).
 */
function OfficialFields(props: {
  draft: RegistrationDraft;
  set: <K extends keyof RegistrationDraft>(key: K, value: RegistrationDraft[K]) => void;
  errors: Partial<Record<keyof RegistrationDraft, string[]>>;
  users: Resource<readonly UserView[]>;
  units: Resource<{ items: readonly UnitView[] }>;
}) {
  const { t } = useI18n();
  const { draft, set, errors } = props;
  const [query, setQuery] = useState('');
  const people = props.users.state === 'ready' ? props.users.data : [];
  const unitName = (unitId: string) => (props.units.state === 'ready' ? props.units.data.items.find((unit) => unit.unitId === unitId)?.name : undefined);
  const choices = officialChoices(people, query, unitName, draft.officialUserId || undefined);
  const namesakes = draft.officialKind === 'outside' ? namesakesOf(draft.officialName, people) : [];
  const text = (key: 'officialName' | 'officialPosition' | 'officialOrganisation' | 'officialReason') => (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value);

  return (
    <fieldset class={errors.officialKind ? 'field has-error' : 'field'}>
      <legend>{t('caseNew.official')}</legend>
      {errors.officialKind && <p class="field-error">{errors.officialKind.join(' ')}</p>}
      {OFFICIAL_KINDS.map((kind) => (
        <label key={kind} class="check">
          <input type="radio" name="official-kind" value={kind} checked={draft.officialKind === kind} onChange={() => set('officialKind', kind)} />
          {t(`caseNew.officialKind.${kind}`)}
        </label>
      ))}
      <span class="hint">{t('caseNew.officialHint')}</span>
      {draft.officialKind === 'directory' && (
        <div class="field-row">
          <Field id="case-official-search" label={t('caseNew.officialSearch')}>
            <input id="case-official-search" type="text" autocomplete="off" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
          </Field>
          <Field id="case-official-user" label={t('caseNew.officialUser')} errors={errors.officialUserId}>
            <select id="case-official-user" value={draft.officialUserId} onChange={(e) => set('officialUserId', e.currentTarget.value)}>
              <option value="">{choices.length === 0 ? t('caseNew.officialNoMatch') : t('caseNew.officialChoose')}</option>
              {choices.map((user) => (
                <option key={user.userId} value={user.userId}>
                  {choiceLabel(user, unitName)}
                </option>
              ))}
            </select>
          </Field>
        </div>
      )}
      {draft.officialKind === 'outside' && (
        <>
          <div class="field-row">
            <Field id="case-official-name" label={t('caseNew.officialName')} errors={errors.officialName}>
              <input id="case-official-name" type="text" maxLength={120} autocomplete="off" value={draft.officialName} onInput={text('officialName')} />
            </Field>
            <Field id="case-official-position" label={t('caseNew.officialPosition')} errors={errors.officialPosition}>
              <input id="case-official-position" type="text" maxLength={200} value={draft.officialPosition} onInput={text('officialPosition')} />
            </Field>
            <Field id="case-official-organisation" label={t('caseNew.officialOrganisation')} errors={errors.officialOrganisation}>
              <input id="case-official-organisation" type="text" maxLength={200} value={draft.officialOrganisation} onInput={text('officialOrganisation')} />
            </Field>
          </div>
          {namesakes.length > 0 && (
            <div class="notice notice-warning namesakes" role="status">
              <p class="notice-title">{t('caseNew.namesakes')}</p>
              <ul>
                {namesakes.map((user) => (
                  <li key={user.userId}>
                    <span>{choiceLabel(user, unitName)}</span>
                    <button
                      type="button"
                      class="button button-secondary"
                      aria-label={t('caseNew.namesakePickLabel', { name: user.fullName })}
                      onClick={() => {
                        set('officialKind', 'directory');
                        set('officialUserId', user.userId);
                      }}
                    >
                      {t('caseNew.namesakePick')}
                    </button>
                    <label class="check">
                      <input
                        type="checkbox"
                        checked={draft.officialNotSameAs.includes(user.userId)}
                        onChange={(e) =>
                          set('officialNotSameAs', e.currentTarget.checked ? [...draft.officialNotSameAs, user.userId] : draft.officialNotSameAs.filter((id) => id !== user.userId))
                        }
                      />
                      {t('caseNew.namesakeOther')}
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Field id="case-official-reason" label={t('caseNew.officialReason')} errors={errors.officialReason} hint={t('caseNew.officialReasonHint')}>
            <input id="case-official-reason" type="text" maxLength={500} value={draft.officialReason} onInput={text('officialReason')} />
          </Field>
        </>
      )}
    </fieldset>
  );
}
