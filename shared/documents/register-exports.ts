import * as z from 'zod';
import { CivilDateSchema } from '../deadlines/civil-date.ts';
import { RegisterIdSchema } from './registers.ts';

/**
 * A register asked for as XLSX: the rows, made on the request from what the requester may see, wait in
 * S3 (`rowsKey`) for the `register-exports` function, which writes the workbook beside them and marks the
 * export ready. Only the requester may download it: it holds what they may see.
 */
export const RegisterExportSchema = z.object({
  agencyId: z.string(),
  exportId: z.string(),
  registerId: RegisterIdSchema,
  from: CivilDateSchema,
  to: CivilDateSchema,
  requestedBy: z.string(),
  requestedAt: z.iso.datetime({ offset: true }),
  rowsKey: z.string(),
  status: z.enum(['pending', 'ready']),
  file: z.object({ key: z.string(), filename: z.string(), size: z.number().int().nonnegative() }).optional(),
});
export type RegisterExport = z.infer<typeof RegisterExportSchema>;

export const RegisterExportViewSchema = RegisterExportSchema.pick({ exportId: true, registerId: true, from: true, to: true, status: true }).extend({
  filename: z.string().optional(),
  size: z.number().int().optional(),
  downloadUrl: z.string().optional(),
});

export interface RegisterExportRepository {
  create(record: RegisterExport): Promise<void>;
  get(agencyId: string, exportId: string): Promise<RegisterExport | undefined>;
  /** Records the built workbook of a pending export; one built already is left as it is. */
  markReady(agencyId: string, exportId: string, file: NonNullable<RegisterExport['file']>): Promise<RegisterExport>;
}
