import * as z from 'zod';
import { AlertRecordSchema } from '../../../shared/alerts/alert-log.ts';
import {
  AccessLogEntrySchema,
  CaseDetailSchema as SharedCaseDetailSchema,
  CaseViewSchema,
  MisconductCaseSchema,
  PublicCaseViewSchema as SharedPublicCaseViewSchema,
  RegistrationResponseSchema as SharedRegistrationResponseSchema,
} from '../../../shared/cases/views.ts';

/*
 * Citizen cases, misconduct cases, the public pages and the alert log (routes registerCase … trackPublicCase,
 * listAlerts, getDeadlineAlerts), built from shared/cases and shared/alerts as the routes are. A module of
 * its own, so only the lazily loaded pages carry it; `test/unit/web/case-schemas.test.ts` checks each one
 * against its route.
 */
export const CasesSchema = z.object({ items: z.array(CaseViewSchema) });
export type CaseView = z.infer<typeof CaseViewSchema>;
export const CaseDetailSchema = SharedCaseDetailSchema;
export type CaseDetail = z.infer<typeof CaseDetailSchema>;
export const RegistrationResponseSchema = SharedRegistrationResponseSchema;
export type RegistrationResponse = z.infer<typeof RegistrationResponseSchema>;
export const AccessLogSchema = z.object({ items: z.array(AccessLogEntrySchema) });

export const MisconductListSchema = z.object({ items: z.array(MisconductCaseSchema) });
export type MisconductView = z.infer<typeof MisconductCaseSchema>;
export const MisconductDetailSchema = z.object({ case: MisconductCaseSchema, availableCommands: z.array(z.string()) });
export type MisconductDetail = z.infer<typeof MisconductDetailSchema>;
export const MisconductOpenedSchema = z.object({ case: MisconductCaseSchema, warnings: z.array(z.object({ code: z.string(), messageVi: z.string(), messageEn: z.string() })) });
export type MisconductOpened = z.infer<typeof MisconductOpenedSchema>;

export const PublicCaseViewSchema = SharedPublicCaseViewSchema;
export type PublicCaseView = z.infer<typeof PublicCaseViewSchema>;
export const PublicSubmissionSchema = z.object({ trackingCode: z.string(), receivedAt: z.string(), acknowledgementSent: z.boolean() });
export type PublicSubmission = z.infer<typeof PublicSubmissionSchema>;

export const AlertsSchema = z.object({ items: z.array(AlertRecordSchema) });
export type AlertView = z.infer<typeof AlertRecordSchema>;
