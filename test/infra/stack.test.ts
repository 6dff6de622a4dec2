import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.ts';
import type { DanVanMonitorStack } from '../../infra/stack.ts';
import { EDGE_HEADERS } from '../../shared/http/client-address.ts';
import { routeEntries } from '../../shared/http/routes/index.ts';
import { ROLES } from '../../shared/organization/model.ts';
import { BUCKETS, FUNCTIONS, functionNames, SCHEDULE_TIMEZONE, TABLE, type FunctionName } from '../../shared/platform/resources.ts';

const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Violation {
  ruleName: string;
  severity: string;
  violatingConstructs: { constructPath: string }[];
}
interface ValidationReport {
  pluginReports: { pluginName: string; violations: Violation[]; suppressedViolations?: (Violation & { reason: string })[] }[];
}

type Resource = { Type: string; Properties: Record<string, unknown> };

let outdir: string;
let stack: DanVanMonitorStack;
let template: Template;
let report: ValidationReport = { pluginReports: [] };
let bundledFiles: string[] = [];

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'dvm-cdk-'));
  const { context } = JSON.parse(readFileSync(join(rootDir, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  // An empty bundling-stacks list makes NodejsFunction skip esbuild (the asset gets a placeholder hash).
  const app = new App({ outdir, context: { ...context, 'aws:cdk:bundling-stacks': [] } });
  stack = buildApp(app, rootDir);
  const assembly = app.synth();
  const reportFile = join(assembly.directory, 'validation-report.json');
  if (existsSync(reportFile)) report = JSON.parse(readFileSync(reportFile, 'utf8')) as ValidationReport;
  template = Template.fromStack(stack);
  bundledFiles = readdirSync(outdir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.mjs'));
});

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

/** Logical id of the Lambda function of `name` (its construct path is Functions/<name>/Function). */
function functionLogicalId(name: FunctionName): string {
  const functions = template.findResources('AWS::Lambda::Function', {
    Properties: { Description: FUNCTIONS[name].description },
  });
  const ids = Object.keys(functions);
  expect(ids, `function ${name}`).toHaveLength(1);
  return ids[0] as string;
}

/** Every IAM statement attached to the role of function `name`. */
function statementsOf(name: FunctionName): { Action: string | string[]; Resource: unknown }[] {
  const fn = template.toJSON().Resources[functionLogicalId(name)] as Resource;
  const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
  const policies = Object.values(template.findResources('AWS::IAM::Policy')) as Resource[];
  return policies
    .filter((policy) => (policy.Properties.Roles as { Ref: string }[]).some((role) => role.Ref === roleId))
    .flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement);
}

const actionsOf = (name: FunctionName): string[] => statementsOf(name).flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));

