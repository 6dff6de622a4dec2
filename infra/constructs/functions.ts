import { join } from 'node:path';
import { Duration, RemovalPolicy, Stack, type CfnResource } from 'aws-cdk-lib';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, FilterCriteria, FilterRule, Runtime, StartingPosition, Tracing, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption, type IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { Config } from '../../shared/platform/config.ts';
import { FUNCTIONS, LAMBDA_BUNDLING, readsTableStream, STREAM_SOURCE, type BucketName, type FunctionDefinition } from '../../shared/platform/resources.ts';
import type { Mail } from './mail.ts';
import { acknowledge } from './nag.ts';

/**
 * What `access.manageUsers` grants on the user pool: exactly the calls of the Cognito identity provider
 * (`shared/organization/cognito-identity.ts`).
 */
export const MANAGE_USERS_ACTIONS = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminDeleteUserAttributes',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminUserGlobalSignOut',
  'cognito-idp:ListUsers',
] as const;

/** Environment variable of each bucket, as `ConfigSchema` names it. */
const BUCKET_ENV: Record<BucketName, keyof Config> = {
  attachments: 'ATTACHMENTS_BUCKET',
  inboundMail: 'INBOUND_MAIL_BUCKET',
};

export interface FunctionsProps {
  /** Project root: function entries are relative to it, and its package-lock.json pins the bundle. */
  readonly rootDir: string;
  readonly table: ITable;
  readonly buckets: Readonly<Record<BucketName, IBucket>>;
  readonly mail: Mail;
  /** The user pool that functions with `access.manageUsers` administer; required if any definition has it. */
  readonly userPool?: IUserPool;
  /** Public URL of the web app (APP_URL), for links in e-mails. */
  readonly appUrl: string;
  /** The functions to deploy; `FUNCTIONS` unless a test narrows or extends them. */
  readonly definitions?: Readonly<Record<string, FunctionDefinition>>;
}

/**
 * One Lambda per function definition, each with its own role granted exactly its `access`, its own log
 * group, active tracing, and a dead-letter queue when nobody waits for the result (stream and schedule
 * kinds). Stream functions read the table's stream; failed batches go to their DLQ.
 */
export class Functions extends Construct {
  readonly functions: Readonly<Record<string, IFunction>>;
  /** Dead-letter queues by function name (async kinds only). */
  readonly deadLetterQueues: Readonly<Record<string, IQueue>>;

