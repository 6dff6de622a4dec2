import { useRecordDetail } from './use-record-detail.ts';
import { RecordFrame } from './record-frame.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { CaseBody } from './case-body.tsx';
import type { BodyOf } from '../../api/client.ts';
import { CASE_ROUTES } from '../../../../shared/http/routes/cases.ts';

export function CaseDetailPage(props: { caseId: string }) {
  const { t } = useI18n();
  const { detail, data, send, reload } = useRecordDetail(
    {
      read: (api) => api.call(CASE_ROUTES.getCase, { params: { caseId: props.caseId } }),
      command: (api, body) => api.call(CASE_ROUTES.commandCase, { params: { caseId: props.caseId }, body: body as BodyOf<typeof CASE_ROUTES.commandCase> }),
    },
    props.caseId,
  );

  return (
    <RecordFrame backTo="/cases" backLabel={t('cases.back')} detail={detail} data={data}>
      {(data) => (
        <CaseBody
          detail={data}
          send={send}
          reload={reload}
        />
      )}
    </RecordFrame>
  );
}
