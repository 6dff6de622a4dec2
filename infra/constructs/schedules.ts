import { Aws, Duration, TimeZone } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption, type IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { FUNCTIONS, SCHEDULE_TIMEZONE, scheduleInput, type FunctionDefinition } from '../../shared/platform/resources.ts';
import { acknowledge } from './nag.ts';

export interface SchedulesProps {
  /** Functions by name; every `schedule` definition must be among them. */
  readonly functions: Readonly<Record<string, IFunction>>;
  /** The definitions whose `schedule` is wired; `FUNCTIONS` unless a test narrows them. */
  readonly definitions?: Readonly<Record<string, FunctionDefinition>>;
}

/**
 * An EventBridge Scheduler schedule per `schedule` function, on its cron expression in
 * `SCHEDULE_TIMEZONE` (so 07:00 means 07:00 in Việt Nam, whatever UTC says). Each has its own role that
 * may invoke only that function, retries, and a dead-letter queue for invocations the scheduler could
 * not deliver (the function's own DLQ catches the ones that ran and failed).
 */
export class Schedules extends Construct {
  /** Delivery dead-letter queues by function name. */
  readonly deadLetterQueues: Readonly<Record<string, IQueue>>;

  constructor(scope: Construct, id: string, props: SchedulesProps) {
    super(scope, id);
    const deadLetterQueues: Record<string, IQueue> = {};
    for (const [name, definition] of Object.entries(props.definitions ?? FUNCTIONS)) {
      if (definition.kind !== 'schedule') continue;
      if (!definition.schedule) throw new Error(`Scheduled function ${name} has no schedule expression`);
      const fn = props.functions[name];
      if (!fn) throw new Error(`Scheduled function ${name} is not deployed`);

      const unit = new Construct(this, name);
      const deadLetterQueue = new Queue(unit, 'DeliveryDeadLetterQueue', {
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
      acknowledge(deadLetterQueue, 'SQS3', 'This queue is itself the dead-letter queue of the schedule; undelivered invocations end here and raise an alarm.');
      const role = new Role(unit, 'Role', {
        assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
          conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
        }),
        description: `EventBridge Scheduler: invokes ${name} only`,
      });
      new Schedule(unit, 'Schedule', {
        description: definition.description,
        schedule: ScheduleExpression.expression(definition.schedule, TimeZone.of(SCHEDULE_TIMEZONE)),
        target: new LambdaInvoke(fn, {
          // The handler takes "now" from the scheduled time Scheduler substitutes here, so a replay is the same code path.
          input: ScheduleTargetInput.fromObject(scheduleInput(name)),
          role,
          deadLetterQueue,
          retryAttempts: 3,
          maxEventAge: Duration.hours(1),
        }),
      });
      acknowledge(role, `IAM5[Resource::<${logicalIdOf(fn)}.Arn>:*]`, `Invoking a version or alias of ${name} is still invoking ${name}: the role reaches no other function.`);
      deadLetterQueues[name] = deadLetterQueue;
    }
    this.deadLetterQueues = deadLetterQueues;
  }
}

function logicalIdOf(fn: IFunction): string {
  const resource = fn.node.defaultChild as { logicalId: string } | undefined;
  if (!resource) throw new Error(`${fn.node.path} has no CloudFormation resource`);
  return fn.stack.resolve(resource.logicalId) as string;
}
