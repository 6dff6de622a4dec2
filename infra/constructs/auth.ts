import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  UserPoolClientIdentityProvider,
  UserPoolGroup,
  type IUserPool,
  type IUserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ROLE_LABELS, ROLES } from '../../shared/organization/model.ts';
import { acknowledge } from './nag.ts';

export interface AuthProps {
  /** Web app URL (CloudFront): the only OAuth callback and sign-out URL. */
  readonly appUrl: string;
  /** Prefix of the Cognito hosted domain, `<prefix>.auth.<region>.amazoncognito.com`; unique per region. */
  readonly domainPrefix: string;
  /**
   * Cognito threat protection (compromised credentials, adaptive authentication) in enforcement mode.
   * It needs the Plus feature plan, billed per monthly active user, so it is opt-in.
   */
  readonly threatProtection: boolean;
}

/**
 * Sign-in for public servants: accounts created by an administrator (no self sign-up), e-mail as user
 * name, the agency and unit as custom attributes, and one group per role. The ID token carries
 * `custom:agency_id`, `custom:unit_id` and `cognito:groups`, which the JWT authorizer passes to the handlers.
 */
export class Auth extends Construct {
  readonly userPool: IUserPool;
  readonly webClient: IUserPoolClient;
  /** Host name of the hosted sign-in domain (no scheme), e.g. `dan-van-monitor.auth.ap-southeast-1.amazoncognito.com`. */
  readonly domainName: string;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    const userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true }, fullname: { required: false, mutable: true } },
      customAttributes: {
        agency_id: new StringAttribute({ minLen: 2, maxLen: 64, mutable: true }),
        unit_id: new StringAttribute({ minLen: 2, maxLen: 64, mutable: true }),
      },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: props.threatProtection ? FeaturePlan.PLUS : FeaturePlan.ESSENTIALS,
      ...(props.threatProtection ? { standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION } : {}),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      userPool,
      'COG2',
      'MFA is optional: accounts are admin-created for public servants, many without a smartphone at rollout; TOTP is offered to all and can be switched to REQUIRED later.',
    );
    if (!props.threatProtection) {
      acknowledge(
        userPool,
        'COG8',
        'Essentials plan for cost: threat protection needs Plus, billed per monthly active user; context threatProtection=true switches to Plus in enforcement mode. Admin-only sign-up and a 12-character password policy limit exposure meanwhile.',
      );
    }

    ROLES.forEach((role, index) => {
      new UserPoolGroup(this, `Group-${role}`, {
        userPool,
        groupName: role,
        description: `${ROLE_LABELS[role].vi} / ${ROLE_LABELS[role].en}`,
        precedence: index,
      });
    });

    const webClient = userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [props.appUrl],
        logoutUrls: [props.appUrl],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(7),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes('agency_id', 'unit_id'),
      // Users must not move themselves to another agency or unit: only administrators write those.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
    });

    const domain = userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: props.domainPrefix } });

    this.userPool = userPool;
    this.webClient = webClient;
    this.domainName = `${domain.domainName}.auth.${Stack.of(this).region}.amazoncognito.com`;
  }
}
