import { useEffect } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n.tsx';
import { PUBLIC_PATHS } from '../../public-pages.tsx';
import { href } from '../../router.ts';

export function PublicNav(props: { current: 'file' | 'track' }) {
  const { t } = useI18n();
  return (
    <nav class="public-nav" aria-label={t('public.nav')}>
      <a href={href(PUBLIC_PATHS.file)} aria-current={props.current === 'file' ? 'page' : undefined}>
        {t('public.fileTitle')}
      </a>
      <a href={href(PUBLIC_PATHS.track)} aria-current={props.current === 'track' ? 'page' : undefined}>
        {t('public.trackTitle')}
      </a>
      <a href={href(PUBLIC_PATHS.statistics)}>{t('publicStats.title')}</a>
      <a href={href('/')}>{t('public.toSignIn')}</a>
    </nav>
  );
}

export function useTitle(title: string) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t('app.title')}`;
  }, [title, t]);
}
