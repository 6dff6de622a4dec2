import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { BUCKETS, type BucketName } from '../../shared/platform/resources.ts';
import { acknowledge } from './nag.ts';

/**
 * The data buckets of `BUCKETS` and the bucket that receives access logs (S3 server access logs and
 * CloudFront standard logs). All use SSE-S3: S3 server access logging only writes to SSE-S3 buckets,
 * and SES receipt rules can write to SSE-S3 without a KMS key policy for ses.amazonaws.com.
 */
export class Storage extends Construct {
  readonly buckets: Readonly<Record<BucketName, IBucket>>;
  /** Destination of access logs; ACLs enabled (bucket owner preferred) because CloudFront standard logging needs them. */
  readonly logBucket: IBucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const logBucket = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ expiration: Duration.days(400), noncurrentVersionExpiration: Duration.days(30) }],
    });
    acknowledge(logBucket, 'S1', 'This is the access-log bucket itself; logging it into itself would loop.');
    this.logBucket = logBucket;

    const buckets = {} as Record<BucketName, Bucket>;
    for (const name of Object.keys(BUCKETS) as BucketName[]) {
      buckets[name] = new Bucket(this, pascal(name), {
        encryption: BucketEncryption.S3_MANAGED,
        blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
        enforceSSL: true,
        versioned: true,
        removalPolicy: RemovalPolicy.RETAIN,
        autoDeleteObjects: false,
        serverAccessLogsBucket: logBucket,
        serverAccessLogsPrefix: `s3/${name}/`,
        lifecycleRules: [
          { noncurrentVersionExpiration: Duration.days(90) },
          { abortIncompleteMultipartUploadAfter: Duration.days(7) },
        ],
        // Browsers upload attachments straight to S3 with a presigned PUT URL (POST /api/uploads). The URL
        // is the capability (signed, expiring, bound to type and size), so any origin may send it.
        ...(name === 'attachments'
          ? { cors: [{ allowedMethods: [HttpMethods.PUT], allowedOrigins: ['*'], allowedHeaders: ['content-type', 'content-length'], maxAge: 3600 }] }
          : {}),
      });
    }

    // SES receipt rules (a later issue) write raw messages here; only this account's rules may.
    buckets.inboundMail.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowSesReceiptWrites',
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        actions: ['s3:PutObject'],
        resources: [buckets.inboundMail.arnForObjects('*')],
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
    );
    this.buckets = buckets;
  }
}

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
