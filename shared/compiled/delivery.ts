import type { CompiledReport } from './model.ts';
import type { CompiledReportRepository } from './repository.ts';

/** Records a bounce or complaint SES reported for a sent report against its recipient (once); false when no report matches. */
export async function recordDelivery(reports: CompiledReportRepository, messageId: string, event: CompiledReport['deliveryEvents'][number]): Promise<boolean> {
  const report = await reports.findBySesMessageId(messageId);
  if (!report) return false;
  if (report.deliveryEvents.some((e) => e.type === event.type && e.recipient === event.recipient && e.at === event.at)) return true;
  await reports.save({ ...report, deliveryEvents: [...report.deliveryEvents, event] }, report.version);
  return true;
}
