import type { Official } from '../../../../shared/organization/official.ts';
import { officialText } from './official.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { Badge } from '../../components/badge.tsx';

/**
 * The official a record names, by kind: someone of the agency (name, position, unit), a person outside it
 * (with the office's reason), or the citizen's own words, marked as not yet identified in the directory.
 */
export function OfficialView(props: { official: Official }) {
  const { t } = useI18n();
  const { official } = props;
  if (official.kind === 'reported') {
    return (
      <div class="official" data-official-kind="reported">
        <p>{t('case.official.reported', { text: officialText(official) })}</p>
        <p class="official-kind">
          <Badge tone="warning">{t('case.official.unidentified')}</Badge>
        </p>
      </div>
    );
  }
  return (
    <div class="official" data-official-kind={official.kind}>
      <p>{officialText(official)}</p>
      {official.kind === 'outside' ? (
        <p class="official-kind">
          <Badge tone="warning">{t('case.official.outside')}</Badge> {t('case.official.outsideReason')}: {official.reason}
        </p>
      ) : (
        <p class="official-kind muted">{t('case.official.directory')}</p>
      )}
    </div>
  );
}
