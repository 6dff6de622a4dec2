import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPlatform, type LocalPlatform, type Ports } from '../../infra/local/platform.ts';
import { DynamoDbAuditChain } from '../../shared/audit/dynamodb-audit-chain.ts';
import type { AuditEntry } from '../../shared/audit/model.ts';
import { FixedClock } from '../../shared/clock.ts';
import { DEMO_AGENCY_ID } from '../../shared/demo/organization.ts';
import { PLAN_SECTIONS } from '../../shared/demo/reporting-plan.ts';
import { loadConfig } from '../../shared/platform/config.ts';
import { createServices, type Services } from '../../shared/platform/container.ts';
import { obligationCode, obligationIdOf } from '../../shared/reporting/rules.ts';
import { ApiClient } from '../support/api-client.ts';
import { minimalDocx } from '../support/zip.ts';
import { portsOf, runCli } from '../support/cli.ts';

const ANNUAL_KHTC = obligationIdOf('bao-cao-nam-2025', 'ke-hoach-tai-chinh');
const DENOUNCER = { name: 'Hồ Thị Bảo Trâm', address: '27 Hùng Vương, phường Trần Phú, Quảng Ngãi', phone: '0935777123' };

const auditCli = (args: string[], ports: Ports) => runCli('audit', args, { DVM_DYNAMODB_PORT: String(ports.dynamodb) });

