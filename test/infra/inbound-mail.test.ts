import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../infra/app.ts';
import { FUNCTIONS } from '../../shared/platform/resources.ts';

const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DOMAIN = 'bao-cao.khcn-quangngai.example';

type Resource = { Type: string; Properties: Record<string, unknown>; DependsOn?: string[] };
interface ValidationReport {
  pluginReports: { pluginName: string; violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[] }[];
}

let outdir: string;
let template: Template;
let report: ValidationReport = { pluginReports: [] };

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'dvm-cdk-inbound-'));
  const { context } = JSON.parse(readFileSync(join(rootDir, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  const app = new App({ outdir, context: { ...context, 'aws:cdk:bundling-stacks': [], inboundMailDomain: DOMAIN } });
  const stack = buildApp(app, rootDir);
  const assembly = app.synth();
  const reportFile = join(assembly.directory, 'validation-report.json');
  if (existsSync(reportFile)) report = JSON.parse(readFileSync(reportFile, 'utf8')) as ValidationReport;
  template = Template.fromStack(stack);
});

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

const resources = () => template.toJSON().Resources as Record<string, Resource>;
const logicalIdOf = (type: string, prefix: string): string => {
  const ids = Object.entries(resources())
    .filter(([id, r]) => r.Type === type && id.startsWith(prefix))
    .map(([id]) => id);
  expect(ids, `${type} ${prefix}`).toHaveLength(1);
  return ids[0] as string;
};
const functionId = (name: keyof typeof FUNCTIONS): string => {
  const ids = Object.keys(template.findResources('AWS::Lambda::Function', { Properties: { Description: FUNCTIONS[name].description } }));
  expect(ids).toHaveLength(1);
  return ids[0] as string;
};

describe('SES receiving (InboundMail)', () => {
  it('has one rule for the inbound domain: TLS required, scanned, stored under inbound/, then email-ingest invoked asynchronously', () => {
    template.resourceCountIs('AWS::SES::ReceiptRuleSet', 1);
    template.resourceCountIs('AWS::SES::ReceiptRule', 1);
    const bucket = logicalIdOf('AWS::S3::Bucket', 'StorageInboundMail');
    template.hasResourceProperties('AWS::SES::ReceiptRule', {
      RuleSetName: { Ref: logicalIdOf('AWS::SES::ReceiptRuleSet', 'InboundMailRuleSet') },
      Rule: {
        Enabled: true,
        Recipients: [DOMAIN],
        ScanEnabled: true,
        TlsPolicy: 'Require',
        Actions: [
          { S3Action: { BucketName: { Ref: bucket }, ObjectKeyPrefix: 'inbound/' } },
          { LambdaAction: { FunctionArn: { 'Fn::GetAtt': [functionId('email-ingest'), 'Arn'] }, InvocationType: 'Event' } },
        ],
      },
    });
  });

  it('lets SES, from this account only, write to the inbound bucket and invoke email-ingest, before the rule exists', () => {
    const bucket = logicalIdOf('AWS::S3::Bucket', 'StorageInboundMail');
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucket },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'ses.amazonaws.com' },
            Action: 's3:PutObject',
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      FunctionName: { 'Fn::GetAtt': [functionId('email-ingest'), 'Arn'] },
      Principal: 'ses.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
    });
    // SES checks its permissions when the rule is created, so the rule must come after them.
    const rule = Object.values(resources()).find((r) => r.Type === 'AWS::SES::ReceiptRule');
    const policy = logicalIdOf('AWS::S3::BucketPolicy', 'StorageInboundMailPolicy');
    expect(rule?.DependsOn).toEqual(expect.arrayContaining([policy]));
  });

  it('sends ingestions that fail after two retries to a dead-letter queue with an alarm', () => {
    const queue = logicalIdOf('AWS::SQS::Queue', 'InboundMailIngestFailures');
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: functionId('email-ingest') },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } } },
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queue, 'QueueName'] } }],
    });
    // The README's redrive reads both from the stack's outputs.
    const outputs = Object.values(template.toJSON().Outputs as Record<string, { Value: unknown }>).map((o) => o.Value);
    expect(outputs).toEqual(expect.arrayContaining([{ Ref: queue }, { Ref: functionId('email-ingest') }]));
  });

  it('gives email-ingest and api-inbound the inbound domain, read access to raw mail and write access to attachments only', () => {
    const inbound = logicalIdOf('AWS::S3::Bucket', 'StorageInboundMail');
    const attachments = logicalIdOf('AWS::S3::Bucket', 'StorageAttachments');
    for (const name of ['email-ingest', 'api-inbound'] as const) {
      const fn = resources()[functionId(name)] as Resource;
      expect((fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({ INBOUND_MAIL_DOMAIN: DOMAIN, INBOUND_MAIL_BUCKET: { Ref: inbound }, ATTACHMENTS_BUCKET: { Ref: attachments } });
      const roleId = (fn.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
      const statements = Object.values(resources())
        .filter((r) => r.Type === 'AWS::IAM::Policy' && (r.Properties.Roles as { Ref: string }[]).some((role) => role.Ref === roleId))
        .flatMap((r) => (r.Properties.PolicyDocument as { Statement: { Action: string | string[]; Resource: unknown }[] }).Statement);
      const on = (bucket: string) =>
        statements
          .filter((s) => JSON.stringify(s.Resource).includes(`"${bucket}"`) && JSON.stringify(s.Resource).includes('/*'))
          .flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
      expect(on(inbound), name).toEqual(['s3:GetObject']);
      expect(on(attachments), name).toEqual(expect.arrayContaining(['s3:GetObject', 's3:PutObject']));
      expect(statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action])), name).toEqual(expect.arrayContaining(['ses:SendRawEmail']));
    }
  });

  it('prints the command that makes the rule set active, and leaves no cdk-nag finding open on it', () => {
    const outputs = template.findOutputs('*', { Value: Match.objectLike({ 'Fn::Join': Match.anyValue() }) });
    expect(JSON.stringify(outputs)).toContain('aws ses set-active-receipt-rule-set --rule-set-name ');
    const open = report.pluginReports
      .filter((r) => r.pluginName === 'AwsSolutions')
      .flatMap((r) => r.violations.flatMap((v) => v.violatingConstructs.map((c) => `${v.ruleName} at ${c.constructPath}`)));
    expect(open).toEqual([]);
  });
});
