import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
  type IDistribution,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { EDGE_HEADERS } from '../../shared/http/client-address.ts';
import { Construct } from 'constructs';
import { acknowledge } from './nag.ts';

export interface WebappProps {
  /** Domain of the HTTP API's execute-api endpoint; `/api/*` is proxied there. */
  readonly apiDomainName: string;
  /** Receives the S3 server access logs of the site bucket and CloudFront's standard logs. */
  readonly logBucket: IBucket;
}

/**
 * The web app: a private bucket behind CloudFront (Origin Access Control), and `/api/*` proxied to the
 * HTTP API so the browser talks to one origin (no CORS, no token sent cross-site). Unknown paths fall
 * back to `/index.html` through a viewer-request function rather than 403/404 error responses, because
 * error responses are distribution-wide and would turn the API's own 403 and 404 into a 200 HTML page.
 */
export class Webapp extends Construct {
  readonly bucket: IBucket;
  readonly distribution: IDistribution;
  /** `https://<id>.cloudfront.net`: OAuth callback, APP_URL for e-mail links. */
  readonly url: string;
  /**
   * The origin secret CloudFront sends on `/api/*` (a dynamic reference, resolved at deployment): the
   * API knows by it that a request came through CloudFront, so the viewer address beside it is true.
   */
  readonly originVerifySecret: string;

  constructor(scope: Construct, id: string, props: WebappProps) {
    super(scope, id);
    const bucket = new Bucket(this, 'Site', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      serverAccessLogsBucket: props.logBucket,
      serverAccessLogsPrefix: 's3/site/',
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
    });

    const spaFallback = new CloudFrontFunction(this, 'SpaFallback', {
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Serves index.html for client-side routes (paths whose last segment has no file extension)',
      code: FunctionCode.fromInline(
        [
          'function handler(event) {',
          '  var request = event.request;',
          "  var last = request.uri.substring(request.uri.lastIndexOf('/') + 1);",
          "  if (last.indexOf('.') === -1) request.uri = '/index.html';",
          '  return request;',
          '}',
        ].join('\n'),
      ),
    });

    // The viewer's address for the API (its source address is a CloudFront edge). Set here, so whatever
    // a client sent under this name is replaced.
    const viewerAddress = new CloudFrontFunction(this, 'ViewerAddress', {
      runtime: FunctionRuntime.JS_2_0,
      comment: 'Passes the viewer address to the API (public form rate limit)',
      code: FunctionCode.fromInline(
        ['function handler(event) {', '  var request = event.request;', `  request.headers['${EDGE_HEADERS.viewerIp}'] = { value: event.viewer.ip };`, '  return request;', '}'].join('\n'),
      ),
    });
    const originVerify = new Secret(this, 'OriginVerify', {
      description: 'dan-van-monitor: header CloudFront sends to the API, so direct calls to the API domain are told apart',
      generateSecretString: { passwordLength: 40, excludePunctuation: true },
    });
    acknowledge(originVerify, 'SMG4', 'Rotating it means redeploying CloudFront and the API function together: rotate by a new secret version and `cdk deploy`, not by a rotation Lambda.');
    const originVerifySecret = originVerify.secretValue.unsafeUnwrap();

    const securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'dan-van-monitor security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          override: true,
          contentSecurityPolicy: [
            "default-src 'self'",
            "img-src 'self' data: blob:",
            "style-src 'self' 'unsafe-inline'",
            `connect-src 'self' https://*.amazoncognito.com https://cognito-idp.${Aws.REGION}.amazonaws.com`,
            "form-action 'self' https://*.amazoncognito.com",
            "frame-ancestors 'none'",
            "base-uri 'self'",
            "object-src 'none'",
          ].join('; '),
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
      },
    });

    const distribution = new Distribution(this, 'Distribution', {
      comment: 'dan-van-monitor web app and API',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_200,
      enableLogging: true,
      logBucket: props.logBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        functionAssociations: [{ function: spaFallback, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(props.apiDomainName, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY, customHeaders: { [EDGE_HEADERS.originVerify]: originVerifySecret } }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // Every viewer header but Host, so also the viewer address the function above sets.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
          functionAssociations: [{ function: viewerAddress, eventType: FunctionEventType.VIEWER_REQUEST }],
        },
      },
    });
    acknowledge(distribution, 'CFR1', 'Users (public servants, citizens filing cases) may connect from abroad; access is controlled by sign-in, not geography.');
    acknowledge(distribution, 'CFR2', 'No WAF web ACL: it must live in us-east-1 and costs per ACL and request; the API is throttled at its stage and every non-public route needs a Cognito token.');
    acknowledge(distribution, 'CFR4', 'No custom domain is configured, so the default *.cloudfront.net certificate is used and its minimum TLS version cannot be chosen.');

    this.bucket = bucket;
    this.distribution = distribution;
    this.url = `https://${distribution.distributionDomainName}`;
    this.originVerifySecret = originVerifySecret;
  }
}
