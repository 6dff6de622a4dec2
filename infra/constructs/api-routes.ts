import { HttpMethod, HttpRoute, HttpRouteKey, type IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { RouteDefinition } from '../../shared/http/route.ts';
import { routeEntries } from '../../shared/http/routes/index.ts';
import { acknowledge } from './nag.ts';

export interface ApiRoutesProps {
  readonly httpApi: IHttpApi;
  /** Functions by name; every route's `function` must be among them. */
  readonly functions: Readonly<Record<string, IFunction>>;
  /** Issuer of the JWTs the authorizer accepts. */
  readonly userPool: IUserPool;
  /** Audience of the JWTs: the web app client, whose ID tokens carry the custom attributes and groups. */
  readonly userPoolClient: IUserPoolClient;
  /** The routes to wire; all of `ROUTES` unless a test narrows them. */
  readonly routes?: readonly (readonly [string, RouteDefinition])[];
}

/**
 * One API Gateway route per entry of `ROUTES`, integrated with the Lambda that serves it. `user` routes
 * require a Cognito JWT (issuer: the user pool, audience: the web client); `public` routes have no
 * authorizer and are limited by the stage throttling only.
 */
export class ApiRoutes extends Construct {
  constructor(scope: Construct, id: string, props: ApiRoutesProps) {
    super(scope, id);
    const authorizer = new HttpUserPoolAuthorizer('CognitoAuthorizer', props.userPool, {
      userPoolClients: [props.userPoolClient],
      identitySource: ['$request.header.Authorization'],
    });
    const integrations = new Map<string, HttpLambdaIntegration>();
    const integrationOf = (functionName: string): HttpLambdaIntegration => {
      const handler = props.functions[functionName];
      if (!handler) throw new Error(`Route refers to unknown function ${functionName}`);
      let integration = integrations.get(functionName);
      if (!integration) {
        integration = new HttpLambdaIntegration(`${functionName}-integration`, handler);
        integrations.set(functionName, integration);
      }
      return integration;
    };

    for (const [routeId, route] of props.routes ?? routeEntries) {
      const httpRoute = new HttpRoute(this, routeId, {
        httpApi: props.httpApi,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration: integrationOf(route.function),
        ...(route.auth === 'user' ? { authorizer } : {}),
      });
      if (route.auth === 'public') {
        acknowledge(httpRoute, 'APIG4', `${route.method} ${route.path} is public by design (auth: 'public' in ROUTES) and rate-limited by the stage throttling.`);
      }
    }
  }
}
