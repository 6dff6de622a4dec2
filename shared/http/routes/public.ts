import * as z from 'zod';
import { RatingInputSchema } from '../../cases/rating.ts';
import { PublicCaseFormSchema, PublicCaseViewSchema } from '../../cases/views.ts';
import { PublicStatisticsSchema } from '../../statistics/model.ts';
import { defineRoute, type RouteDefinition } from '../route.ts';

/** What anyone may call without signing in: filing and following a case, the public figures (api-public). */
export const PUBLIC_ROUTES = {
  submitPublicCase: defineRoute({
    method: 'POST',
    path: '/api/public/cases',
    function: 'api-public',
    auth: 'public',
    summary: 'Công dân gửi đơn trực tuyến (không cần tài khoản) / A citizen files a case online (no account)',
    tags: ['public'],
    body: PublicCaseFormSchema,
    response: z.object({ trackingCode: z.string(), receivedAt: z.string(), acknowledgementSent: z.boolean() }),
    successStatus: 201,
    maxBodyBytes: 64 * 1024,
  }),
  trackPublicCase: defineRoute({
    method: 'GET',
    path: '/api/public/cases/{trackingCode}',
    function: 'api-public',
    auth: 'public',
    summary: 'Tra cứu tình trạng đơn bằng mã tra cứu / Follow a case by its tracking code',
    tags: ['public'],
    params: z.object({ trackingCode: z.string().min(10).max(40) }),
    response: PublicCaseViewSchema,
  }),
  ratePublicCase: defineRoute({
    method: 'POST',
    path: '/api/public/cases/{trackingCode}/rating',
    function: 'api-public',
    auth: 'public',
    summary: 'Công dân đánh giá mức độ hài lòng khi hồ sơ đã kết thúc, một lần / The citizen rates the handling once it has ended, once',
    tags: ['public'],
    params: z.object({ trackingCode: z.string().min(10).max(40) }),
    body: RatingInputSchema,
    response: PublicCaseViewSchema,
    maxBodyBytes: 1024,
  }),
  getPublicStatistics: defineRoute({
    method: 'GET',
    path: '/api/public/statistics',
    function: 'api-public',
    auth: 'public',
    summary: 'Kế hoạch và số liệu tổng hợp công khai (không có tên, không có danh tính) / The plan and anonymised aggregate figures',
    tags: ['public'],
    response: PublicStatisticsSchema,
  }),
} as const satisfies Record<string, RouteDefinition>;
