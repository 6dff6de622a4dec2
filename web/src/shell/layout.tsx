import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useApp } from '../app-context.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { navigationFor, routeFor } from '../nav.ts';
import { href } from '../router.ts';

export function Layout(props: { path: string; title: string; onSignOut: () => void; children: ComponentChildren }) {
  const { me } = useApp();
  const { t, pick } = useI18n();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${props.title} · ${t('app.title')}`;
  }, [props.title, t]);

  // After a route change, move focus to the new content so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [props.path]);

  const roles = me.roles.map((role) => t(`role.${role}`)).join(', ');
  // "Văn phòng Sở" is both a role and a unit: say it once.
  const unit = me.unit && me.unit.name !== roles ? ` · ${me.unit.name}` : '';
  const entries = navigationFor(me.roles);
  const current = routeFor(props.path);

  return (
    <div class="shell">
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header class="site-header">
        <div class="brand">
          <span class="brand-agency">{me.agency.name}</span>
          <span class="brand-app">{t('app.title')}</span>
        </div>
        <div class="header-tools">
          <section class="current-user" aria-label={t('header.user')}>
            <span class="current-user-name">{me.user.fullName}</span>
            <span class="current-user-role">
              {roles}
              {unit}
            </span>
          </section>
          <LanguageSwitch />
          <button type="button" class="button button-secondary sign-out" onClick={props.onSignOut}>
            {t('header.signOut')}
          </button>
        </div>
      </header>
      <nav class="site-nav" aria-label={t('nav.label')}>
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              <a href={href(entry.path)} aria-current={entry.id === current?.id ? 'page' : undefined}>
                {pick(entry.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={main} tabIndex={-1}>
        {props.children}
      </main>
      <footer class="site-footer">
        {me.agency.name} · {t('app.footer')}
      </footer>
    </div>
  );
}
