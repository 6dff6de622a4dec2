import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../infra/constructs/database.ts';
import { Functions } from '../../infra/constructs/functions.ts';
import { Mail } from '../../infra/constructs/mail.ts';
import { Storage } from '../../infra/constructs/storage.ts';
import type { FunctionDefinition } from '../../shared/platform/resources.ts';

// Kinds and accesses that FUNCTIONS does not use yet, so the grants are proven before a function needs them.
const rootDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const definitions: Record<string, FunctionDefinition> = {
  'stream-reader': {
    entry: 'functions/api-docs.ts',
    kind: 'stream',
    description: 'probe: stream consumer reading the table and attachments, sending mail',
    memoryMb: 256,
    timeoutSeconds: 30,
    access: { table: 'read', buckets: { attachments: 'read' }, sendMail: true },
  },
  'inbound-writer': {
    entry: 'functions/api-docs.ts',
    kind: 'http',
    description: 'probe: writes inbound mail objects',
    memoryMb: 256,
    timeoutSeconds: 10,
    access: { buckets: { inboundMail: 'readwrite' } },
  },
};

type Statement = { Action: string | string[]; Resource: unknown };
let outdir: string;
let template: Template;
let openFindings: string[] = [];

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'dvm-cdk-fn-'));
  const { context } = JSON.parse(readFileSync(join(rootDir, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  const app = new App({ outdir, context: { ...context, 'aws:cdk:bundling-stacks': [] } });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const stack = new Stack(app, 'FunctionsProbe');
  const database = new Database(stack, 'Database');
  const storage = new Storage(stack, 'Storage');
  const mail = new Mail(stack, 'Mail', { sendingDomain: 'example.gov.vn', mailFrom: 'no-reply@example.gov.vn' });
  new Functions(stack, 'Functions', { rootDir, table: database.table, buckets: storage.buckets, mail, appUrl: 'https://example.cloudfront.net', definitions });
  const assembly = app.synth();
  const report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8')) as {
    pluginReports: { pluginName: string; violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[] }[];
  };
  openFindings = report.pluginReports
    .filter((r) => r.pluginName === 'AwsSolutions')
    .flatMap((r) => r.violations.map((v) => `${v.ruleName} at ${v.violatingConstructs.map((c) => c.constructPath).join(', ')}`));
  template = Template.fromStack(stack);
});

afterAll(() => {
  if (outdir) rmSync(outdir, { recursive: true, force: true });
});

function statementsOf(description: string): Statement[] {
  const [fn] = Object.values(template.findResources('AWS::Lambda::Function', { Properties: { Description: description } })) as {
    Properties: { Role: { 'Fn::GetAtt': [string, string] } };
  }[];
  const roleId = fn?.Properties.Role['Fn::GetAtt'][0];
  return (Object.values(template.findResources('AWS::IAM::Policy')) as { Properties: { Roles: { Ref: string }[]; PolicyDocument: { Statement: Statement[] } } }[])
    .filter((policy) => policy.Properties.Roles.some((role) => role.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}
const actions = (statements: Statement[]): string[] => statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));

describe('Functions construct', () => {
  it('feeds a stream function from the table stream, failed batches to its DLQ', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^DatabaseTable'), 'StreamArn'] },
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 5,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });

  it('grants read access without any write action', () => {
    const granted = actions(statementsOf(definitions['stream-reader']!.description));
    expect(granted).toEqual(expect.arrayContaining(['dynamodb:Query', 'dynamodb:GetItem', 's3:GetObject', 'ses:SendRawEmail']));
    expect(granted.filter((a) => /dynamodb:(Put|Update|Delete|BatchWrite)|s3:(Put|Delete)/.test(a))).toEqual([]);
  });

  it('restricts sending to the domain identity and the configuration set', () => {
    const ses = statementsOf(definitions['stream-reader']!.description).find((s) => actions([s]).includes('ses:SendEmail'));
    expect(Array.isArray(ses?.Resource) ? ses.Resource : [ses?.Resource]).toHaveLength(2);
    expect(JSON.stringify(ses?.Resource)).toContain(':identity/');
    expect(JSON.stringify(ses?.Resource)).toContain(':configuration-set/');
  });

  it('grants a bucket writer that bucket only, and no table or mail', () => {
    const statements = statementsOf(definitions['inbound-writer']!.description);
    expect(actions(statements).filter((a) => /^(dynamodb|ses):/.test(a))).toEqual([]);
    expect(actions(statements)).toEqual(expect.arrayContaining(['s3:PutObject', 's3:GetObject']));
    const s3Resources = JSON.stringify(statements.filter((s) => actions([s]).some((a) => a.startsWith('s3:'))).map((s) => s.Resource));
    expect(s3Resources).toContain('StorageInboundMail');
    expect(s3Resources).not.toContain('StorageAttachments');
  });

  it('refuses a function that manages users when no user pool is given', () => {
    const stack = new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'NoUserPool');
    const database = new Database(stack, 'Database');
    const storage = new Storage(stack, 'Storage');
    const mail = new Mail(stack, 'Mail', { sendingDomain: 'example.gov.vn', mailFrom: 'no-reply@example.gov.vn' });
    const manager: FunctionDefinition = { ...definitions['inbound-writer']!, access: { table: 'readwrite', manageUsers: true } };
    expect(
      () => new Functions(stack, 'Functions', { rootDir, table: database.table, buckets: storage.buckets, mail, appUrl: 'https://example.cloudfront.net', definitions: { manager } }),
    ).toThrow(/manager manages users/);
  });

  it('leaves no cdk-nag finding unacknowledged for these kinds', () => {
    expect(openFindings).toEqual([]);
  });
});
