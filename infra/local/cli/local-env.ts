import { LOCAL_AWS_CREDENTIALS, LOCAL_AWS_REGION } from '../emulators/index.ts';
import { PORT_SETTINGS } from '../platform.ts';

/** Ends a command with a message in Vietnamese, then English, and exit code 2 (bad input or setting). */
export function fail(vi: string, en: string): never {
  console.error(`${vi}\n${en}`);
  process.exit(2);
}

/** Points this process's functions at the platform `npm start` runs (its DVM_*_PORT ports), as its handlers see it. */
export function useLocalPlatformEnvironment(): void {
  const port = (name: keyof typeof PORT_SETTINGS) => process.env[PORT_SETTINGS[name].env] ?? String(PORT_SETTINGS[name].default);
  Object.assign(process.env, {
    AWS_REGION: LOCAL_AWS_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_AWS_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_AWS_CREDENTIALS.secretAccessKey,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    TABLE_NAME: 'dan-van-monitor',
    DYNAMODB_ENDPOINT: `http://127.0.0.1:${port('dynamodb')}`,
    SES_ENDPOINT: `http://127.0.0.1:${port('ses')}`,
    S3_ENDPOINT: `http://127.0.0.1:${port('s3')}`,
    APP_URL: `http://127.0.0.1:${port('http')}`,
    MAIL_FROM: process.env.MAIL_FROM ?? '"Theo dõi công tác dân vận" <no-reply@khcn-quangngai.example>',
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'ERROR',
  });
}
