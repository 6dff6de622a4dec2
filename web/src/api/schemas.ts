import * as z from 'zod';

/** `/config.json`, written by the deployment: which sign-in to use and where the API lives. */
export const AppConfigSchema = z.object({
  auth: z.discriminatedUnion('mode', [
    z.object({ mode: z.literal('dev') }),
    z.object({
      mode: z.literal('cognito'),
      domain: z.url().transform((url) => url.replace(/\/+$/, '')),
      clientId: z.string().min(1),
      region: z.string().min(1),
    }),
  ]),
  apiBase: z.string().min(1).default('/api'),
});
export type AppConfig = z.infer<typeof AppConfigSchema>;
export type CognitoConfig = Extract<AppConfig['auth'], { mode: 'cognito' }>;

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messageEn: z.string(),
    details: z.array(z.object({ path: z.string(), message: z.string() })).default([]),
    correlationId: z.string().optional(),
  }),
});
