import type { AlertLog } from '../alerts/alert-log.ts';
import { sendOnce } from '../alerts/send-once.ts';
import type { Clock } from '../clock.ts';
import { emailDocument, html } from '../mail/html.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import type { Obstacle } from './model.ts';

export interface ObstacleAlerterDependencies {
  organization: OrganizationRepository;
  alerts: AlertLog;
  mailer: Mailer;
  appUrl: string;
  clock: Clock;
}

/**
 * Tells the office, at once, that a unit reported an obstacle (the plan's closing paragraph: units
 * report difficulties to the Department via its office). One e-mail per office member, once.
 */
export class ObstacleAlerter {
  constructor(private readonly deps: ObstacleAlerterDependencies) {}

  async alert(obstacle: Obstacle): Promise<number> {
    const [users, unit] = await Promise.all([this.deps.organization.listUsers(obstacle.agencyId), this.deps.organization.getUnit(obstacle.agencyId, obstacle.unitId)]);
    const office = users.filter((u) => u.active && u.roles.includes('office'));
    const unitName = unit?.name ?? obstacle.unitId;
    let sent = 0;
    for (const user of office) {
      const now = this.deps.clock.now();
      const alert = {
        agencyId: obstacle.agencyId,
        alertId: `obstacle:${obstacle.obstacleId}:${user.userId}`,
        kind: 'obstacle',
        subjectRef: obstacle.obstacleId,
        subjectTitle: obstacle.title,
        stage: 'reported',
        recipientUserId: user.userId,
        createdAt: now.toISOString(),
        urgent: true,
      };
      const subject = `Vướng mắc từ ${unitName}: ${obstacle.title}`;
      const link = `${this.deps.appUrl}/#/obstacles`;
      const body = html`
        <p>Kính gửi ${user.fullName},</p>
        <p><strong>${unitName}</strong> vừa báo cáo vướng mắc trong triển khai Kế hoạch công tác dân vận:</p>
        <h3>${obstacle.title}</h3>
        <p style="white-space:pre-wrap">${obstacle.description}</p>
        ${obstacle.attachments.length > 0 ? html`<p>Tệp đính kèm: ${obstacle.attachments.map((a) => a.filename).join(', ')}</p>` : ''}
        <p><a href="${link}">Xem trên hệ thống / Open in the platform</a></p>
        <hr><p lang="en">${unitName} reported an obstacle: “${obstacle.title}”.</p>`;
      const outcome = await sendOnce({ alerts: this.deps.alerts, mailer: this.deps.mailer }, now, [alert], () => ({
        to: [user.email],
        subject,
        html: emailDocument(subject, body),
        text: `Kính gửi ${user.fullName},\n\n${unitName} vừa báo cáo vướng mắc: ${obstacle.title}\n\n${obstacle.description}\n\n${link}\n\n---\n${unitName} reported an obstacle: ${obstacle.title}`,
      }));
      // A refused send was given back: failing the batch makes the stream retry it (an unknown one waits for SES's event).
      if (outcome.outcome === 'refused') throw outcome.error;
      if (outcome.outcome !== 'sent') continue;
      sent += 1;
    }
    return sent;
  }
}
