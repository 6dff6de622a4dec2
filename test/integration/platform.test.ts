import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import nodemailer from 'nodemailer';
import PostalMime from 'postal-mime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION } from '../../infra/local/emulators/index.ts';
import { startLocalPlatform, type LocalPlatform } from '../../infra/local/platform.ts';
import { demoOrganization } from '../../shared/demo/organization.ts';
import { ROUTES } from '../../shared/http/routes/index.ts';
import { ApiClient } from '../support/api-client.ts';

describe('the local platform, through its HTTP gateway', () => {
  let platform: LocalPlatform;
  let office: ApiClient;
  let reporter: ApiClient;
  let admin: ApiClient;

  beforeAll(async () => {
    platform = await startLocalPlatform({ ports: 'random', inMemory: true, scheduler: false });
    [office, reporter, admin] = await Promise.all([
      ApiClient.signIn(platform.url, 'u-chanh-van-phong'),
      ApiClient.signIn(platform.url, 'u-bao-cao-khtc'),
      ApiClient.signIn(platform.url, 'u-quan-tri'),
    ]);
  });
  afterAll(async () => {
    await platform?.stop();
  });

  it('seeds the demo agency with a user for every role', async () => {
    expect(platform.seeded).toBeGreaterThan(1 + demoOrganization.units.length + demoOrganization.users.length);
    expect((await office.get('/api/units')).body.items).toHaveLength(demoOrganization.units.length);
    const { body } = await ApiClient.anonymous(platform.url).get('/api/dev/users');
    const roles = new Set(body.items.flatMap((u: { roles: string[] }) => u.roles));
    expect([...roles].sort()).toEqual(['admin', 'inspector', 'leader', 'office', 'reporter']);
    expect(body.items.find((u: { userId: string }) => u.userId === 'u-bao-cao-khtc')).toMatchObject({ unitName: 'Phòng Kế hoạch - Tài chính' });
  });

  it('tells each signed-in user who they are, with the claims a Cognito token would carry', async () => {
    const me = await reporter.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      user: { userId: 'u-bao-cao-khtc', fullName: 'Trương Công Danh' },
      agency: { name: 'Sở Khoa học và Công nghệ tỉnh Quảng Ngãi' },
      unit: { unitId: 'ke-hoach-tai-chinh' },
      roles: ['reporter'],
    });
  });

  it('answers a request without a token or with a forged one as API Gateway does: 401', async () => {
    expect((await ApiClient.anonymous(platform.url).get('/api/me')).status).toBe(401);
    const forged = await fetch(`${platform.url}/api/me`, { headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' } });
    expect(forged.status).toBe(401);
  });

  it('lets the office list users and refuses the same to a reporter', async () => {
    const list = await office.get('/api/users');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(demoOrganization.users.length);
    const refused = await reporter.get('/api/users');
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('Bạn không có quyền thực hiện thao tác này.');
  });

  it('lets only an admin change a unit, with optimistic locking, and a refused change stores nothing', async () => {
    const byReporter = await reporter.request('PATCH', '/api/units/ke-hoach-tai-chinh', { version: 0, changes: { name: 'Phòng của tôi' }, reason: 'Thử quyền' });
    expect(byReporter.status).toBe(403);
    const invalid = await admin.request('PATCH', '/api/units/ke-hoach-tai-chinh', { version: 0, changes: { reportingEmails: ['không phải email'] }, reason: 'Sửa địa chỉ' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details[0].path).toBe('body.changes.reportingEmails.0');
    expect((await office.get('/api/units/ke-hoach-tai-chinh')).body).toMatchObject({ name: 'Phòng Kế hoạch - Tài chính', version: 0 });

    const changed = await admin.request('PATCH', '/api/units/ke-hoach-tai-chinh', { version: 0, changes: { reportingEmails: ['khtc@khcn-quangngai.example'] }, reason: 'Sửa địa chỉ' });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(1);
    const stale = await admin.request('PATCH', '/api/units/ke-hoach-tai-chinh', { version: 0, changes: { name: 'Tên cũ' }, reason: 'Đổi tên' });
    expect(stale.status).toBe(409);
    expect((await office.get('/api/units/ke-hoach-tai-chinh')).body).toMatchObject({ name: 'Phòng Kế hoạch - Tài chính', version: 1 });
  });

  it('serves an OpenAPI 3.1 document that lists every route', async () => {
    const { status, body } = await ApiClient.anonymous(platform.url).get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const [operationId, route] of Object.entries(ROUTES)) {
      expect(body.paths[route.path][route.method.toLowerCase()].operationId).toBe(operationId);
    }
    expect(body.paths['/api/units/{unitId}'].patch.requestBody.content['application/json'].schema.properties.version).toBeDefined();
  });

  it('answers a path with a malformed percent-encoding with a bilingual 400, for the API and the web app alike', async () => {
    // Act
    const api = await office.get('/api/units/%E0%A4%A');
    const page = await fetch(`${platform.url}/units/%E0%A4%A`);

    // Assess
    expect(api.status).toBe(400);
    expect(api.body.error).toMatchObject({ code: 'malformed-path', message: expect.stringContaining('mã hóa sai'), messageEn: expect.stringContaining('malformed') });
    expect([200, 503]).toContain(page.status);
  });

  it('serves the web app with a fallback to index.html for client-side routes, and its config', async () => {
    const config = await ApiClient.anonymous(platform.url).get('/config.json');
    expect(config.body).toEqual({ auth: { mode: 'dev' }, apiBase: '/api' });
    const page = await fetch(`${platform.url}/units/van-phong`);
    expect([200, 503]).toContain(page.status);
    const traversal = await fetch(`${platform.url}/..%2f..%2fpackage.json`);
    expect(await traversal.text()).not.toContain('"dan-van-monitor"');
  });

  it('stores mail received by SMTP in the inbound-mail bucket before acknowledging it', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: platform.smtpPort, secure: false, ignoreTLS: true });
    await transport.sendMail({
      from: 'ke-hoach-tai-chinh@khcn-quangngai.example',
      to: 'bao-cao@khcn-quangngai.example',
      subject: 'Báo cáo năm 2025 của Phòng Kế hoạch - Tài chính',
      text: 'Kính gửi Văn phòng Sở.',
    });
    transport.close();
    const s3 = new S3Client({ endpoint: platform.endpoints.s3, region: LOCAL_AWS_REGION, credentials: LOCAL_AWS_CREDENTIALS, forcePathStyle: true });
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: platform.buckets.inboundMail }));
    expect(listed.Contents).toHaveLength(1);
    const object = await s3.send(new GetObjectCommand({ Bucket: platform.buckets.inboundMail, Key: listed.Contents?.[0]?.Key }));
    const parsed = await PostalMime.parse(await object.Body!.transformToByteArray());
    expect(parsed.subject).toBe('Báo cáo năm 2025 của Phòng Kế hoạch - Tài chính');
    expect(parsed.text?.trim()).toBe('Kính gửi Văn phòng Sở.');
    s3.destroy();
  });

  it('runs the scheduled functions as of a chosen instant, and the heartbeat never moves backwards', async () => {
    const results = await platform.runScheduled(new Date('2025-10-01T01:00:00Z'));
    expect(results['scheduled-heartbeat']).toEqual({ at: '2025-10-01T01:00:00.000Z' });
  });
});
