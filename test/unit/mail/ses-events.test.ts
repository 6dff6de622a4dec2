import { describe, expect, it } from 'vitest';
import { deliveryEventsOf } from '../../../shared/mail/ses-events.ts';

const mail = { messageId: '0102018f-aaaa', timestamp: '2025-11-06T03:00:00.000Z' };

describe('SES delivery events', () => {
  it('records one bounce per bounced recipient, with the bounce type', () => {
    const message = JSON.stringify({
      eventType: 'Bounce',
      mail,
      bounce: { bounceType: 'Permanent', bounceSubType: 'General', timestamp: '2025-11-06T03:01:00.000Z', bouncedRecipients: [{ emailAddress: 'a@x.example', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }, { emailAddress: 'b@x.example' }] },
    });
    expect(deliveryEventsOf(message)).toEqual({
      messageId: '0102018f-aaaa',
      at: mail.timestamp,
      events: [
        { at: '2025-11-06T03:01:00.000Z', type: 'bounce', recipient: 'a@x.example', detail: 'Permanent: General — smtp; 550 5.1.1 user unknown' },
        { at: '2025-11-06T03:01:00.000Z', type: 'bounce', recipient: 'b@x.example', detail: 'Permanent: General' },
      ],
    });
  });

  it('records complaints and deliveries, and ignores what it cannot read', () => {
    const complaint = deliveryEventsOf(JSON.stringify({ eventType: 'Complaint', mail, complaint: { timestamp: '2025-11-07T00:00:00.000Z', complainedRecipients: [{ emailAddress: 'c@x.example' }], complaintFeedbackType: 'abuse' } }));
    expect(complaint?.events).toEqual([{ at: '2025-11-07T00:00:00.000Z', type: 'complaint', recipient: 'c@x.example', detail: 'abuse' }]);
    const delivery = deliveryEventsOf(JSON.stringify({ eventType: 'Delivery', mail, delivery: { timestamp: '2025-11-06T03:00:05.000Z', recipients: ['d@x.example'] } }));
    expect(delivery?.events).toEqual([{ at: '2025-11-06T03:00:05.000Z', type: 'delivery', recipient: 'd@x.example' }]);
    expect(deliveryEventsOf(JSON.stringify({ eventType: 'Open', mail }))).toBeUndefined();
  });

  it('names the alert-log attempt a message was sent for, from its tags or else its headers, except when SES rejected it', () => {
    // Prepare
    const tags = { 'dvm-send-id': ['01JATTEMPT'], 'dvm-agency': ['so-khcn-quang-ngai'], 'ses:configuration-set': ['dvm'] };
    const headers = [{ name: 'X-Dvm-Send-Id', value: '01JHEADER' }, { name: 'X-DVM-Agency', value: 'so-khcn-quang-ngai' }];

    // Act
    const send = deliveryEventsOf(JSON.stringify({ eventType: 'Send', mail: { ...mail, tags } }));
    const fromHeaders = deliveryEventsOf(JSON.stringify({ eventType: 'Delivery', mail: { ...mail, headers }, delivery: { timestamp: mail.timestamp, recipients: ['d@x.example'] } }));
    const rejected = deliveryEventsOf(JSON.stringify({ eventType: 'Reject', mail: { ...mail, tags } }));
    const untagged = deliveryEventsOf(JSON.stringify({ eventType: 'Send', mail }));

    // Assess
    expect(send).toEqual({ messageId: '0102018f-aaaa', at: mail.timestamp, attempt: { agencyId: 'so-khcn-quang-ngai', sendId: '01JATTEMPT' }, events: [] });
    expect(fromHeaders?.attempt).toEqual({ agencyId: 'so-khcn-quang-ngai', sendId: '01JHEADER' });
    expect(rejected).not.toHaveProperty('attempt');
    expect(untagged).not.toHaveProperty('attempt');
  });
});
