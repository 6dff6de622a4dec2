/**
 * Creates an agency with its first directory (units, users: at least an administrator and an office
 * head), through the same use case as the demo seed; safe to repeat.
 *   npm run -s onboard -- <agency.json> [--reason "…"]
 * Against the local platform (`npm start`, its DVM_*_PORT ports) by default; against AWS when
 * TABLE_NAME and USER_POOL_ID are set (with AWS credentials), creating the Cognito accounts too.
 * The file: { "agency": {…}, "units": [{ unitId, name, kind, headUserId? }], "users": [{ email, fullName, roles, unitId? }] }.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { AgencySchema, NewUnitSchema, NewUserSchema } from '../../../shared/organization/model.ts';
import { fail, useLocalPlatformEnvironment } from './local-env.ts';

const OnboardingFileSchema = z.object({
  agency: AgencySchema.omit({ version: true, headUserId: true }).extend({ headUserId: z.string().optional() }),
  units: z.array(NewUnitSchema).min(1),
  users: z.array(NewUserSchema.extend({ userId: z.string().min(1).max(128).optional() })).min(2),
});

const { values, positionals } = parseArgs({ options: { reason: { type: 'string' } }, allowPositionals: true, strict: true });
const file = positionals[0];
if (!file) fail('Cần đường dẫn tệp JSON mô tả cơ quan: npm run -s onboard -- agency.json', 'Missing the agency JSON file: npm run -s onboard -- agency.json');
let parsed: z.output<typeof OnboardingFileSchema>;
try {
  const result = OnboardingFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!result.success) fail(`Tệp không hợp lệ: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, 'The file is not a valid onboarding description.');
  parsed = result.data;
} catch (error) {
  fail(`Không đọc được tệp ${file}: ${(error as Error).message}`, `Cannot read ${file}.`);
}

if (!process.env.TABLE_NAME) {
  useLocalPlatformEnvironment();

}

const { loadConfig } = await import('../../../shared/platform/config.ts');
const { createCore } = await import('../../../shared/platform/core.ts');
const { createDirectoryAdministration } = await import('../../../shared/platform/organization-services.ts');
try {
  const administration = createDirectoryAdministration(createCore(loadConfig()));
  const result = await administration.onboard('system', parsed, values.reason ?? 'Khởi tạo cơ quan / Agency onboarding');
  console.log(JSON.stringify({ agencyId: parsed.agency.agencyId, ...result }));
} catch (error) {
  const e = error as { messageVi?: string; message: string; cause?: Error };
  if (/ECONNREFUSED/.test(`${e.message} ${e.cause?.message ?? ''}`)) fail('Không kết nối được nền tảng cục bộ: hãy chạy `npm start` trước.', 'Cannot reach the local platform: run `npm start` first.');
  if (e.messageVi) fail(e.messageVi, e.message);
  throw error;
}
