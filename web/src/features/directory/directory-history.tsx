import { useState } from 'preact/hooks';
import { useApp } from '../../app-context.ts';
import { eventLine, eventsAbout, type DirectoryNames } from './history.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useResource } from '../../use-resource.ts';
import { ResourceStatus } from '../../components/error-message.tsx';
import type { DirectoryEvent } from '../../api/types.ts';
import { ORGANIZATION_ROUTES } from '../../../../shared/http/routes/organization.ts';

const PAGE = 20;

/**
 * "Lịch sử thay đổi": the directory events about `kinds`, newest first, each with when, who, what
 * changed (by name and label) and why. Loaded again whenever `reloadKey` changes, i.e. after a save.
 */
export function DirectoryHistory(props: { kinds: readonly DirectoryEvent['target']['kind'][]; names: DirectoryNames; reloadKey: number; intro: string }) {
  const { api } = useApp();
  const { t } = useI18n();
  const [shown, setShown] = useState(PAGE);
  const events = useResource(() => api.call(ORGANIZATION_ROUTES.listDirectoryEvents), [api, props.reloadKey]);
  const items = events.state === 'ready' ? eventsAbout(events.data.items, props.kinds) : [];
  return (
    <section class="panel directory-history" aria-labelledby="history-title">
      <h2 id="history-title">{t('history.title')}</h2>
      <p class="hint-block">{props.intro}</p>
      <ResourceStatus resource={events} />
      {events.state === 'ready' &&
        (items.length === 0 ? (
          <p class="muted">{t('history.empty')}</p>
        ) : (
          <>
            <ol class="timeline">
              {items.slice(0, shown).map((event) => {
                const line = eventLine(event, props.names, t);
                return (
                  <li key={line.id} class="timeline-event" data-event={event.action}>
                    <p class="timeline-head">
                      <span class="timeline-at">{line.at}</span>
                      <strong>{line.what}</strong>
                    </p>
                    {line.changes.length > 0 && (
                      <ul class="change-list">
                        {line.changes.map((change, i) => (
                          <li key={i}>
                            <span class="change-field">{change.field}:</span> {change.from !== null && <>{change.from} → </>}
                            {change.to}
                          </li>
                        ))}
                      </ul>
                    )}
                    <p class="timeline-meta">
                      {t('history.by')}: {line.by} · {t('history.reason')}: {line.reason}
                    </p>
                  </li>
                );
              })}
            </ol>
            {items.length > shown && (
              <button type="button" class="button button-secondary" onClick={() => setShown((n) => n + PAGE)}>
                {t('history.more')}
              </button>
            )}
          </>
        ))}
    </section>
  );
}
