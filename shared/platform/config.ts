import * as z from 'zod';

/**
 * Runtime configuration of every function, read once per cold start from the environment. The CDK app
 * sets these variables in AWS; the local runtime sets them before it loads the handlers. Endpoint
 * overrides exist only for the local emulators.
 */
export const ConfigSchema = z.object({
  TABLE_NAME: z.string().min(1),
  AWS_REGION: z.string().min(1).default('ap-southeast-1'),
  ATTACHMENTS_BUCKET: z.string().min(1).optional(),
  INBOUND_MAIL_BUCKET: z.string().min(1).optional(),
  /** Sender of every e-mail, e.g. `"Hệ thống theo dõi dân vận" <no-reply@example.gov.vn>`. */
  MAIL_FROM: z.string().min(3).optional(),
  SES_CONFIGURATION_SET: z.string().min(1).optional(),
  /** Public URL of the web app, for links in e-mails. */
  APP_URL: z.url().default('http://127.0.0.1:3000'),
  /** Sent by CloudFront on `/api/*`; unset locally, where the gateway is the edge. */
  ORIGIN_VERIFY_SECRET: z.string().min(16).optional(),
  /** Domain of the addresses units send reports to (an SES receiving domain in AWS). */
  INBOUND_MAIL_DOMAIN: z.string().min(3).default('bao-cao.khcn-quangngai.example'),
  /** The agency inbound mail belongs to when the address does not name one (one agency per deployment today). */
  DEFAULT_AGENCY_ID: z.string().min(1).default('so-khcn-quang-ngai'),
  /** Cognito user pool whose accounts the directory manages (functions with `access.manageUsers`); unset locally. */
  USER_POOL_ID: z.string().min(1).optional(),
  DYNAMODB_ENDPOINT: z.url().optional(),
  SES_ENDPOINT: z.url().optional(),
  S3_ENDPOINT: z.url().optional(),
});

export type Config = z.infer<typeof ConfigSchema>;

/** Reads and validates the environment; fails naming each missing or invalid variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  throw new Error(`Invalid configuration (environment variables): ${problems}`);
}