describe('DanVanMonitorStack', () => {
  it('synthesizes without running esbuild when bundling is skipped', () => {
    expect(bundledFiles).toEqual([]);
  });

  it('keeps the single table safe from deletion and shaped as resources.ts says', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        TimeToLiveSpecification: { AttributeName: TABLE.ttlAttribute, Enabled: true },
        SSESpecification: Match.objectLike({ SSEEnabled: true }),
        GlobalSecondaryIndexes: Object.entries(TABLE.indexes).map(([name, keys]) =>
          Match.objectLike({
            IndexName: name,
            KeySchema: [
              { AttributeName: keys.partitionKey, KeyType: 'HASH' },
              { AttributeName: keys.sortKey, KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          }),
        ),
      }),
    });
  });

  it('encrypts, versions and closes every bucket to the public, and retains the data buckets', () => {
    const buckets = Object.values(template.findResources('AWS::S3::Bucket')) as (Resource & { DeletionPolicy?: string })[];
    // data buckets, access logs, web site
    expect(buckets.length).toBe(Object.keys(BUCKETS).length + 2);
    for (const bucket of buckets) {
      expect(bucket.DeletionPolicy).toBe('Retain');
      expect(bucket.Properties.BucketEncryption).toBeDefined();
      expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
      expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
    }
  });

  it('lets SES of this account only write inbound mail', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'ses.amazonaws.com' },
            Action: 's3:PutObject',
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          }),
        ]),
      },
    });
  });

  it('has a Cognito group for every role and an app client without secret for the code flow', () => {
    for (const role of ROLES) template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: role });
    template.resourceCountIs('AWS::Cognito::UserPoolGroup', ROLES.length);
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'agency_id', Mutable: true }),
        Match.objectLike({ Name: 'unit_id', Mutable: true }),
      ]),
    });
    const client = Object.values(template.findResources('AWS::Cognito::UserPoolClient'))[0] as Resource;
    expect(client.Properties).toMatchObject({ GenerateSecret: false, AllowedOAuthFlows: ['code'] });
    expect(client.Properties.WriteAttributes).not.toContain('custom:agency_id');
    expect(client.Properties.WriteAttributes).not.toContain('custom:unit_id');
  });

  it('has one API route per ROUTES entry, with the JWT authorizer exactly on user routes', () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Route', routeEntries.length);
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', { AuthorizerType: 'JWT' });
    for (const [, route] of routeEntries) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `${route.method} ${route.path}`,
        AuthorizationType: route.auth === 'user' ? 'JWT' : 'NONE',
      });
    }
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: Match.objectLike({ ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() }),
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
  });

  it('builds every function on arm64 Node 22 with tracing and the configuration it needs', () => {
    for (const name of functionNames) {
      const fn = template.toJSON().Resources[functionLogicalId(name)] as Resource;
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        MemorySize: FUNCTIONS[name].memoryMb,
        Timeout: FUNCTIONS[name].timeoutSeconds,
        TracingConfig: { Mode: 'Active' },
      });
      const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(Object.keys(variables)).toEqual(expect.arrayContaining(['TABLE_NAME', 'APP_URL']));
      expect(fn.Properties.DeadLetterConfig !== undefined, name).toBe(FUNCTIONS[name].kind === 'schedule' || FUNCTIONS[name].kind === 'notification');
    }
  });

  it('grants each function only what its access says', () => {
    for (const name of functionNames) {
      const { access } = FUNCTIONS[name] as (typeof FUNCTIONS)[FunctionName] & {
        access: { table?: string; buckets?: Record<string, string>; sendMail?: boolean; manageUsers?: boolean };
      };
      const actions = actionsOf(name);
      const dynamo = actions.filter((a) => a.startsWith('dynamodb:'));
      if (!access.table) expect(dynamo, name).toEqual([]);
      if (access.table === 'read') expect(dynamo.filter((a) => /Put|Update|Delete|Write/.test(a)), name).toEqual([]);
      if (access.table === 'readwrite') expect(dynamo, name).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem']));
      if (!access.buckets) expect(actions.filter((a) => a.startsWith('s3:')), name).toEqual([]);
      if (!access.sendMail) expect(actions.filter((a) => a.startsWith('ses:')), name).toEqual([]);
      if (!access.manageUsers) expect(actions.filter((a) => a.startsWith('cognito-idp:')), name).toEqual([]);
      for (const action of actions) expect(action, name).toMatch(/^(dynamodb|s3|ses|logs|xray|sqs|cognito-idp):/);
    }
    expect(actionsOf('api-docs').some((a) => a.startsWith('dynamodb:'))).toBe(false);
  });

  it('schedules each scheduled function in Asia/Ho_Chi_Minh with a role, retries and a DLQ', () => {
    const scheduled = functionNames.filter((name) => FUNCTIONS[name].kind === 'schedule');
    template.resourceCountIs('AWS::Scheduler::Schedule', scheduled.length);
    for (const name of scheduled) {
      const definition = FUNCTIONS[name] as { schedule: string };
      template.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: definition.schedule,
        ScheduleExpressionTimezone: SCHEDULE_TIMEZONE,
        Target: Match.objectLike({
          Arn: { 'Fn::GetAtt': [functionLogicalId(name), 'Arn'] },
          DeadLetterConfig: { Arn: Match.anyValue() },
          RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 3 }),
        }),
      });
    }
  });

  it('serves the web app privately through CloudFront and proxies /api/* uncached to the API', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        Logging: Match.objectLike({ Bucket: Match.anyValue() }),
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
        CacheBehaviors: [
          Match.objectLike({
            PathPattern: '/api/*',
            ViewerProtocolPolicy: 'https-only',
            CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
            OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac',
          }),
        ],
        Origins: Match.arrayWith([Match.objectLike({ OriginAccessControlId: Match.anyValue() })]),
      }),
    });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({ SecurityHeadersConfig: Match.objectLike({ StrictTransportSecurity: Match.anyValue() }) }),
    });
  });

  it('raises alarms on function errors, dead letters, API 5xx and DynamoDB trouble, to an encrypted topic', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Resource[];
    const names = alarms.map((alarm) => String(alarm.Properties.MetricName ?? 'math'));
    expect(names.filter((n) => n === 'Errors')).toHaveLength(functionNames.length);
    expect(names.filter((n) => n === 'ApproximateNumberOfMessagesVisible').length).toBeGreaterThanOrEqual(2);
    expect(names).toContain('5xx');
    expect(alarms.filter((alarm) => alarm.Properties.Metrics !== undefined)).toHaveLength(2);
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
  });

  it('leaves no cdk-nag AwsSolutions finding unacknowledged', () => {
    const nag = report.pluginReports.filter((r) => r.pluginName === 'AwsSolutions');
    const open = nag.flatMap((r) => r.violations.map((v) => `${v.severity} ${v.ruleName} at ${v.violatingConstructs.map((c) => c.constructPath).join(', ')}`));
    expect(open).toEqual([]);
    const reasons = nag.flatMap((r) => r.suppressedViolations ?? []).map((v) => v.reason);
    expect(reasons.every((reason) => reason.length > 20)).toBe(true);
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
  });
});