  constructor(scope: Construct, id: string, props: FunctionsProps) {
    super(scope, id);
    const definitions = props.definitions ?? FUNCTIONS;
    const functions: Record<string, IFunction> = {};
    const deadLetterQueues: Record<string, IQueue> = {};
    const stack = Stack.of(this);
    const logicalId = (resource: IBucket | ITable): string =>
      stack.resolve((resource.node.defaultChild as CfnResource).logicalId) as string;

    for (const [name, definition] of Object.entries(definitions)) {
      const unit = new Construct(this, name);
      const logGroup = new LogGroup(unit, 'Logs', {
        retention: RetentionDays.THREE_MONTHS,
        removalPolicy: RemovalPolicy.DESTROY,
      });
      const role = new Role(unit, 'Role', {
        assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
        description: `Runs ${name}`,
      });
      logGroup.grantWrite(role);

      const streamed = readsTableStream(definition);
      const asynchronous = streamed || definition.kind === 'schedule' || definition.kind === 'notification';
      const deadLetterQueue = asynchronous
        ? new Queue(unit, 'DeadLetterQueue', {
            encryption: QueueEncryption.SQS_MANAGED,
            enforceSSL: true,
            retentionPeriod: Duration.days(14),
          })
        : undefined;
      if (deadLetterQueue) deadLetterQueues[name] = deadLetterQueue;
      if (deadLetterQueue && streamed) {
        // cdk-nag recognises a Lambda's own DLQ, not an event source mapping's on-failure destination.
        acknowledge(deadLetterQueue, 'SQS3', 'This queue is itself the on-failure destination of the stream function; failed batches end here and raise an alarm.');
      }

      const { access } = definition;
      const environment: Record<string, string> = { TABLE_NAME: props.table.tableName, APP_URL: props.appUrl, NODE_OPTIONS: '--enable-source-maps' };
      for (const bucketName of Object.keys(access.buckets ?? {}) as BucketName[]) {
        environment[BUCKET_ENV[bucketName]] = props.buckets[bucketName].bucketName;
      }
      if (access.sendMail) {
        environment.MAIL_FROM = props.mail.mailFrom;
        environment.SES_CONFIGURATION_SET = props.mail.configurationSetName;
      }
      const userPool = access.manageUsers ? props.userPool : undefined;
      if (access.manageUsers && !userPool) throw new Error(`${name} manages users, but the Functions construct was given no user pool`);
      if (userPool) environment.USER_POOL_ID = userPool.userPoolId;

      const fn = new NodejsFunction(unit, 'Function', {
        entry: join(props.rootDir, definition.entry),
        handler: 'handler',
        projectRoot: props.rootDir,
        depsLockFilePath: join(props.rootDir, 'package-lock.json'),
        description: definition.description,
        runtime: Runtime.NODEJS_22_X,
        architecture: Architecture.ARM_64,
        memorySize: definition.memoryMb,
        timeout: Duration.seconds(definition.timeoutSeconds),
        role,
        logGroup,
        tracing: Tracing.ACTIVE,
        environment,
        ...(deadLetterQueue && (definition.kind === 'schedule' || definition.kind === 'notification') ? { deadLetterQueue } : {}),
        bundling: {
          format: OutputFormat.ESM,
          target: LAMBDA_BUNDLING.target,
          mainFields: [...LAMBDA_BUNDLING.mainFields],
          banner: LAMBDA_BUNDLING.banner,
          minify: LAMBDA_BUNDLING.minify,
          sourceMap: LAMBDA_BUNDLING.sourcemap,
          externalModules: [...LAMBDA_BUNDLING.external],
        },
      });

      const wildcardResources = ['X-Ray trace segments'];
      if (access.table === 'read') props.table.grantReadData(role);
      if (access.table === 'readwrite') props.table.grantReadWriteData(role);
      if (access.table) {
        acknowledge(role, `IAM5[Resource::<${logicalId(props.table)}.Arn>/index/*]`, 'The function queries the table\'s indexes (byLookup, byDue), all of which it may read.');
      }
      for (const [bucketName, mode] of Object.entries(access.buckets ?? {}) as [BucketName, 'read' | 'readwrite'][]) {
        const bucket = props.buckets[bucketName];
        role.addToPolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }));
        role.addToPolicy(
          new PolicyStatement({
            actions: mode === 'read' ? ['s3:GetObject'] : ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'],
            resources: [bucket.arnForObjects('*')],
          }),
        );
        acknowledge(role, `IAM5[Resource::<${logicalId(bucket)}.Arn>/*]`, `Object keys are generated per record, so access covers the objects of the ${bucketName} bucket (${mode}).`);
      }
      if (access.sendMail) props.mail.grantSend(role);
      if (userPool) role.addToPolicy(new PolicyStatement({ actions: [...MANAGE_USERS_ACTIONS], resources: [userPool.userPoolArn] }));

      if (streamed && deadLetterQueue) {
        fn.addEventSource(
          new DynamoEventSource(props.table, {
            startingPosition: StartingPosition[STREAM_SOURCE.startingPosition],
            batchSize: STREAM_SOURCE.batchSize,
            bisectBatchOnError: true,
            retryAttempts: STREAM_SOURCE.retryAttempts,
            onFailure: new SqsDlq(deadLetterQueue),
            ...(definition.streamEntities
              ? { filters: [FilterCriteria.filter({ dynamodb: { NewImage: { entity: { S: FilterRule.or(...definition.streamEntities) } } } })] }
              : {}),
          }),
        );
        wildcardResources.push('dynamodb:ListStreams');
      }

      acknowledge(role, 'IAM5[Resource::*]', `${wildcardResources.join(' and ')} accept no resource-level restriction.`);
      acknowledge(fn, 'L1', 'Node.js 22 is pinned on purpose (the esbuild target and @types/node of this project); moving to a newer runtime is a tested upgrade, not drift.');
      functions[name] = fn;
    }
    this.functions = functions;
    this.deadLetterQueues = deadLetterQueues;
  }
}
