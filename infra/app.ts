import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DanVanMonitorStack, type DanVanMonitorSettings } from './stack.ts';

/** Reads the deployment settings from CDK context (`cdk synth -c sendingDomain=…`), with defaults. */
export function settingsFromContext(app: App, rootDir: string): DanVanMonitorSettings {
  const text = (key: string, fallback: string): string => {
    const value: unknown = app.node.tryGetContext(key);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
  };
  const positive = (key: string, fallback: number): number => {
    const value = Number(text(key, String(fallback)));
    if (!Number.isFinite(value) || value <= 0) throw new Error(`Context ${key} must be a positive number`);
    return value;
  };
  const sendingDomain = text('sendingDomain', 'example.gov.vn');
  const alarmEmail = text('alarmEmail', '');
  return {
    rootDir,
    sendingDomain,
    mailFrom: text('mailFrom', `no-reply@${sendingDomain}`),
    authDomainPrefix: text('authDomainPrefix', 'dan-van-monitor'),
    threatProtection: text('threatProtection', 'false') === 'true',
    ...(alarmEmail ? { alarmEmail } : {}),
    corsOrigins: text('corsOrigins', '').split(',').map((origin) => origin.trim()).filter(Boolean),
    apiRateLimit: positive('apiRateLimit', 50),
    apiBurstLimit: positive('apiBurstLimit', 100),
  };
}

/** Builds the app with cdk-nag's AwsSolutions pack, so an unacknowledged finding fails the synthesis. */
export function buildApp(app: App, rootDir: string): DanVanMonitorStack {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return new DanVanMonitorStack(app, 'DanVanMonitorStack', {
    description: 'dan-van-monitor: monitoring of công tác dân vận (HTTP API, Lambda, DynamoDB, SES, CloudFront)',
    settings: settingsFromContext(app, rootDir),
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const app = new App();
  buildApp(app, resolve(dirname(fileURLToPath(import.meta.url)), '..'));
  app.synth();
}
