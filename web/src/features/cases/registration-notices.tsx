import { useI18n } from '../../i18n/i18n.tsx';
import { href } from '../../router.ts';
import type { RegistrationResponse } from '../../api/types.ts';

/** What registering a case warns about (filing limit, anonymous lead…) and the open cases it may repeat. */
export function RegistrationNotices(props: { result: Pick<RegistrationResponse, 'warnings' | 'duplicates'> }) {
  const { t, language } = useI18n();
  const { warnings, duplicates } = props.result;
  return (
    <>
      {warnings.length > 0 && (
        <div class="notice notice-warning notice-prominent" role="alert">
          <p class="notice-title">⚠ {t('caseNew.warnings')}</p>
          <ul>
            {warnings.map((warning) => (
              <li key={warning.code} data-code={warning.code}>
                {language === 'vi' ? warning.messageVi : warning.messageEn}
              </li>
            ))}
          </ul>
        </div>
      )}
      {duplicates.length > 0 && (
        <div class="notice notice-warning">
          <p class="notice-title">{t('caseNew.duplicates')}</p>
          <ul>
            {duplicates.map((duplicate) => (
              <li key={duplicate.caseId}>
                <a href={href(`/cases/${encodeURIComponent(duplicate.caseId)}`)}>{duplicate.caseId}</a>{' '}
                <span class="muted">({t('caseNew.duplicateSignals', { signals: duplicate.signals.join(', ') })})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
