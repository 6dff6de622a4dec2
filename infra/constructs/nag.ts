import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * Acknowledges one cdk-nag AwsSolutions finding on `scope` (and the resources below it). The id is the
 * rule with its finding, as cdk-nag prints it (`IAM5[Resource::*]`); the `AwsSolutions::` namespace makes
 * CDK's validation report list it as suppressed, with the reason, instead of dropping it silently.
 */
export function acknowledge(scope: IConstruct, rule: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: `AwsSolutions::AwsSolutions-${rule}`, reason });
}
