import { Aws, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpStage, LogGroupLogDestination, type IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface ApiGatewayProps {
  /**
   * Origins allowed by CORS. The web app calls the API through CloudFront's `/api/*` behaviour, i.e. from
   * its own origin, so it needs none; the CloudFront domain cannot be listed here anyway (the distribution
   * already depends on this API: a cycle). Extra origins (a custom domain, a developer's machine) go here.
   */
  readonly corsOrigins: readonly string[];
  /** Steady-state requests per second for the whole stage; public routes have no other limit. */
  readonly rateLimit: number;
  readonly burstLimit: number;
}

/**
 * The HTTP API itself: `$default` stage with throttling and JSON access logs. Routes are added by
 * `ApiRoutes`, which needs the functions and the user pool; keeping them apart lets CloudFront (which
 * the user pool's callback URLs depend on) point at this API first.
 */
export class ApiGateway extends Construct {
  readonly httpApi: IHttpApi;
  /** Domain name of the execute-api endpoint, for CloudFront's origin. */
  readonly domainName: string;

  constructor(scope: Construct, id: string, props: ApiGatewayProps) {
    super(scope, id);
    const httpApi = new HttpApi(this, 'HttpApi', {
      description: 'dan-van-monitor HTTP API',
      createDefaultStage: false,
      ...(props.corsOrigins.length > 0
        ? {
            corsPreflight: {
              allowOrigins: [...props.corsOrigins],
              allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT, CorsHttpMethod.PATCH, CorsHttpMethod.DELETE],
              allowHeaders: ['authorization', 'content-type', 'idempotency-key'],
              allowCredentials: false,
            },
          }
        : {}),
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: RetentionDays.SIX_MONTHS,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new HttpStage(this, 'DefaultStage', {
      httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.rateLimit, burstLimit: props.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            latency: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
            sub: '$context.authorizer.claims.sub',
          }),
        ),
      },
    });
    this.httpApi = httpApi;
    this.domainName = `${httpApi.apiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`;
  }
}
