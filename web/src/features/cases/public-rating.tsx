import { useState } from 'preact/hooks';
import { RATING_LABELS, RATING_LEVELS, type RatingLevel } from '../../../../shared/cases/labels.ts';
import { PUBLIC_ROUTES } from '../../../../shared/http/routes/public.ts';
import type { PublicCaseView } from '../../api/types.ts';
import { AppForm } from '../../components/app-form.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { SubmitActions } from '../../components/submit-actions.tsx';
import { formatDate } from '../../format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { usePublicApi } from '../../public-pages.tsx';
import { useMutation } from '../../use-mutation.ts';

/** What the citizen may do next if they disagree, and by when where the law says. */
export function PublicNextStep(props: { step: NonNullable<PublicCaseView['nextStep']> }) {
  const { t, pick } = useI18n();
  return (
    <section class="notice" aria-labelledby="public-next-step" data-testid="public-next-step">
      <h3 id="public-next-step">{t('public.nextStepTitle')}</h3>
      <p>{pick(props.step)}</p>
      {props.step.lastDay && props.step.from && <p>{t('public.nextStepLastDay', { lastDay: formatDate(props.step.lastDay), from: formatDate(props.step.from) })}</p>}
    </section>
  );
}

/** Once the handling has ended: the rating given, or the form to give it, once. */
export function PublicRating(props: { trackingCode: string; result: PublicCaseView; onRated: (view: PublicCaseView) => void }) {
  const api = usePublicApi();
  const { t, pick } = useI18n();
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [missing, setMissing] = useState(false);
  const { busy, error, run } = useMutation();
  const { rating } = props.result;
  if (rating) {
    return (
      <p class="notice notice-ok" role="status" data-testid="public-rated">
        {t('public.rated', { level: pick(RATING_LABELS[rating.level]), date: formatDate(rating.ratedOn) })}
      </p>
    );
  }
  if (!props.result.mayRate) return null;

  const send = async () => {
    setMissing(level === null);
    if (level === null) return;
    const view = await run(() => api.call(PUBLIC_ROUTES.ratePublicCase, { params: { trackingCode: props.trackingCode }, body: { level } }));
    if (view) props.onRated(view);
  };
  return (
    <section aria-labelledby="public-rate-title">
      <h3 id="public-rate-title">{t('public.rateTitle')}</h3>
      <p>{t('public.rateIntro')}</p>
      <AppForm class="rate-form" onSubmit={send}>
        <fieldset class="field" aria-describedby={missing ? 'public-rate-missing' : undefined}>
          <legend>{t('public.rateLegend')}</legend>
          {missing && (
            <p id="public-rate-missing" class="field-error">
              {t('public.rateChoose')}
            </p>
          )}
          {RATING_LEVELS.map((value) => (
            <label key={value} class="check">
              <input type="radio" name="public-rating" value={value} checked={level === value} onChange={() => setLevel(value)} />
              {pick(RATING_LABELS[value])}
            </label>
          ))}
        </fieldset>
        <SubmitActions busy={busy} label={t('public.rateSubmit')} busyLabel={t('public.rateSubmitting')} />
      </AppForm>
      {error !== null && <ErrorMessage error={error} />}
    </section>
  );
}
