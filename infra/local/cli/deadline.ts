/**
 * Computes one deadline with the default Vietnamese calendar and rules and prints it as JSON.
 *   npm run -s deadline -- to-cao/thu-ly 2024-02-07
 *   npm run -s deadline -- khieu-nai/lan-1 2026-07-15 --variant remote --variant complex
 *   npm run -s deadline -- to-cao/giai-quyet 2025-03-03 --extensions 2
 */
import { parseArgs } from 'node:util';
import { DeadlineError, maximumExtensions, previewDeadline, vnDefaults } from '../../../shared/deadlines/index.ts';

const USAGE_VI = 'Cách dùng: npm run -s deadline -- <mã-quy-tắc> <YYYY-MM-DD> [--variant <tên>]... [--extensions <n>]';
const USAGE_EN = 'Usage: npm run -s deadline -- <rule-id> <YYYY-MM-DD> [--variant <name>]... [--extensions <n>]';

function fail(vi: string, en: string, code = 2): never {
  console.error(`${vi}\n${en}`);
  process.exit(code);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        variant: { type: 'string', multiple: true, default: [] },
        extensions: { type: 'string', default: '0' },
      },
    });
  } catch (error) {
    fail(`Tham số không hợp lệ: ${(error as Error).message}\n${USAGE_VI}`, USAGE_EN);
  }
  const [ruleId, trigger, ...extra] = parsed.positionals;
  if (!ruleId || !trigger || extra.length > 0) fail(USAGE_VI, USAGE_EN);
  const extensionCount = Number(parsed.values.extensions);
  if (!Number.isInteger(extensionCount) || extensionCount < 0) {
    fail(`--extensions phải là số nguyên không âm: "${parsed.values.extensions}"`, `--extensions must be a non-negative integer`);
  }

  try {
    const variants = parsed.values.variant;
    const { ruleSet } = vnDefaults();
    const extensions = maximumExtensions(ruleSet, { ruleId, trigger, variants }, extensionCount, 'cli');
    const result = previewDeadline({ ruleId, trigger, variants, extensions });
    console.log(JSON.stringify(result, null, 2));
  } catch (error) {
    if (error instanceof DeadlineError) fail(`Lỗi [${error.code}]: ${error.messageVi}`, `Error [${error.code}]: ${error.messageEn}`, 1);
    throw error;
  }
}

main();
