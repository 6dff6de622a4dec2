import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createApiClient } from './api/client.ts';
import { AppConfigSchema, type AppConfig } from './api/schemas.ts';
import { appUrl, completeSignIn, isCallback, logoutUrl, SignInStateError } from './auth/cognito.ts';
import { clearSession, readSession, writeSession, type Session } from './auth/session.ts';
import { AppContext, useApp, type AppContextValue } from './app-context.ts';
import { ErrorMessage, Loading } from './components/error-message.tsx';
import { LanguageSwitch } from './shell/language-switch.tsx';
import { Layout } from './shell/layout.tsx';
import type { Language, MessageKey } from './i18n/dictionaries.ts';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import { storedLanguage, storeLanguage } from './i18n/translate.ts';
import { mayUse, routeFor } from './nav.ts';
import { PAGES } from './pages.tsx';
import { isPublicPath, PublicLink, PublicRoute } from './public-pages.tsx';
import { SignInPage } from './shell/sign-in-page.tsx';
import { AccessDeniedPage, NotFoundPage } from './shell/status-pages.tsx';
import { navigate, usePath } from './router.ts';
import { useResource } from './use-resource.ts';
import { ORGANIZATION_ROUTES } from '../../shared/http/routes/organization.ts';

type AuthState =
  | { step: 'signed-out'; notice?: MessageKey; error?: unknown }
  | { step: 'completing' }
  | { step: 'signed-in'; session: Session };

async function loadConfig(): Promise<AppConfig> {
  const response = await fetch(new URL('config.json', document.baseURI), { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return AppConfigSchema.parse(await response.json());
}

export function App() {
  const [language, setLanguageState] = useState<Language>(() => storedLanguage() ?? 'vi');
  // Once the user picks a language on this browser, their profile's language no longer overrides it.
  const chosen = useRef(storedLanguage() !== null);
  const changeLanguage = useCallback((next: Language) => {
    chosen.current = true;
    storeLanguage(next);
    setLanguageState(next);
  }, []);
  const adoptProfileLanguage = useCallback((profile: Language) => {
    if (!chosen.current) setLanguageState(profile);
  }, []);

  const config = useResource(loadConfig, []);
  // The citizens' pages (file a case, track it) need no account: they render before the sign-in gate.
  const path = usePath();

  return (
    <I18nProvider language={language} onChange={changeLanguage}>
      {config.state === 'loading' && (
        <PublicFrame>
          <Loading />
        </PublicFrame>
      )}
      {config.state === 'failed' && (
        <PublicFrame>
          <ConfigFailed retry={config.retry} />
        </PublicFrame>
      )}
      {config.state === 'ready' &&
        (isPublicPath(path) ? (
          <PublicFrame>
            <PublicRoute config={config.data} path={path} />
          </PublicFrame>
        ) : (
          <Authenticated config={config.data} onProfileLanguage={adoptProfileLanguage} />
        ))}
    </I18nProvider>
  );
}

function ConfigFailed(props: { retry: () => void }) {
  const { t } = useI18n();
  return (
    <div class="notice notice-error" role="alert">
      <p class="notice-title">{t('error.config')}</p>
      <button type="button" class="button button-secondary" onClick={props.retry}>
        {t('error.retry')}
      </button>
    </div>
  );
}

function Authenticated(props: { config: AppConfig; onProfileLanguage: (language: Language) => void }) {
  const { config } = props;
  const [auth, setAuth] = useState<AuthState>(() => {
    if (config.auth.mode === 'cognito' && isCallback(window.location.search)) return { step: 'completing' };
    const session = readSession();
    return session ? { step: 'signed-in', session } : { step: 'signed-out' };
  });
  const sessionRef = useRef<Session | null>(auth.step === 'signed-in' ? auth.session : null);
  sessionRef.current = auth.step === 'signed-in' ? auth.session : null;

  const api = useMemo(
    () =>
      createApiClient({
        base: new URL(config.apiBase, document.baseURI).href,
        token: () => sessionRef.current?.idToken ?? null,
        onUnauthenticated: () => {
          clearSession();
          setAuth({ step: 'signed-out', notice: 'signIn.expired' });
        },
      }),
    [config.apiBase],
  );

  useEffect(() => {
    if (auth.step !== 'completing' || config.auth.mode !== 'cognito') return;
    completeSignIn(config.auth, window.location.search).then(
      (session) => {
        writeSession(session);
        setAuth({ step: 'signed-in', session });
      },
      (error: unknown) =>
        setAuth(error instanceof SignInStateError ? { step: 'signed-out', notice: 'signIn.stateMismatch' } : { step: 'signed-out', error }),
    );
    // The code is single-use: drop it from the address bar whatever the outcome.
    window.history.replaceState(null, '', appUrl() + window.location.hash);
  }, [auth.step, config.auth]);

  const signIn = useCallback((session: Session) => {
    writeSession(session);
    setAuth({ step: 'signed-in', session });
  }, []);

  const signOut = useCallback(() => {
    clearSession();
    navigate('/');
    if (config.auth.mode === 'cognito') {
      window.location.assign(logoutUrl(config.auth, appUrl()));
      return;
    }
    setAuth({ step: 'signed-out' });
  }, [config.auth]);

  if (auth.step === 'completing') {
    return (
      <PublicFrame>
        <CompletingSignIn />
      </PublicFrame>
    );
  }
  if (auth.step === 'signed-out') {
    return (
      <PublicFrame>
        <SignInPage config={config} api={api} notice={auth.notice} error={auth.error} onSignedIn={signIn} />
        <PublicLink />
      </PublicFrame>
    );
  }
  return <SignedIn key={auth.session.idToken} config={config} api={api} onSignOut={signOut} onProfileLanguage={props.onProfileLanguage} />;
}

function CompletingSignIn() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      {t('signIn.completing')}
    </p>
  );
}

