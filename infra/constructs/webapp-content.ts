import { existsSync } from 'node:fs';
import { RemovalPolicy, Stack, type CfnResource } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source, type ISource } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { acknowledge } from './nag.ts';

export interface WebappContentProps {
  readonly bucket: IBucket;
  readonly distribution: IDistribution;
  /** Built web app (`npm run build:web`); deployed only if it exists when the app is synthesized. */
  readonly distDir: string;
  /** Host name of the Cognito hosted domain. */
  readonly authDomain: string;
  readonly userPoolClientId: string;
}

/** Shape of `/config.json`, read by the web app at start-up. */
export interface WebConfig {
  auth: { mode: 'cognito'; domain: string; clientId: string; region: string };
  apiBase: string;
}

/**
 * Puts the built web app and its `config.json` into the site bucket in one deployment (two would prune
 * each other's files), then invalidates CloudFront. Without a build only `config.json` is deployed, so
 * the stack still synthesizes (and its tests run) on a machine that never built the web app.
 */
export class WebappContent extends Construct {
  /** Whether `distDir` existed at synthesis, i.e. the site itself is part of this deployment. */
  readonly includesSite: boolean;

  constructor(scope: Construct, id: string, props: WebappContentProps) {
    super(scope, id);
    const config: WebConfig = {
      auth: { mode: 'cognito', domain: props.authDomain, clientId: props.userPoolClientId, region: Stack.of(this).region },
      apiBase: '/api',
    };
    this.includesSite = existsSync(props.distDir);
    const sources: ISource[] = [...(this.includesSite ? [Source.asset(props.distDir)] : []), Source.jsonData('config.json', config)];
    new BucketDeployment(this, 'Deployment', {
      destinationBucket: props.bucket,
      sources,
      distribution: props.distribution,
      distributionPaths: ['/*'],
      cacheControl: [CacheControl.noCache()],
      memoryLimit: 512,
      logGroup: new LogGroup(this, 'DeploymentLogs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY }),
    });
    acknowledgeDeploymentHandler(this, props.bucket);
  }
}

/**
 * The deployment runs in CDK's singleton handler (a stack-level construct, shared by every
 * BucketDeployment of the stack), whose role and runtime CDK owns; acknowledged on that handler only.
 */
function acknowledgeDeploymentHandler(scope: Construct, site: IBucket): void {
  const stack = Stack.of(scope);
  const handler = stack.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
  if (!handler) throw new Error('BucketDeployment handler not found');
  const siteId = stack.resolve((site.node.defaultChild as CfnResource).logicalId) as string;
  const copying = 'CDK\'s deployment handler copies the built site from the CDK asset bucket into the site bucket';
  acknowledge(handler, 'IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]', 'CDK\'s BucketDeployment handler role carries the basic execution managed policy (logs only); CDK owns that role.');
  acknowledge(handler, 'L1', 'The BucketDeployment handler runtime (Python, with the AWS CLI layer) is chosen by aws-cdk-lib and moves with it.');
  acknowledge(handler, 'IAM5[Resource::*]', 'CloudFront invalidations (CreateInvalidation/GetInvalidation) issued after the copy accept no resource-level restriction.');
  for (const action of ['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*']) {
    acknowledge(handler, `IAM5[Action::${action}]`, `${copying}; CDK's bucket grants use these action groups.`);
  }
  acknowledge(handler, 'IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]', `${copying}; asset object keys are content hashes.`);
  acknowledge(handler, `IAM5[Resource::<${siteId}.Arn>/*]`, `${copying}, replacing and pruning any object of it.`);
}
