import { Duration } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Alarm, ComparisonOperator, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type Table } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic, type ITopic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface MonitoringProps {
  /** Every deployed function, by name: one error alarm each. */
  readonly functions: Readonly<Record<string, IFunction>>;
  /** Every dead-letter queue, by a readable name: a message there is an alarm. */
  readonly deadLetterQueues: Readonly<Record<string, IQueue>>;
  readonly httpApi: IHttpApi;
  readonly table: Table;
  /** Where alarm notifications go; none means the topic has no subscriber yet. */
  readonly alarmEmail?: string;
}

/**
 * Alarms on what must not fail quietly: function errors, anything in a dead-letter queue, API 5xx,
 * DynamoDB throttling and system errors, and the SES bounce and complaint rates that get an account
 * paused. All notify one SNS topic, encrypted with a customer-managed key CloudWatch may use.
 */
export class Monitoring extends Construct {
  readonly topic: ITopic;
  readonly alarms: readonly Alarm[];

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    const key = new Key(this, 'TopicKey', { enableKeyRotation: true, description: 'Encrypts the alarm topic of dan-van-monitor' });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    const topic = new Topic(this, 'AlarmTopic', { masterKey: key, enforceSSL: true, displayName: 'dan-van-monitor alarms' });
    if (props.alarmEmail) topic.addSubscription(new EmailSubscription(props.alarmEmail));
    const action = new SnsAction(topic);

    const alarms: Alarm[] = [];
    const alarm = (id: string, metric: IMetric, threshold: number, description: string): void => {
      const created = new Alarm(this, id, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      created.addAlarmAction(action);
      alarms.push(created);
    };
    const fiveMinutes = { period: Duration.minutes(5) };
    // A math alarm takes at most 10 metrics: the operations the adapters use.
    const operations = [
      Operation.GET_ITEM,
      Operation.PUT_ITEM,
      Operation.UPDATE_ITEM,
      Operation.DELETE_ITEM,
      Operation.QUERY,
      Operation.BATCH_GET_ITEM,
      Operation.BATCH_WRITE_ITEM,
      Operation.TRANSACT_GET_ITEMS,
      Operation.TRANSACT_WRITE_ITEMS,
    ];

    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(`${name}-Errors`, fn.metricErrors({ ...fiveMinutes, statistic: 'Sum' }), 1, `${name} threw an error`);
    }
    for (const [name, queue] of Object.entries(props.deadLetterQueues)) {
      alarm(`${name}-DeadLetters`, queue.metricApproximateNumberOfMessagesVisible({ ...fiveMinutes, statistic: 'Maximum' }), 1, `Messages wait in the dead-letter queue ${name}`);
    }
    alarm('Api-5xx', props.httpApi.metricServerError({ ...fiveMinutes, statistic: 'Sum' }), 5, 'The HTTP API answered 5xx');
    alarm('Table-Throttles', props.table.metricThrottledRequestsForOperations({ ...fiveMinutes, operations }), 1, 'DynamoDB throttled requests');
    alarm('Table-SystemErrors', props.table.metricSystemErrorsForOperations({ ...fiveMinutes, operations }), 1, 'DynamoDB system errors');
    alarm(
      'Ses-BounceRate',
      new Metric({ namespace: 'AWS/SES', metricName: 'Reputation.BounceRate', statistic: 'Maximum', ...fiveMinutes }),
      0.05,
      'SES bounce rate reached 5% (review at 5%, sending paused near 10%)',
    );
    alarm(
      'Ses-ComplaintRate',
      new Metric({ namespace: 'AWS/SES', metricName: 'Reputation.ComplaintRate', statistic: 'Maximum', ...fiveMinutes }),
      0.001,
      'SES complaint rate reached 0.1% (review threshold)',
    );
    // A scheduler that silently stops must be noticed: the heartbeat runs every 15 minutes, so an hour
    // without one invocation (or no data at all) means EventBridge Scheduler is not firing.
    const heartbeat = props.functions['scheduled-heartbeat'];
    if (heartbeat) {
      const stopped = new Alarm(this, 'Scheduler-Stopped', {
        metric: heartbeat.metricInvocations({ period: Duration.hours(1), statistic: 'Sum' }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
        treatMissingData: TreatMissingData.BREACHING,
        alarmDescription: 'The scheduler heartbeat did not run for an hour: deadline checks may have stopped',
      });
      stopped.addAlarmAction(action);
      alarms.push(stopped);
    }
    this.topic = topic;
    this.alarms = alarms;
  }
}