function SignedIn(props: {
  config: AppConfig;
  api: AppContextValue['api'];
  onSignOut: () => void;
  onProfileLanguage: (language: Language) => void;
}) {
  const { api, onProfileLanguage } = props;
  const me = useResource(() => api.call(ORGANIZATION_ROUTES.getMe), [api]);
  const meData = me.state === 'ready' ? me.data : null;
  useEffect(() => {
    if (meData) onProfileLanguage(meData.user.language);
  }, [meData, onProfileLanguage]);

  if (me.state === 'loading') {
    return (
      <PublicFrame>
        <Loading />
      </PublicFrame>
    );
  }
  if (me.state === 'failed') {
    return (
      <PublicFrame>
        <ErrorMessage error={me.error} onRetry={me.retry} />
        <SignOutButton onSignOut={props.onSignOut} />
      </PublicFrame>
    );
  }
  return (
    <AppContext.Provider value={{ config: props.config, api, me: me.data }}>
      <Routed onSignOut={props.onSignOut} />
    </AppContext.Provider>
  );
}

function SignOutButton(props: { onSignOut: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" class="button button-secondary" onClick={props.onSignOut}>
      {t('header.signOut')}
    </button>
  );
}

function Routed(props: { onSignOut: () => void }) {
  const path = usePath();
  const { t, pick } = useI18n();
  const { me } = useApp();
  const entry = routeFor(path);
  let title: string;
  let page: ComponentChildren;
  if (!entry) {
    title = t('notFound.title');
    page = <NotFoundPage path={path} />;
  } else if (!mayUse(entry, me.roles)) {
    title = t('access.title');
    page = <AccessDeniedPage />;
  } else {
    const Page = PAGES[entry.id];
    title = pick(entry.label);
    page = Page ? <Page /> : <NotFoundPage path={path} />;
  }
  return (
    <Layout path={path} title={title} onSignOut={props.onSignOut}>
      {page}
    </Layout>
  );
}

/** Before sign-in: the application's name and the language switch, nothing that needs a user. */
function PublicFrame(props: { children: ComponentChildren }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = t('app.title');
  }, [t]);
  return (
    <div class="shell">
      <header class="site-header">
        <div class="brand">
          <span class="brand-app brand-app-only">{t('app.title')}</span>
        </div>
        <div class="header-tools">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} class="main-public">
        {props.children}
      </main>
    </div>
  );
}