describe('stream functions', () => {
  it('gives the API the viewer address and an origin secret on /api/*, and only api-public the secret to check it', () => {
    const distribution = Object.values(template.findResources('AWS::CloudFront::Distribution'))[0] as Resource;
    const config = distribution.Properties.DistributionConfig as { CacheBehaviors: { PathPattern: string; TargetOriginId: string; FunctionAssociations?: { EventType: string; FunctionARN: unknown }[] }[]; Origins: { Id: string; OriginCustomHeaders?: { HeaderName: string; HeaderValue: unknown }[] }[] };
    const api = config.CacheBehaviors.find((b) => b.PathPattern === '/api/*')!;
    expect(api.FunctionAssociations?.map((f) => f.EventType)).toEqual(['viewer-request']);
    const functionId = (api.FunctionAssociations![0]!.FunctionARN as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    const code = (template.toJSON().Resources[functionId] as Resource).Properties.FunctionCode as string;
    expect(code).toContain(`request.headers['${EDGE_HEADERS.viewerIp}'] = { value: event.viewer.ip }`);
    const origin = config.Origins.find((o) => o.Id === api.TargetOriginId)!;
    expect(origin.OriginCustomHeaders?.map((h) => h.HeaderName)).toEqual([EDGE_HEADERS.originVerify]);
    const secretValue = JSON.stringify(origin.OriginCustomHeaders![0]!.HeaderValue);
    expect(secretValue).toContain('resolve:secretsmanager');

    const secretOf = (name: FunctionName) => ((template.toJSON().Resources[functionLogicalId(name)] as Resource).Properties.Environment as { Variables: Record<string, unknown> }).Variables.ORIGIN_VERIFY_SECRET;
    expect(functionNames.filter((name) => secretOf(name) !== undefined)).toEqual(['api-public']);
    expect(JSON.stringify(secretOf('api-public'))).toBe(secretValue);
  });

  it('feeds stream-router only the entities it reacts to, as the local poller does', () => {
    const mapping = template.findResources('AWS::Lambda::EventSourceMapping', {
      Properties: { FunctionName: { Ref: functionLogicalId('stream-router') } },
    });
    const [properties] = Object.values(mapping).map((m) => (m as Resource).Properties);
    expect(properties).toBeDefined();
    const filters = (properties?.FilterCriteria as { Filters: { Pattern: string }[] }).Filters;
    expect(filters.map((f) => JSON.parse(f.Pattern))).toEqual([{ dynamodb: { NewImage: { entity: { S: ['calendar-year', 'obstacle'] } } } }]);
    expect(properties).toMatchObject({ StartingPosition: 'TRIM_HORIZON', MaximumRetryAttempts: 5, BisectBatchOnFunctionError: true });
  });
});

describe('scheduled monitoring', () => {
  it('runs the deadline check daily and the digest weekly in Vietnam time, each invoking only its function', () => {
    for (const name of ['scheduled-deadline-check', 'scheduled-weekly-digest', 'scheduled-heartbeat', 'scheduled-compile-drafts'] as const) {
      const schedules = template.findResources('AWS::Scheduler::Schedule', {
        Properties: { ScheduleExpression: (FUNCTIONS[name] as { schedule: string }).schedule, ScheduleExpressionTimezone: SCHEDULE_TIMEZONE },
      });
      expect(Object.keys(schedules), name).toHaveLength(1);
      const target = (Object.values(schedules)[0] as Resource).Properties.Target as { Arn: { 'Fn::GetAtt': string[] }; Input: string };
      expect(target.Arn['Fn::GetAtt'][0]).toBe(functionLogicalId(name));
      expect(JSON.parse(target.Input)).toEqual({ source: 'dan-van-monitor.scheduler', schedule: name, scheduledAt: '<aws.scheduler.scheduled-time>' });
    }
  });

  it('raises an alarm when the scheduler heartbeat stops, treating no data as stopped', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Invocations',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionLogicalId('scheduled-heartbeat') } }],
      ComparisonOperator: 'LessThanThreshold',
      Threshold: 1,
      TreatMissingData: 'breaching',
      Period: 3600,
    });
  });
});

