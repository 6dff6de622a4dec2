import { CfnOutput, Stack } from 'aws-cdk-lib';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import {
  CloudWatchDimensionSource,
  ConfigurationSet,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface MailProps {
  /** Domain the platform sends from; the operator must publish the DKIM CNAME records printed as outputs. */
  readonly sendingDomain: string;
  /** Value of MAIL_FROM for the functions, an address in {@link sendingDomain}. */
  readonly mailFrom: string;
}

/**
 * Sending with SES: the domain identity (Easy DKIM) and a configuration set that every send names, so
 * reputation metrics are kept and bounces, complaints, rejects and delays become CloudWatch metrics
 * (dimension `ses:configuration-set`) that `Monitoring` can alarm on.
 */
export class Mail extends Construct {
  readonly configurationSetName: string;
  /** SES publishes sends, bounces, complaints and deliveries here. */
  readonly deliveryEvents: Topic;
  readonly mailFrom: string;
  readonly sendingDomain: string;
  private readonly identityArn: string;
  private readonly configurationSetArn: string;

  constructor(scope: Construct, id: string, props: MailProps) {
    super(scope, id);
    const configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    configurationSet.addEventDestination('CloudWatch', {
      destination: EventDestination.cloudWatchDimensions([
        { name: 'ses:configuration-set', source: CloudWatchDimensionSource.MESSAGE_TAG, defaultValue: 'unknown' },
      ]),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT, EmailSendingEvent.REJECT, EmailSendingEvent.DELIVERY_DELAY],
    });
    // Sends, bounces, complaints and deliveries of each message: an alert whose answer from SES was lost is
    // settled by its event (never sent twice), and the record of who received a compiled report is kept.
    const eventsKey = new Key(this, 'DeliveryEventsKey', { enableKeyRotation: true, description: 'Encrypts the SES delivery-events topic of dan-van-monitor' });
    eventsKey.grant(new ServicePrincipal('ses.amazonaws.com'), 'kms:GenerateDataKey*', 'kms:Decrypt');
    const deliveryEvents = new Topic(this, 'DeliveryEvents', { masterKey: eventsKey, enforceSSL: true, displayName: 'dan-van-monitor SES delivery events' });
    configurationSet.addEventDestination('Sns', {
      destination: EventDestination.snsTopic(deliveryEvents),
      events: [EmailSendingEvent.SEND, EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT, EmailSendingEvent.DELIVERY],
    });
    this.deliveryEvents = deliveryEvents;
    const identity = new EmailIdentity(this, 'Identity', {
      identity: Identity.domain(props.sendingDomain),
      configurationSet,
    });
    identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `DkimRecord${index + 1}`, {
        description: `Publish in DNS for ${props.sendingDomain} (CNAME name -> value) so SES can sign with DKIM`,
        value: `${record.name} CNAME ${record.value}`,
      });
    });

    this.configurationSetName = configurationSet.configurationSetName;
    this.mailFrom = props.mailFrom;
    this.sendingDomain = props.sendingDomain;
    this.identityArn = identity.emailIdentityArn;
    this.configurationSetArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: configurationSet.configurationSetName,
    });
  }

  /** Lets `grantee` send as the domain identity through this configuration set, and nothing else. */
  grantSend(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({
      grantee,
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resourceArns: [this.identityArn, this.configurationSetArn],
    });
  }
}
