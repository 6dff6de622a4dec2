import type { Context } from 'aws-lambda';
import type { HttpEvent } from '../../shared/http/handler.ts';

/** An API Gateway (HTTP API, payload 2.0) event, with the claims the JWT authorizer adds when `claims` is given. */
export function httpEvent(input: {
  routeKey: string;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  isBase64Encoded?: boolean;
  claims?: Record<string, unknown>;
}): HttpEvent {
  const [method = 'GET', path = '/'] = input.routeKey.split(' ');
  return {
    version: '2.0',
    routeKey: input.routeKey,
    rawPath: path,
    rawQueryString: '',
    headers: input.headers ?? {},
    queryStringParameters: input.query,
    pathParameters: input.pathParameters,
    body: input.body,
    isBase64Encoded: input.isBase64Encoded ?? false,
    requestContext: {
      accountId: '000000000000',
      apiId: 'test',
      domainName: 'test',
      domainPrefix: 'test',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'vitest' },
      requestId: 'req-0001-test',
      routeKey: input.routeKey,
      stage: '$default',
      time: '',
      timeEpoch: 0,
      ...(input.claims ? { authorizer: { jwt: { claims: input.claims } } } : {}),
    },
  } as HttpEvent;
}

/** Claims as API Gateway hands them to Lambda (array claims flattened to `[a b]`). */
export const claimsOf = (role: string, unitId = 'ke-hoach-tai-chinh', agencyId = 'so-khcn-quang-ngai') => ({
  sub: `u-${role}`,
  email: `${role}@khcn-quangngai.example`,
  'cognito:groups': `[${role}]`,
  'custom:agency_id': agencyId,
  'custom:unit_id': unitId,
});

export const lambdaContext = { functionName: 'test', awsRequestId: 'ctx-1', getRemainingTimeInMillis: () => 10_000 } as unknown as Context;