describe('attachment uploads', () => {
  it('lets browsers PUT to the attachments bucket with a presigned URL, and nothing else', () => {
    const buckets = template.findResources('AWS::S3::Bucket', { Properties: { CorsConfiguration: Match.anyValue() } });
    expect(Object.keys(buckets)).toHaveLength(1);
    const cors = (Object.values(buckets)[0] as Resource).Properties.CorsConfiguration as { CorsRules: { AllowedMethods: string[] }[] };
    expect(cors.CorsRules.flatMap((r) => r.AllowedMethods)).toEqual(['PUT']);
  });
});

describe('SES delivery events', () => {
  it('publishes sends (which settle an alert whose answer was lost), bounces, complaints and deliveries to an encrypted topic that ses-events is subscribed to', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({ MatchingEventTypes: Match.arrayWith(['send', 'bounce', 'complaint', 'delivery']), SnsDestination: Match.anyValue() }),
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      Endpoint: { 'Fn::GetAtt': [functionLogicalId('ses-events'), 'Arn'] },
    });
  });
});

describe('user accounts', () => {
  const manageUsers = [
    'cognito-idp:AdminCreateUser',
    'cognito-idp:AdminAddUserToGroup',
    'cognito-idp:AdminRemoveUserFromGroup',
    'cognito-idp:AdminUpdateUserAttributes',
    'cognito-idp:AdminDeleteUserAttributes',
    'cognito-idp:AdminDisableUser',
    'cognito-idp:AdminEnableUser',
    'cognito-idp:AdminUserGlobalSignOut',
    'cognito-idp:ListUsers',
  ];
  const userPoolId = (): string => {
    const ids = Object.keys(template.findResources('AWS::Cognito::UserPool'));
    expect(ids).toHaveLength(1);
    return ids[0] as string;
  };

  // The directory's function and the reorganisation's (members move between units): no other.
  const managers = ['api-organization', 'api-reorganisation'] as const;

  it.each(managers)('tells %s its user pool', (name) => {
    const fn = template.toJSON().Resources[functionLogicalId(name)] as Resource;
    const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(variables.USER_POOL_ID).toEqual({ Ref: userPoolId() });
  });

  it.each(managers)('lets %s manage accounts of that user pool only, with exactly the calls it makes', (name) => {
    const cognito = statementsOf(name).filter((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]).some((a) => a.startsWith('cognito-idp:')));
    expect(cognito).toHaveLength(1);
    const [statement] = cognito;
    expect([statement?.Action].flat().sort()).toEqual([...manageUsers].sort());
    expect(statement?.Resource).toEqual({ 'Fn::GetAtt': [userPoolId(), 'Arn'] });
    expect(statement).toMatchObject({ Effect: 'Allow' });
  });

  it('gives no other function any Cognito action or the user pool id', () => {
    for (const name of functionNames.filter((n) => !(managers as readonly string[]).includes(n))) {
      expect(actionsOf(name).filter((a) => a.startsWith('cognito-idp:')), name).toEqual([]);
      const fn = template.toJSON().Resources[functionLogicalId(name)] as Resource;
      expect(Object.keys((fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables), name).not.toContain('USER_POOL_ID');
    }
  });
});
