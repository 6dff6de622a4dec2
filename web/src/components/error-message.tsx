import { ApiError, ConnectionError, UnexpectedResponseError } from '../api/errors.ts';
import type { MessageKey } from '../i18n/dictionaries.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { Resource } from '../use-resource.ts';

/** Shows an error the way the API meant it: its own message, plus the reference for server faults. */
export function ErrorMessage(props: { error: unknown; fallback?: MessageKey; onRetry?: () => void }) {
  const { t, language } = useI18n();
  const { error } = props;
  let message: string;
  let reference: string | undefined;
  if (error instanceof ApiError) {
    message = language === 'vi' ? error.messageVi : error.messageEn;
    if (error.status >= 500) reference = error.correlationId;
  } else if (error instanceof ConnectionError) {
    message = t('error.network');
  } else if (error instanceof UnexpectedResponseError) {
    message = t('error.badResponse');
  } else {
    message = t(props.fallback ?? 'error.title');
  }
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div class="notice notice-error" role="alert">
      <p class="notice-title">{message}</p>
      {details.length > 0 && (
        <ul>
          {details.map((detail) => (
            <li key={detail.path}>{detail.message}</li>
          ))}
        </ul>
      )}
      {reference && <p class="notice-reference">{t('error.reference', { id: reference })}</p>}
      {props.onRetry && (
        <button type="button" class="button button-secondary" onClick={props.onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** What a resource shows until it is ready: a loading line, or its error with a retry. */
export function ResourceStatus(props: { resource: Resource<unknown> }) {
  const { resource } = props;
  if (resource.state === 'loading') return <Loading />;
  if (resource.state === 'failed') return <ErrorMessage error={resource.error} onRetry={resource.retry} />;
  return null;
}
