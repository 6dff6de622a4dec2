import { describe, expect, it } from 'vitest';
import { transition } from '../../../shared/cases/lifecycle.ts';
import { toPublicView } from '../../../shared/cases/public-view.ts';
import { PETITIONER, apply, calendar, officer, register, registration, ruleSet, vn } from './fixtures.ts';

const unrated = { rating: undefined, today: '2025-03-25', calendar };

describe('public status view', () => {
  const received = register(
    registration('to-cao', vn('2025-02-28'), {
      handlerUserId: 'u-handler',
      unitConcerned: { unitId: 'phong-qlkh', name: 'Phòng Quản lý khoa học' },
      documents: [{ ref: 'scan-1', kind: 'letter' }],
    }),
    { trackingCodeHash: 'a'.repeat(64) },
  ).case;
  const started = apply(received, [{ type: 'accept' }, { type: 'start' }], '2025-03-02');
  const resolved = transition(started, { type: 'resolve', outcome: 'upheld', documentRef: 'KL 7/KL-SKHCN', publicSummary: 'Nội dung tố cáo là đúng; đã xử lý theo quy định.' }, vn('2025-03-20'), officer, ruleSet, calendar).case;

  it('shows exactly type, receipt date, status, next deadline and public decisions', () => {
    const view = toPublicView(started, unrated);
    expect(Object.keys(view).sort()).toEqual(['decisions', 'mayRate', 'nextDeadline', 'nextStep', 'rating', 'receivedOn', 'status', 'statusLabel', 'type', 'typeLabel']);
    expect(view).toEqual({
      type: 'to-cao',
      typeLabel: { vi: 'Tố cáo', en: 'Denunciation' },
      receivedOn: '2025-02-28',
      status: 'in-progress',
      statusLabel: { vi: 'Đang giải quyết', en: 'Being resolved' },
      // Notification (10/03) comes before resolution (02/04).
      nextDeadline: '2025-03-10',
      decisions: [],
      nextStep: null,
      mayRate: false,
      rating: null,
    });
  });

  it('shows the public summary of a decision and no deadline once resolved', () => {
    expect(toPublicView(resolved, unrated)).toMatchObject({
      status: 'resolved',
      nextDeadline: null,
      decisions: [{ decidedOn: '2025-03-20', summary: 'Nội dung tố cáo là đúng; đã xử lý theo quy định.' }],
    });
  });

  it('leaks no personal or internal field anywhere in the output', () => {
    const json = JSON.stringify([toPublicView(received, unrated), toPublicView(started, unrated), toPublicView(resolved, unrated)]);
    for (const secret of [...Object.values(PETITIONER), 'Trần Văn Bình', 'u-accused', 'u-handler', 'u-office', 'phong-qlkh', 'Phòng Quản lý', 'scan-1', 'KL 7', 'a'.repeat(64), received.content, received.subject]) {
      expect(json).not.toContain(secret);
    }
  });
});