describe('the tamper-evident audit log: a per-agency hash chain of every state change and protected read', () => {
  let platform: LocalPlatform;
  let ports: Ports;
  let services: Services;
  let chain: DynamoDbAuditChain;
  let leader: ApiClient;
  let entries: AuditEntry[];
  let caseId: string;
  const logLines: string[] = [];
  const entryKey = (seq: number) => ({ pk: `AGENCY#${DEMO_AGENCY_ID}`, sk: `AUDIT#${String(seq).padStart(12, '0')}` });

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false, clock: new FixedClock('2025-10-20T03:00:00Z'), log: (line) => logLines.push(line) });
    ports = portsOf(platform);
    services = createServices(loadConfig());
    chain = new DynamoDbAuditChain(services.db, services.config.TABLE_NAME);
    const [reporter, office] = await Promise.all([ApiClient.signIn(platform.url, 'u-bao-cao-khtc'), ApiClient.signIn(platform.url, 'u-chanh-van-phong')]);
    leader = await ApiClient.signIn(platform.url, 'u-pho-giam-doc');

    // A report version, a denunciation and its protected read, and a unit's report by e-mail.
    const submitted = await reporter.request('POST', `/api/obligations/${ANNUAL_KHTC}/submissions`, {
      content: {
        sections: Object.fromEntries(PLAN_SECTIONS.map((s) => [s.id, { narrative: `Kết quả mục ${s.id}.`, metrics: Object.fromEntries(s.metrics.map((m) => [m.id, 1])) }])),
        difficulties: 'Khó khăn',
        proposals: 'Đề xuất',
        nextDirection: 'Phương hướng',
      },
      attachments: [],
    });
    expect(submitted.status).toBe(201);
    const registered = await office.request('POST', '/api/cases', {
      type: 'to-cao',
      channel: 'truc-tiep',
      receivedAt: '2025-10-20T08:30:00+07:00',
      petitioner: DENOUNCER,
      subject: 'Tố cáo cán bộ sách nhiễu khi thẩm định hồ sơ',
      content: 'Cán bộ yêu cầu nộp thêm giấy tờ không có trong quy định và hẹn nhiều lần mà không giải quyết.',
      handlerUserId: 'u-chanh-van-phong',
    });
    expect(registered.status).toBe(201);
    caseId = registered.body.case.id;
    expect((await office.get(`/api/cases/${caseId}`)).status).toBe(200);
    // A case document, numbered by the outgoing register.
    expect((await office.request('POST', `/api/cases/${caseId}/documents`, { step: 'proposal', addressee: 'leader' })).status).toBe(202);
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: ports.smtp, secure: false, ignoreTLS: true });
    await transport.sendMail({
      from: 'ke-hoach-tai-chinh@khcn-quangngai.example',
      to: 'bao-cao@bao-cao.khcn-quangngai.example',
      subject: `Báo cáo năm 2025 [${obligationCode(ANNUAL_KHTC)}]`,
      text: 'Phòng KH-TC gửi báo cáo.',
      headers: { 'DKIM-Signature': 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=KHCN-QuangNgai.example; s=mail; h=from:to:subject; bh=AAAA; b=BBBB' },
      attachments: [{ filename: 'bao-cao.docx', content: minimalDocx('báo cáo'), contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }],
    });
    transport.close();
    for (let i = 0; i < 300 && !logLines.some((l) => l.startsWith('[smtp] stored')); i += 1) await new Promise((r) => setTimeout(r, 50));
    await platform.drainStreams();
    entries = await chain.entries(DEMO_AGENCY_ID);
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('chains each write of a report, a case, an alert and an inbound e-mail, and each protected read, without their content', async () => {
    const entities = new Set(entries.map((e) => e.source.entity));
    for (const entity of ['obligation', 'submission', 'case', 'access-log', 'inbound-mail', 'case-document', 'register-entry']) expect(entities).toContain(entity);
    expect(entries.find((e) => e.source.entity === 'case-document')?.actor).toBe('u-chanh-van-phong');
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, i) => i + 1));
    for (const [i, entry] of entries.entries()) expect(entry.prevHash).toBe(i === 0 ? '0'.repeat(64) : entries[i - 1]!.hash);
    const read = entries.find((e) => e.source.entity === 'access-log' && e.source.sk.includes(caseId));
    expect(read?.actor).toBe('u-chanh-van-phong');
    // The chain proves what a record was by its hash; it never holds the denouncer's identity.
    expect(JSON.stringify(entries)).not.toMatch(new RegExp(Object.values(DENOUNCER).join('|')));

    const mail = entries.filter((e) => e.source.entity === 'inbound-mail' && e.status === 'done');
    expect(mail).toHaveLength(1);
    expect(mail[0]?.evidence).toEqual({ verdicts: { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' }, dkimDomains: ['khcn-quangngai.example'] });
  });

  it('appends a redelivered stream record once', async () => {
    const head = await chain.head(DEMO_AGENCY_ID);
    const { seq: _seq, prevHash: _prev, hash: _hash, ...event } = entries[0]!;
    expect(await chain.append(event)).toBe(false);
    expect(await chain.head(DEMO_AGENCY_ID)).toEqual(head);
  });

  it('verifies by API (leaders, inspectors, administrators) and by command; an altered or deleted entry is named as the first broken link', async () => {
    const verified = await leader.get('/api/audit/verify');
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual({ agencyId: DEMO_AGENCY_ID, entries: entries.length, valid: true });
    expect((await (await ApiClient.signIn(platform.url, 'u-bao-cao-khtc')).get('/api/audit/verify')).status).toBe(403);
    expect((await (await ApiClient.signIn(platform.url, 'u-chanh-van-phong')).get('/api/audit/verify')).status).toBe(403);

    const target = entries.find((e) => e.source.entity === 'case')!;
    const key = entryKey(target.seq);
    const original = (await services.db.send(new GetCommand({ TableName: services.config.TABLE_NAME, Key: key }))).Item!;
    try {
      await services.db.send(new UpdateCommand({ TableName: services.config.TABLE_NAME, Key: key, UpdateExpression: 'SET #s = :s', ExpressionAttributeNames: { '#s': 'status' }, ExpressionAttributeValues: { ':s': 'closed' } }));
      const altered = await leader.get('/api/audit/verify');
      expect(altered.body).toMatchObject({ valid: false, firstBroken: { seq: target.seq, reason: 'hash-mismatch', messageVi: expect.stringContaining('bị thay đổi') } });
      const command = await auditCli(['verify'], ports);
      expect(command.code, command.stderr).toBe(1);
      expect(JSON.parse(command.stdout).firstBroken.seq).toBe(target.seq);

      await services.db.send(new DeleteCommand({ TableName: services.config.TABLE_NAME, Key: key }));
      expect((await chain.verify(DEMO_AGENCY_ID)).firstBroken).toMatchObject({ seq: target.seq, reason: 'missing-entry' });
    } finally {
      await services.db.send(new PutCommand({ TableName: services.config.TABLE_NAME, Item: original }));
    }
    const restored = await auditCli(['verify'], ports);
    expect(restored.code, restored.stderr).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ valid: true, entries: entries.length });
  });
});
