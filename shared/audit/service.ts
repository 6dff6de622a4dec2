import { authorize, type Actor } from '../access/policy.ts';
import type { DynamoDbAuditChain } from './dynamodb-audit-chain.ts';
import type { AuditVerification } from './model.ts';

/** Verifying the agency's audit chain: leaders, inspectors and administrators. */
export class AuditService {
  constructor(private readonly chain: Pick<DynamoDbAuditChain, 'verify'>) {}

  verify(actor: Actor): Promise<AuditVerification> {
    authorize(actor, 'audit.verify', { agencyId: actor.agencyId });
    return this.chain.verify(actor.agencyId);
  }
}
