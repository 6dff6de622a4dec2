import type { DeliveryEvent } from './model.ts';
import type { CompiledReportRepository } from './repository.ts';

/** Records a bounce or complaint SES reported for a sent report against its recipient (once); false when no report matches. */
export async function recordDelivery(reports: Pick<CompiledReportRepository, 'findBySesMessageId' | 'addDeliveryEvent'>, messageId: string, event: DeliveryEvent): Promise<boolean> {
  const report = await reports.findBySesMessageId(messageId);
  if (!report) return false;
  if (report.deliveryEvents.some((e) => e.type === event.type && e.recipient === event.recipient && e.at === event.at)) return true;
  await reports.addDeliveryEvent(report, event);
  return true;
}
