import { authorize, type Actor } from '../access/policy.ts';
import type { AuditChainReader, AuditVerification } from './model.ts';

/** Verifying the agency's audit chain: leaders, inspectors and administrators. */
export class AuditService {
  constructor(private readonly chain: AuditChainReader) {}

  verify(actor: Actor): Promise<AuditVerification> {
    authorize(actor, 'audit.verify', { agencyId: actor.agencyId });
    return this.chain.verify(actor.agencyId);
  }
}
