import { useState } from 'preact/hooks';
import { cleanTrackingCode } from './case-list.ts';
import { AppForm } from '../../components/app-form.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Field } from '../../components/field.tsx';
import { SubmitActions } from '../../components/submit-actions.tsx';
import { WEEKDAY_KEYS } from '../deadlines/trace-view.tsx';
import { formatDate, weekdayOf } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { usePublicApi } from '../../public-pages.tsx';
import type { PublicCaseView } from '../../api/types.ts';
import { PUBLIC_ROUTES } from '../../../../shared/http/routes/public.ts';
import { PublicNav, useTitle } from './public-parts.tsx';
import { PublicNextStep, PublicRating } from './public-rating.tsx';
import { useMutation } from '../../use-mutation.ts';

export function PublicTrackPage() {
  const api = usePublicApi();
  const { t, pick } = useI18n();
  useTitle(t('public.trackTitle'));
  const [code, setCode] = useState('');
  const { busy, error, run } = useMutation();
  const [result, setResult] = useState<PublicCaseView | null>(null);
  const [tracked, setTracked] = useState('');

  const track = async () => {
    const clean = cleanTrackingCode(code);
    if (busy || clean === '') return;
    setResult(null);
    await run(async () => {
      // The code never goes into the address bar: it would stay in the browser history.
      setResult(await api.call(PUBLIC_ROUTES.trackPublicCase, { params: { trackingCode: clean } }));
      setTracked(clean);
    });
  };

  return (
    <>
      <PublicNav current="track" />
      <h1>{t('public.trackTitle')}</h1>
      <p class="lead">{t('public.trackIntro')}</p>
      <AppForm class="track-form" onSubmit={track}>
        <Field id="public-code" label={t('public.code')} hint={t('public.codeHint')}>
          <input id="public-code" type="text" class="code-input" autocomplete="off" spellcheck={false} maxLength={40} value={code} onInput={(e) => setCode(e.currentTarget.value)} />
        </Field>
        <SubmitActions busy={busy} label={t('public.track')} busyLabel={t('public.tracking')} />
      </AppForm>
      {error !== null && <ErrorMessage error={error} />}
      {result && (
        <section class="panel public-result" aria-labelledby="public-result-title">
          <h2 id="public-result-title">{t('public.result')}</h2>
          <dl class="facts">
            <dt>{t('public.type')}</dt>
            <dd>{pick(result.typeLabel)}</dd>
            <dt>{t('public.receivedOn')}</dt>
            <dd>{formatDate(result.receivedOn)}</dd>
            <dt>{t('public.status')}</dt>
            <dd>
              <strong data-testid="public-status">{pick(result.statusLabel)}</strong>
            </dd>
            <dt>{t('public.nextDeadline')}</dt>
            <dd data-testid="public-next-deadline">
              {result.nextDeadline ? (
                <>
                  {formatDate(result.nextDeadline)} <span class="muted">({t(WEEKDAY_KEYS[weekdayOf(result.nextDeadline)]!)})</span>
                </>
              ) : (
                t('public.noDeadline')
              )}
            </dd>
          </dl>
          <h3>{t('public.decisions')}</h3>
          {result.decisions.length === 0 ? (
            <p class="muted">{t('public.noDecisions')}</p>
          ) : (
            <ul class="decision-list">
              {result.decisions.map((decision, i) => (
                <li key={i}>
                  <span class="nowrap">{formatDate(decision.decidedOn)}</span>: {decision.summary}
                </li>
              ))}
            </ul>
          )}
          {result.nextStep && <PublicNextStep step={result.nextStep} />}
          <PublicRating trackingCode={tracked} result={result} onRated={setResult} />
        </section>
      )}
    </>
  );
}
