import { useI18n } from '../i18n/i18n.tsx';
import { href } from '../router.ts';

export function AccessDeniedPage() {
  const { t } = useI18n();
  return (
    <section class="status-page" aria-labelledby="status-title">
      <h1 id="status-title">{t('access.title')}</h1>
      <p>{t('access.body')}</p>
      <p>
        <a href={href('/')}>{t('common.backHome')}</a>
      </p>
    </section>
  );
}

export function NotFoundPage(props: { path: string }) {
  const { t } = useI18n();
  return (
    <section class="status-page" aria-labelledby="status-title">
      <h1 id="status-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path: props.path })}</p>
      <p>
        <a href={href('/')}>{t('common.backHome')}</a>
      </p>
    </section>
  );
}
