import { useState } from 'preact/hooks';
import { type MisconductOpeningInput } from '../../../../shared/cases/misconduct.ts';
import { useApp } from '../../app-context.ts';
import { choiceLabel, officialChoices } from './official.ts';
import { bodyPath, fieldErrorsOf } from '../../api/field-errors.ts';
import { useUsers } from '../../components/use-users.ts';
import { AppForm } from '../../components/app-form.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Field } from '../../components/field.tsx';
import { SubmitActions } from '../../components/submit-actions.tsx';
import { calendarDateOf } from '../../format.ts';
import type { MessageKey } from '../../i18n/dictionaries.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { href, navigate } from '../../router.ts';
import { useResource } from '../../use-resource.ts';
import type { MisconductOpened } from '../../api/types.ts';
import { CASE_ROUTES } from '../../../../shared/http/routes/cases.ts';
import { ORGANIZATION_ROUTES } from '../../../../shared/http/routes/organization.ts';
import { useMutation } from '../../use-mutation.ts';

type OriginKind = 'citizen-case' | 'inspection' | 'office';

export function MisconductNewPage() {
  const { api } = useApp();
  const { t, language } = useI18n();
  const units = useResource(() => api.call(ORGANIZATION_ROUTES.listUnits), [api]);
  const users = useUsers();
  const [origin, setOrigin] = useState<OriginKind>('office');
  const [originText, setOriginText] = useState('');
  const [query, setQuery] = useState('');
  const [userId, setUserId] = useState('');
  const [allegation, setAllegation] = useState('');
  const [discoveredOn, setDiscoveredOn] = useState(() => calendarDateOf(new Date()));
  const [violationOn, setViolationOn] = useState('');
  const [complex, setComplex] = useState(false);
  const [ground, setGround] = useState('');
  const { busy, error, run, setError } = useMutation();
  const [opened, setOpened] = useState<MisconductOpened | null>(null);
  const [missingOfficial, setMissingOfficial] = useState(false);

  const refused = fieldErrorsOf(
    error,
    language,
    (path) => {
      const field = bodyPath(path)?.[0];
      return field === 'origin' ? 'origin' : field;
    },
    // An official not in the directory: the detail carries the id, the message says it.
    { 'unknown-official': 'official' },
  );
  const errors: Partial<Record<string, string[]>> = { ...refused.fields, ...(missingOfficial && userId === '' ? { official: [t('caseNew.officialPick')] } : {}) };
  const unitLabel = (id: string) => (units.state === 'ready' ? units.data.items.find((unit) => unit.unitId === id)?.name : undefined);
  const choices = officialChoices(users, query, unitLabel, userId || undefined);

  const submit = async () => {
    if (busy) return;
    setError(null);
    setMissingOfficial(userId === '');
    if (userId === '') return;
    const text = originText.trim();
    const body: MisconductOpeningInput = {
      origin: origin === 'citizen-case' ? { kind: origin, caseId: text } : origin === 'inspection' ? { kind: origin, reference: text } : { kind: origin, note: text },
      official: { kind: 'directory', userId },
      allegation: allegation.trim(),
      discoveredOn,
      ...(violationOn ? { violationOn } : {}),
      complex,
      ...(ground.trim() ? { noLimitation: { ground: ground.trim() } } : {}),
    };
    await run(async () => {
      const result = await api.call(CASE_ROUTES.openMisconduct, { body });
      // Thời hiệu warnings are worth a stop before the case page; without any, go straight there.
      if (result.warnings.length === 0) navigate(`/misconduct/${encodeURIComponent(result.case.id)}`);
      else setOpened(result);
    }, { keepBusy: true });
  };

  const originLabel: Record<OriginKind, MessageKey> = { 'citizen-case': 'misconduct.originCase', inspection: 'misconduct.originReference', office: 'misconduct.originNote' };

  return (
    <>
      <p class="breadcrumb">
        <a href={href('/misconduct')}>← {t('misconduct.back')}</a>
      </p>
      <h1>{t('misconduct.open')}</h1>
      {opened && (
        <>
          <p class="notice notice-ok" role="status">
            {t('misconduct.opened', { id: opened.case.id })}
          </p>
          <div class="notice notice-warning notice-prominent" role="alert">
            <p class="notice-title">⚠ {t('caseNew.warnings')}</p>
            <ul>
              {opened.warnings.map((warning) => (
                <li key={warning.code}>{language === 'vi' ? warning.messageVi : warning.messageEn}</li>
              ))}
            </ul>
          </div>
          <p>
            <a class="button" href={href(`/misconduct/${encodeURIComponent(opened.case.id)}`)}>
              {t('misconduct.toCase')}
            </a>
          </p>
        </>
      )}
      {error !== null && <ErrorMessage error={error} />}
      {!opened && (
        <AppForm class="case-form" onSubmit={submit}>
          <fieldset class="panel form-section">
            <legend>{t('misconduct.origin')}</legend>
            {(['citizen-case', 'inspection', 'office'] as const).map((kind) => (
              <label key={kind} class="check">
                <input type="radio" name="origin" checked={origin === kind} onChange={() => setOrigin(kind)} />
                {t(`misconduct.origin.${kind}`)}
              </label>
            ))}
            <Field id="mc-origin" label={t(originLabel[origin])} errors={errors.origin}>
              {origin === 'office' ? (
                <textarea id="mc-origin" rows={2} value={originText} onInput={(e) => setOriginText(e.currentTarget.value)} />
              ) : (
                <input id="mc-origin" type="text" maxLength={200} value={originText} onInput={(e) => setOriginText(e.currentTarget.value)} />
              )}
            </Field>
          </fieldset>
          <fieldset class="panel form-section">
            <legend>{t('misconduct.official')}</legend>
            <div class="field-row">
              <Field id="mc-search" label={t('caseNew.officialSearch')}>
                <input id="mc-search" type="text" autocomplete="off" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
              </Field>
              <Field id="mc-user" label={t('misconduct.officialUser')} errors={errors.official} hint={t('misconduct.officialUserHint')}>
                <select id="mc-user" value={userId} onChange={(e) => setUserId(e.currentTarget.value)}>
                  <option value="">{choices.length === 0 ? t('caseNew.officialNoMatch') : t('caseNew.officialChoose')}</option>
                  {choices.map((user) => (
                    <option key={user.userId} value={user.userId}>
                      {choiceLabel(user, unitLabel)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          </fieldset>
          <fieldset class="panel form-section">
            <legend>{t('misconduct.allegation')}</legend>
            <Field id="mc-allegation" label={t('misconduct.allegation')} errors={errors.allegation}>
              <textarea id="mc-allegation" rows={5} value={allegation} onInput={(e) => setAllegation(e.currentTarget.value)} />
            </Field>
            <div class="field-row">
              <Field id="mc-discovered" label={t('misconduct.discoveredOn')} errors={errors.discoveredOn} hint={t('misconduct.discoveredHint')}>
                <input id="mc-discovered" type="date" value={discoveredOn} onInput={(e) => setDiscoveredOn(e.currentTarget.value)} />
              </Field>
              <Field id="mc-violation" label={t('misconduct.violationOn')} errors={errors.violationOn} hint={t('misconduct.violationHint')}>
                <input id="mc-violation" type="date" value={violationOn} onInput={(e) => setViolationOn(e.currentTarget.value)} />
              </Field>
            </div>
            <label class="check">
              <input type="checkbox" checked={complex} onChange={(e) => setComplex(e.currentTarget.checked)} />
              {t('misconduct.complex')}
            </label>
            <Field id="mc-ground" label={t('misconduct.noLimitation')} errors={errors.noLimitation}>
              <input id="mc-ground" type="text" maxLength={500} value={ground} onInput={(e) => setGround(e.currentTarget.value)} />
            </Field>
          </fieldset>
          <SubmitActions busy={busy} label={t('misconduct.submit')} busyLabel={t('caseNew.submitting')} />
        </AppForm>
      )}
    </>
  );
}
