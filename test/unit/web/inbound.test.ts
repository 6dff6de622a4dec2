import { describe, expect, it } from 'vitest';
import { visibleUnits, type Operation } from '../../../shared/access/policy.ts';
import { CaseRegistrationFieldsSchema } from '../../../shared/cases/model.ts';
import { ROLES, type Role } from '../../../shared/organization/model.ts';
import type { HeldMessage } from '../../../shared/inbound/model.ts';
import { ROUTES } from '../../../shared/http/routes/index.ts';
import {
  actionsFor,
  addressOf,
  CASE_REGISTRARS,
  HELD_ASSIGNERS,
  discardReason,
  displayNameOf,
  failedVerdicts,
  heldViewOf,
  inView,
  obligationGroups,
  statusOfView,
  toTriageRegistration,
  triageDraftOf,
} from '../../../web/src/features/inbound/held-mail.ts';


const PASS = { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' } as const;

function message(overrides: Partial<HeldMessage> = {}): HeldMessage {
  return {
    agencyId: 'so-khcn-quang-ngai',
    heldId: '0123456789abcdef0123456789abcdef',
    reason: 'unknown-sender',
    reasonVi: 'Người gửi chưa đăng ký',
    reasonEn: 'Unknown sender',
    from: 'la@example.net',
    envelopeFrom: 'la@example.net',
    to: ['bao-cao@bao-cao.khcn-quangngai.example'],
    subject: 'Báo cáo năm 2025',
    receivedAt: '2025-10-23T02:00:00.000Z',
    s3Key: 'inbound/abc',
    sesMessageId: 'abc',
    messageId: '<abc@example.net>',
    verdicts: { ...PASS },
    attachments: [],
    senderNotified: true,
    status: 'held',
    version: 1,
    ...overrides,
  };
}

describe('views of the holding area', () => {
  it('reads the view from the query, the held mail by default', () => {
    expect(heldViewOf('')).toBe('held');
    expect(heldViewOf('view=triage')).toBe('triage');
    expect(heldViewOf('view=discarded')).toBe('discarded');
    expect(heldViewOf('view=everything')).toBe('held');
  });

  it('asks the API for held mail for the triage queue, and keeps only the citizens’ letters there', () => {
    expect(statusOfView('triage')).toBe('held');
    expect(statusOfView('assigned')).toBe('assigned');
    const letter = message({ reason: 'case-triage' });
    expect(inView(letter, 'triage')).toBe(true);
    expect(inView(letter, 'held')).toBe(true);
    expect(inView(message(), 'triage')).toBe(false);
    expect(inView(message({ status: 'discarded' }), 'held')).toBe(false);
    expect(inView(message({ status: 'discarded' }), 'discarded')).toBe(true);
  });
});

describe('what the office may do with a message', () => {
  it('files report mail into a report or discards it', () => {
    expect(actionsFor(message())).toEqual(['assign', 'discard']);
    expect(actionsFor(message({ reason: 'wrong-unit', unitId: 'ke-hoach-tai-chinh' }))).toEqual(['assign', 'discard']);
  });

  it('registers a citizen’s letter or discards it', () => {
    expect(actionsFor(message({ reason: 'case-triage' }))).toEqual(['register', 'discard']);
  });

  it('only discards a virus-flagged message, whatever else it is', () => {
    expect(actionsFor(message({ reason: 'virus', verdicts: { ...PASS, virus: 'FAIL' } }))).toEqual(['discard']);
    expect(actionsFor(message({ reason: 'case-triage', verdicts: { ...PASS, virus: 'GRAY' } }))).toEqual(['discard']);
  });

  it('lets only the reviewers who may list every unit’s reports file mail, and only case registrars register letters, as the policy says', () => {
    const allUnits = (role: Role, operation: Operation) =>
      visibleUnits({ userId: 'u1', email: 'u1@example.gov.vn', agencyId: 'so-khcn-quang-ngai', roles: [role], unitId: 'van-phong' }, operation) === 'all';
    const reviewers = ROLES.filter((role) => allUnits(role, 'inbound.review'));
    expect([...HELD_ASSIGNERS].sort()).toEqual(reviewers.filter((role) => allUnits(role, 'report.read')).sort());
    expect([...CASE_REGISTRARS].sort()).toEqual(reviewers.filter((role) => allUnits(role, 'case.register')).sort());
    expect(actionsFor(message(), ['admin'])).toEqual(['discard']);
    expect(actionsFor(message({ reason: 'case-triage' }), ['admin'])).toEqual(['discard']);
  });

  it('offers nothing once a message is settled', () => {
    expect(actionsFor(message({ status: 'assigned' }))).toEqual([]);
    expect(actionsFor(message({ status: 'discarded' }))).toEqual([]);
  });

  it('lists the checks that did not pass, in a fixed order', () => {
    expect(failedVerdicts(PASS)).toEqual([]);
    expect(failedVerdicts({ ...PASS, virus: 'FAIL', spf: 'GRAY', dmarc: 'PROCESSING_FAILED' })).toEqual(['spf', 'dmarc', 'virus']);
  });
});

describe('the triage registration form', () => {
  it('reads the sender’s address and name', () => {
    expect(addressOf('Võ Thị Hoa <hoa.vo@example.net>')).toBe('hoa.vo@example.net');
    expect(addressOf('hoa.vo@example.net')).toBe('hoa.vo@example.net');
    expect(displayNameOf('"Võ Thị Hoa" <hoa.vo@example.net>')).toBe('Võ Thị Hoa');
    expect(displayNameOf('hoa.vo@example.net')).toBe('');
  });

  it('is prefilled from the mail: the sender’s e-mail and the subject', () => {
    const draft = triageDraftOf(message({ reason: 'case-triage', from: 'hoa.vo@example.net', subject: '  Đơn kiến nghị về việc cấp giấy chứng nhận ' }));
    expect(draft).toMatchObject({ type: 'kien-nghi-phan-anh', email: 'hoa.vo@example.net', subject: 'Đơn kiến nghị về việc cấp giấy chứng nhận', name: '', anonymous: false });
  });

  it('sends what the route takes: no channel, receipt time nor forwarding body, and nothing left blank', () => {
    const body = toTriageRegistration({
      ...triageDraftOf(message({ from: 'hoa.vo@example.net' })),
      name: ' Võ Thị Hoa ',
      content: 'Tôi kiến nghị rút ngắn thời gian cấp giấy chứng nhận.',
    });
    expect(body).toEqual({
      type: 'kien-nghi-phan-anh',
      anonymous: false,
      petitioner: { name: 'Võ Thị Hoa', email: 'hoa.vo@example.net' },
      subject: 'Báo cáo năm 2025',
      content: 'Tôi kiến nghị rút ngắn thời gian cấp giấy chứng nhận.',
      variants: [],
      filingFacts: {},
    });
    expect(ROUTES.registerHeldMailAsCase.body?.safeParse(body).success).toBe(true);
    expect(CaseRegistrationFieldsSchema.omit({ channel: true, receivedAt: true, forwardedBy: true }).strict().safeParse(body).success).toBe(true);
  });

  it('drops the petitioner of an anonymous letter', () => {
    const body = toTriageRegistration({ ...triageDraftOf(message()), anonymous: true, name: 'Ai đó', content: 'Nội dung tố cáo đủ dài.' });
    expect(body.petitioner).toEqual({});
    expect(body.anonymous).toBe(true);
  });
});

describe('filing a message into a report', () => {
  it('groups the choices by unit name, each unit’s soonest due first', () => {
    const item = (obligationId: string, unitId: string, unitName: string, dueInstant: string) => ({ obligationId, unitId, unitName, dueInstant });
    const groups = obligationGroups(
      [
        item('b-2025', 'b', 'Thanh tra Sở', '2025-11-04T17:00:00Z'),
        item('a-2025', 'a', 'Phòng Kế hoạch - Tài chính', '2025-11-04T17:00:00Z'),
        item('b-2023', 'b', 'Thanh tra Sở', '2023-11-04T17:00:00Z'),
      ],
      'vi',
    );
    expect(groups.map((g) => [g.unitName, g.items.map((i) => i.obligationId)])).toEqual([
      ['Phòng Kế hoạch - Tài chính', ['a-2025']],
      ['Thanh tra Sở', ['b-2023', 'b-2025']],
    ]);
  });

  it('takes a discard reason of at least 3 characters, trimmed', () => {
    expect(discardReason('  ')).toBeNull();
    expect(discardReason(' ok ')).toBeNull();
    expect(discardReason('  Thư quảng cáo  ')).toBe('Thư quảng cáo');
  });
});
