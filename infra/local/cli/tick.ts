/**
 * Runs the scheduled work once, as of a chosen instant, against the local platform started by
 * `npm start` (its DynamoDB Local, SES emulator and S3 on their DVM_*_PORT ports):
 *   npm run -s tick -- --at 2025-11-06T00:30:00Z [--only scheduled-deadline-check]
 * The functions run in this process with the same event EventBridge Scheduler sends, so any date can
 * be replayed. Prints one JSON object: each function's result.
 */
import { parseArgs } from 'node:util';
import { functionsOfKind, type FunctionName } from '../../../shared/platform/resources.ts';
import { fail, useLocalPlatformEnvironment } from './local-env.ts';


const { values } = parseArgs({ options: { at: { type: 'string' }, only: { type: 'string', multiple: true } }, strict: true });
if (!values.at) fail('Cần --at <thời điểm ISO 8601>, ví dụ --at 2025-11-06T00:30:00Z', 'Missing --at <ISO 8601 instant>, e.g. --at 2025-11-06T00:30:00Z');
const at = new Date(values.at);
if (!/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/.test(values.at) || Number.isNaN(at.getTime())) {
  fail(`Thời điểm không hợp lệ: ${values.at} (cần có múi giờ, ví dụ Z hoặc +07:00)`, `Invalid instant: ${values.at} (an offset is required, e.g. Z or +07:00)`);
}
const scheduled = functionsOfKind('schedule');
const only = (values.only ?? scheduled) as FunctionName[];
const unknown = only.filter((name) => !scheduled.includes(name));
if (unknown.length) fail(`Không có hàm định kỳ: ${unknown.join(', ')}`, `No such scheduled function: ${unknown.join(', ')} (known: ${scheduled.join(', ')})`);

useLocalPlatformEnvironment();

const { runScheduled } = await import('../scheduler.ts');
try {
  console.log(JSON.stringify(await runScheduled(at, only), null, 2));
} catch (error) {
  const refused = (error as { name?: string }).name === 'TimeoutError' || /ECONNREFUSED/.test(String((error as Error).message) + String((error as { cause?: Error }).cause?.message));
  if (refused) fail('Không kết nối được nền tảng cục bộ: hãy chạy `npm start` trước.', 'Cannot reach the local platform: run `npm start` first.');
  throw error;
}
