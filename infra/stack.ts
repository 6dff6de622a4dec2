import { join } from 'node:path';
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { Function as LambdaFunction, type IFunction } from 'aws-cdk-lib/aws-lambda';
import type { Construct } from 'constructs';
import { ApiGateway } from './constructs/api-gateway.ts';
import { ApiRoutes } from './constructs/api-routes.ts';
import { Auth } from './constructs/auth.ts';
import { Database } from './constructs/database.ts';
import { Functions } from './constructs/functions.ts';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { InboundMail } from './constructs/inbound-mail.ts';
import { Mail } from './constructs/mail.ts';
import { Monitoring } from './constructs/monitoring.ts';
import { Schedules } from './constructs/schedules.ts';
import { Storage } from './constructs/storage.ts';
import { WebappContent } from './constructs/webapp-content.ts';
import { Webapp } from './constructs/webapp.ts';

/** Deployment choices, read from CDK context by `app.ts`; every one has a default so `cdk synth` needs none. */
export interface DanVanMonitorSettings {
  /** Project root: function entries, package-lock.json and `web/dist` are found from here. */
  readonly rootDir: string;
  readonly sendingDomain: string;
  readonly mailFrom: string;
  readonly authDomainPrefix: string;
  readonly threatProtection: boolean;
  readonly alarmEmail?: string;
  readonly corsOrigins: readonly string[];
  readonly apiRateLimit: number;
  readonly apiBurstLimit: number;
  /** Domain units send reports to (SES receiving); default: context `inboundMailDomain`, else `bao-cao.<sendingDomain>`. */
  readonly inboundMailDomain?: string;
}

export interface DanVanMonitorStackProps extends StackProps {
  readonly settings: DanVanMonitorSettings;
}

/**
 * The whole platform in one stack, composed of one construct per concern. The order follows the
 * dependencies: CloudFront needs the API's domain, the user pool's callback needs CloudFront's URL, and
 * routes need both the functions and the user pool.
 */
export class DanVanMonitorStack extends Stack {
  constructor(scope: Construct, id: string, props: DanVanMonitorStackProps) {
    super(scope, id, props);
    const { settings } = props;

    const database = new Database(this, 'Database');
    const storage = new Storage(this, 'Storage');
    const mail = new Mail(this, 'Mail', { sendingDomain: settings.sendingDomain, mailFrom: settings.mailFrom });
    const apiGateway = new ApiGateway(this, 'Api', {
      corsOrigins: settings.corsOrigins,
      rateLimit: settings.apiRateLimit,
      burstLimit: settings.apiBurstLimit,
    });
    const webapp = new Webapp(this, 'Webapp', { apiDomainName: apiGateway.domainName, logBucket: storage.logBucket });
    const auth = new Auth(this, 'Auth', {
      appUrl: webapp.url,
      domainPrefix: settings.authDomainPrefix,
      threatProtection: settings.threatProtection,
    });
    const functions = new Functions(this, 'Functions', {
      rootDir: settings.rootDir,
      table: database.table,
      buckets: storage.buckets,
      mail,
      appUrl: webapp.url,
      userPool: auth.userPool,
    });
    // The public form's limits need the viewer's address, which only a request through CloudFront carries.
    const publicApi = functionNamed(functions.functions, 'api-public');
    if (publicApi instanceof LambdaFunction) publicApi.addEnvironment('ORIGIN_VERIFY_SECRET', webapp.originVerifySecret);
    mail.deliveryEvents.addSubscription(new LambdaSubscription(functionNamed(functions.functions, 'ses-events')));
    const inboundMailDomain = settings.inboundMailDomain ?? contextText(this, 'inboundMailDomain') ?? `bao-cao.${settings.sendingDomain}`;
    const inboundMail = new InboundMail(this, 'InboundMail', {
      domain: inboundMailDomain,
      bucket: storage.buckets.inboundMail,
      ingest: functionNamed(functions.functions, 'email-ingest'),
    });
    // Every function shows or receives these addresses (obligation views, ingestion), so all get the domain.
    for (const fn of Object.values(functions.functions)) {
      if (fn instanceof LambdaFunction) fn.addEnvironment('INBOUND_MAIL_DOMAIN', inboundMailDomain);
    }
    new ApiRoutes(this, 'ApiRoutes', {
      httpApi: apiGateway.httpApi,
      functions: functions.functions,
      userPool: auth.userPool,
      userPoolClient: auth.webClient,
    });
    new WebappContent(this, 'WebappContent', {
      bucket: webapp.bucket,
      distribution: webapp.distribution,
      distDir: join(settings.rootDir, 'web', 'dist'),
      authDomain: auth.domainName,
      userPoolClientId: auth.webClient.userPoolClientId,
    });
    const schedules = new Schedules(this, 'Schedules', { functions: functions.functions });
    new Monitoring(this, 'Monitoring', {
      functions: functions.functions,
      deadLetterQueues: {
        ...prefixed('function-', functions.deadLetterQueues),
        ...prefixed('schedule-', schedules.deadLetterQueues),
        'inbound-mail': inboundMail.deadLetterQueue,
      },
      httpApi: apiGateway.httpApi,
      table: database.table,
      ...(settings.alarmEmail ? { alarmEmail: settings.alarmEmail } : {}),
    });

    new CfnOutput(this, 'AppUrl', { value: webapp.url });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'WebClientId', { value: auth.webClient.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: database.table.tableName });
  }
}

const contextText = (scope: Stack, key: string): string | undefined => {
  const value: unknown = scope.node.tryGetContext(key);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};

const functionNamed = (functions: Readonly<Record<string, IFunction>>, name: string): IFunction => {
  const fn = functions[name];
  if (!fn) throw new Error(`No function ${name} is deployed`);
  return fn;
};

const prefixed = <T>(prefix: string, record: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [`${prefix}${key}`, value]));
