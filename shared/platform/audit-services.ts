import { DynamoDbAuditChain } from '../audit/dynamodb-audit-chain.ts';
import { AuditService } from '../audit/service.ts';
import type { Core } from './core.ts';

/** The agency's audit chain: appended from the stream (`chain`), verified on request (`audit`). */
export function createAuditServices(core: Core) {
  const chain = new DynamoDbAuditChain(core.db, core.config.TABLE_NAME);
  return { chain, audit: new AuditService(chain) };
}
