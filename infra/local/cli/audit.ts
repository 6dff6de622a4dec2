/**
 * Verifies an agency's audit hash chain in the local platform `npm start` runs (its DynamoDB Local on
 * DVM_DYNAMODB_PORT), as `GET /api/audit/verify` does in AWS:
 *   npm run -s audit -- verify [--agency so-khcn-quang-ngai]
 * Prints one JSON object (entries, valid, the first broken link); exits 1 when the chain is broken.
 */
import { parseArgs } from 'node:util';
import { fail, useLocalPlatformEnvironment } from './local-env.ts';

const { values, positionals } = parseArgs({ options: { agency: { type: 'string' } }, allowPositionals: true, strict: true });
if (positionals.join(' ') !== 'verify') fail('Lệnh: npm run -s audit -- verify [--agency <mã cơ quan>]', 'Usage: npm run -s audit -- verify [--agency <agency id>]');

useLocalPlatformEnvironment();

const { DynamoDbAuditChain } = await import('../../../shared/audit/dynamodb-audit-chain.ts');
const { loadConfig } = await import('../../../shared/platform/config.ts');
const { createDocumentClient } = await import('../../../shared/storage/dynamodb.ts');
const config = loadConfig();
try {
  const result = await new DynamoDbAuditChain(createDocumentClient(config), config.TABLE_NAME).verify(values.agency ?? config.DEFAULT_AGENCY_ID);
  console.log(JSON.stringify(result, null, 2));
  process.exitCode = result.valid ? 0 : 1;
} catch (error) {
  const refused = /ECONNREFUSED/.test(String((error as Error).message) + String((error as { cause?: Error }).cause?.message));
  if (refused) fail('Không kết nối được nền tảng cục bộ: hãy chạy `npm start` trước.', 'Cannot reach the local platform: run `npm start` first.');
  throw error;
}
