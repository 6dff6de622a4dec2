import { CfnOutput, Duration } from 'aws-cdk-lib';
import { type IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { ReceiptRuleSet, TlsPolicy } from 'aws-cdk-lib/aws-ses';
import { Lambda, LambdaInvocationType, S3 } from 'aws-cdk-lib/aws-ses-actions';
import { Queue, QueueEncryption, type IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { INBOUND_OBJECT_KEY_PREFIX } from '../../shared/platform/resources.ts';
import { acknowledge } from './nag.ts';

export interface InboundMailProps {
  /** The receiving domain (INBOUND_MAIL_DOMAIN); its MX record must point at SES inbound in this region. */
  readonly domain: string;
  /** Where SES stores each raw message, at `inbound/<SES message id>`. */
  readonly bucket: IBucket;
  /** The function the rule invokes (email-ingest). */
  readonly ingest: IFunction;
}

/**
 * SES receiving: one rule set whose rule, for every address of the inbound domain, requires TLS, runs
 * the spam and virus scans, stores the raw message in the inbound-mail bucket, then invokes the ingest
 * function asynchronously. The event carries no S3 location; the function finds the message at
 * `inbound/<mail.messageId>`. Invocations that still fail after Lambda's two retries land in a
 * dead-letter queue (with the event, hence the message id) instead of vanishing.
 *
 * A receipt rule set receives nothing until it is the account's active one, and CloudFormation has no
 * property for that: the operator runs the command printed as `ActivateReceiptRuleSet` once after the
 * first deployment (activating from a custom resource would add a Lambda and IAM wildcards for a
 * one-time, account-wide switch).
 */
export class InboundMail extends Construct {
  readonly ruleSetName: string;
  readonly deadLetterQueue: IQueue;

  constructor(scope: Construct, id: string, props: InboundMailProps) {
    super(scope, id);
    const deadLetterQueue = new Queue(this, 'IngestFailures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(deadLetterQueue, 'SQS3', 'This queue is itself the on-failure destination of email-ingest; a message here raises an alarm and is replayed by hand.');
    props.ingest.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: Duration.hours(6), onFailure: new SqsDestination(deadLetterQueue) });

    const ruleSet = new ReceiptRuleSet(this, 'RuleSet');
    ruleSet.addRule('Reports', {
      recipients: [props.domain],
      scanEnabled: true,
      tlsPolicy: TlsPolicy.REQUIRE,
      actions: [
        new S3({ bucket: props.bucket, objectKeyPrefix: INBOUND_OBJECT_KEY_PREFIX }),
        new Lambda({ function: props.ingest, invocationType: LambdaInvocationType.EVENT }),
      ],
    });

    this.ruleSetName = ruleSet.receiptRuleSetName;
    this.deadLetterQueue = deadLetterQueue;
    new CfnOutput(this, 'ActivateReceiptRuleSet', {
      description: `Run once after the first deployment so SES receives mail for ${props.domain} (the MX record must point at SES inbound)`,
      value: `aws ses set-active-receipt-rule-set --rule-set-name ${this.ruleSetName}`,
    });
    // What the README's redrive of failed ingestions needs: where the failures wait and whom to hand them back to.
    new CfnOutput(this, 'IngestFailuresQueueUrl', { description: 'E-mail ingestions that failed three times wait here (alarm: inbound-mail-DeadLetters)', value: deadLetterQueue.queueUrl });
    new CfnOutput(this, 'IngestFunctionName', { description: 'The e-mail ingestion function a failed ingestion is replayed into', value: props.ingest.functionName });
  }
}
