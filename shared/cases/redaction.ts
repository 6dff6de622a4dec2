import type { Actor } from '../access/policy.ts';
import type { Directory } from '../organization/directory.ts';
import type { CitizenCase } from './model.ts';

/**
 * Where the case is going. `compiled-report` leaves the agency (superior bodies), so it never carries a
 * person's identity, whoever compiles it; the others are read by `viewer` (for `email`, the recipient).
 */
export type Audience = 'screen' | 'list' | 'export' | 'email' | 'compiled-report';

export interface RedactionContext {
  /** Who heads the office and the agency today: they, with the handler, may know a denouncer. */
  directory: Directory;
  audience: Audience;
}

export type RedactedPart = 'petitioner' | 'official' | 'confidential-documents';

/** A case as one viewer may receive it; `redacted` tells the UI what to label as hidden. */
export type RedactedCase = CitizenCase & { redacted: RedactedPart[] };

/**
 * Whether `viewer` may know who denounced (Luật Tố cáo 2018, Điều 47–48): the assigned handler, the
 * office head, and the head of the agency, who resolves denunciations and signs the decision. Not other
 * leaders, not other inspectors, not administrators. Recusal is decided before this (`maySeeRecord`).
 */
export function canSeeDenouncerIdentity(viewer: Actor, c: Pick<CitizenCase, 'agencyId' | 'handlerUserId'>, ctx: RedactionContext): boolean {
  if (ctx.audience === 'compiled-report' || viewer.agencyId !== c.agencyId) return false;
  if (c.handlerUserId !== undefined && viewer.userId === c.handlerUserId) return true;
  return viewer.userId === ctx.directory.officeHead() || viewer.userId === ctx.directory.agencyHead();
}

/**
 * The case with what `viewer` may not see removed: for a denunciation (or a lead), every identity field of
 * the denouncer and the documents marked confidential, also from the timeline; in a compiled report, every
 * person of every type. Use it for lists, exports, compiled reports and e-mails alike.
 */
export function redactCase(c: CitizenCase, viewer: Actor, ctx: RedactionContext): RedactedCase {
  const redacted: RedactedPart[] = [];
  const report = ctx.audience === 'compiled-report';
  const hideDenouncer = c.type === 'to-cao' && !canSeeDenouncerIdentity(viewer, c, ctx);
  let out: CitizenCase = c;
  if ((report || hideDenouncer) && Object.keys(c.petitioner).length > 0) {
    out = { ...out, petitioner: {} };
    redacted.push('petitioner');
  }
  if (report && c.officialConcerned) {
    const { officialConcerned: _hidden, ...rest } = out;
    out = rest;
    redacted.push('official');
  }
  if (report || hideDenouncer) {
    const hidden = new Set(c.documents.filter((d) => d.confidential).map((d) => d.ref));
    if (hidden.size > 0) {
      out = {
        ...out,
        documents: out.documents.filter((d) => !hidden.has(d.ref)),
        timeline: out.timeline.map((e) => ({ ...e, documentRefs: e.documentRefs.filter((r) => !hidden.has(r)) })),
      };
      redacted.push('confidential-documents');
    }
  }
  return { ...out, redacted };
}
