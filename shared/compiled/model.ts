import * as z from 'zod';

/** A distribution list of an official document's "Nơi nhận": who receives it and in what capacity. */
export const RecipientListSchema = z.object({
  listId: z.string().regex(/^[a-z0-9-]+$/),
  /** As printed under "Nơi nhận", e.g. "Ban Thường vụ Tỉnh ủy". */
  name: z.string().min(2).max(200),
  /** Printed after the name, e.g. "(báo cáo)", "(phối hợp)"; empty for none. */
  capacity: z.string().max(60),
  emails: z.array(z.email()).max(50),
  /** Superior bodies receive compiled reports; internal lists receive copies and digests. */
  external: z.boolean(),
});
export type RecipientList = z.infer<typeof RecipientListSchema>;

const Narrative = z.object({ unitId: z.string(), unitName: z.string(), text: z.string() });

/**
 * The content of a compiled report for one period, everything the documents print. Built by
 * `compileReport` from unit submissions and the platform's records; every figure reconciles with them.
 */
export const CompiledContentSchema = z.object({
  agency: z.object({ name: z.string(), shortName: z.string(), parentBody: z.string().optional(), placeName: z.string() }),
  /** Trích yếu: "Báo cáo kết quả thực hiện công tác dân vận năm 2025". */
  title: z.string(),
  kind: z.enum(['annual', 'mid-term', 'final', 'range']),
  period: z.object({ from: z.string(), to: z.string(), templateIds: z.array(z.string()) }),
  /** Local date printed in the dateline ("Quảng Ngãi, ngày … tháng … năm …"). */
  documentDate: z.string(),
  sections: z.array(
    z.object({
      sectionId: z.string(),
      titleVi: z.string(),
      metrics: z.array(z.object({ id: z.string(), labelVi: z.string(), total: z.number().int(), byUnit: z.record(z.string(), z.number().int()) })),
      narratives: z.array(Narrative),
    }),
  ),
  difficulties: z.array(Narrative),
  proposals: z.array(Narrative),
  nextDirection: z.array(Narrative),
  cases: z.object({
    byType: z.array(z.object({ type: z.string(), labelVi: z.string(), received: z.number().int(), resolved: z.number().int(), resolvedOnTime: z.number().int(), open: z.number().int() })),
    totals: z.object({ received: z.number().int(), resolved: z.number().int(), resolvedOnTime: z.number().int(), open: z.number().int() }),
  }),
  misconduct: z.object({ opened: z.number().int(), concludedViolation: z.number().int(), concludedNoViolation: z.number().int(), disciplined: z.record(z.string(), z.number().int()) }),
  units: z.object({
    reported: z.array(z.object({ unitId: z.string(), name: z.string(), onTime: z.boolean(), versions: z.number().int(), firstSubmittedAt: z.string() })),
    missing: z.array(z.object({ unitId: z.string(), name: z.string() })),
  }),
  recipients: z.array(RecipientListSchema),
  signer: z.object({ authority: z.string(), position: z.string(), name: z.string() }),
});
export type CompiledContent = z.infer<typeof CompiledContentSchema>;

export const DeliveryEventSchema = z.object({
  at: z.string(),
  type: z.enum(['bounce', 'complaint', 'delivery', 'reject']),
  recipient: z.string(),
  detail: z.string().optional(),
});
export type DeliveryEvent = z.infer<typeof DeliveryEventSchema>;

/** A compiled report: a draft until a leader approves it, then sent once to its recipient lists. */
export const CompiledReportSchema = z.object({
  agencyId: z.string(),
  reportId: z.string(),
  status: z.enum(['draft', 'approved', 'sent']),
  content: CompiledContentSchema,
  createdAt: z.string(),
  createdBy: z.string(),
  approvedBy: z.string().optional(),
  approvedAt: z.string().optional(),
  sentAt: z.string().optional(),
  /** SES message id of the sent e-mail, for matching bounces and complaints. */
  messageId: z.string().optional(),
  recipientsSent: z.array(z.string()),
  deliveryEvents: z.array(DeliveryEventSchema),
  version: z.number().int().nonnegative(),
});
export type CompiledReport = z.infer<typeof CompiledReportSchema>;

/**
 * A compiled report as lists show it: the record without its content, which can be megabytes (every
 * unit's narratives) and lives in the document store, not in the table item.
 */
export const CompiledReportSummarySchema = CompiledReportSchema.omit({ content: true }).extend({
  title: z.string(),
  kind: CompiledContentSchema.shape.kind,
  period: CompiledContentSchema.shape.period,
});
export type CompiledReportSummary = z.infer<typeof CompiledReportSummarySchema>;

