import { useApp } from '../app-context.ts';
import { formatDate } from '../format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { navigationFor, plannedFor } from '../nav.ts';
import { href } from '../router.ts';

export function HomePage() {
  const { me } = useApp();
  const { t, pick } = useI18n();
  const available = navigationFor(me.roles).filter((entry) => entry.id !== 'home');
  const planned = plannedFor(me.roles);
  const unitName = me.unit?.name ?? t('home.noUnit');

  return (
    <>
      <h1>{t('home.welcome', { name: me.user.fullName })}</h1>
      <p class="muted">{t('home.today', { date: formatDate(new Date()) })}</p>
      <p class="lead">{t('home.intro', { agency: me.agency.name })}</p>

      <div class="columns">
        <section class="panel" aria-labelledby="about-you">
          <h2 id="about-you">{t('home.aboutYou')}</h2>
          <dl class="facts">
            <dt>{t('home.fullName')}</dt>
            <dd>{me.user.fullName}</dd>
            {me.user.title && (
              <>
                <dt>{t('home.jobTitle')}</dt>
                <dd>{me.user.title}</dd>
              </>
            )}
            <dt>{t('home.email')}</dt>
            <dd>{me.user.email}</dd>
            <dt>{t('home.roles')}</dt>
            <dd>{me.roles.map((role) => t(`role.${role}`)).join(', ')}</dd>
            <dt>{t('home.unit')}</dt>
            <dd>{unitName}</dd>
            <dt>{t('home.agency')}</dt>
            <dd>
              {me.agency.name}, {me.agency.province}
            </dd>
          </dl>
        </section>

        <section class="panel" aria-labelledby="your-work">
          <h2 id="your-work">{t('home.yourWork')}</h2>
          {me.roles.map((role) => (
            <p key={role}>
              <strong>{t(`role.${role}`)}.</strong> {t(`home.summary.${role}`, { unit: unitName })}
            </p>
          ))}
        </section>
      </div>

      {available.length > 0 && (
        <section aria-labelledby="available-now">
          <h2 id="available-now">{t('home.availableNow')}</h2>
          <ul class="feature-list">
            {available.map((entry) => (
              <li key={entry.id}>
                <a href={href(entry.path)}>{pick(entry.label)}</a>
                <span>{pick(entry.description)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {planned.length > 0 && (
        <section aria-labelledby="coming-soon">
          <h2 id="coming-soon">{t('home.comingSoon')}</h2>
          <p class="muted">{t('home.comingSoonNote')}</p>
          <ul class="feature-list feature-list-planned">
            {planned.map((entry) => (
              <li key={entry.id}>
                <strong>{pick(entry.label)}</strong>
                <span>{pick(entry.description)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
