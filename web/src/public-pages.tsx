import { createContext, type ComponentType } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { createApiClient, type ApiClient } from './api/client.ts';
import type { AppConfig } from './api/schemas.ts';
import { useI18n } from './i18n/i18n.tsx';
import { lazyPage } from './lazy-page.tsx';
import { href } from './router.ts';

/**
 * Pages a citizen opens without an account: `app.tsx` renders them before the sign-in gate. They talk to
 * the public API only, with a client that never sends a token.
 */
export const PUBLIC_PATHS = { file: '/cong-dan/gui-don', track: '/cong-dan/tra-cuu', statistics: '/cong-khai' } as const;

const PAGES: Readonly<Record<string, ComponentType>> = {
  [PUBLIC_PATHS.file]: lazyPage(() => import('./features/cases/public-file-page.tsx').then((m) => m.PublicFilePage)),
  [PUBLIC_PATHS.track]: lazyPage(() => import('./features/cases/public-track-page.tsx').then((m) => m.PublicTrackPage)),
  [PUBLIC_PATHS.statistics]: lazyPage(() => import('./features/compiled/public-statistics-page.tsx').then((m) => m.PublicStatisticsPage)),
};

export function isPublicPath(path: string): boolean {
  return path in PAGES;
}

const PublicApiContext = createContext<ApiClient | null>(null);

export function usePublicApi(): ApiClient {
  const api = useContext(PublicApiContext);
  if (!api) throw new Error('usePublicApi outside PublicRoute');
  return api;
}

export function PublicRoute(props: { config: AppConfig; path: string }) {
  const api = useMemo(
    () => createApiClient({ base: new URL(props.config.apiBase, document.baseURI).href, token: () => null, onUnauthenticated: () => undefined }),
    [props.config.apiBase],
  );
  const Page = PAGES[props.path];
  return <PublicApiContext.Provider value={api}>{Page && <Page />}</PublicApiContext.Provider>;
}

/** The links from the sign-in page to the citizens' pages and the public statistics. */
export function PublicLink() {
  const { t } = useI18n();
  return (
    <p class="public-link">
      <a href={href(PUBLIC_PATHS.file)}>{t('public.link')}</a>
      <a href={href(PUBLIC_PATHS.statistics)}>{t('public.statisticsLink')}</a>
    </p>
  );
}
