import type { Unit, User } from '../organization/model.ts';
import type { MailSender, Obligation } from '../reporting/model.ts';
import type { HoldReason, Verdicts } from './model.ts';
import { bareAddress, checkAttachments, domainOf, evaluateVerdicts, extractTarget, matchSender, obstacleTitle, type AcceptedFile, type MailPart, type Target } from './rules.ts';

/** The local part of the address citizens send complaints, denunciations and petitions to. */
export const CASES_MAILBOX = 'don-thu';

/** What one received message says of itself, once read. */
export interface MessageFacts {
  verdicts: Verdicts;
  /** Its Message-ID was taken already by a message that says something else. */
  reused: boolean;
  messageId: string;
  /** Why its MIME cannot be read; undefined when it was read. */
  problem: string | undefined;
  /** Sent by a machine (a bounce, an auto-reply, a list). */
  automatic: boolean;
  /** The bare From address, and the envelope's MAIL FROM. */
  from: string;
  envelopeFrom: string;
  recipients: string[];
  subject: string;
  text: string;
  parts: MailPart[];
}

/** What the directory and the reporting plan say about the message's sender and target. */
export interface DirectoryFacts {
  agencyId: string;
  units: Unit[];
  /** The directory user with the From address, if any. */
  user: User | undefined;
  /** The obligation the target's code names, if it names one that exists. */
  obligation: Obligation | undefined;
}

export type Decision =
  | { kind: 'hold'; reason: HoldReason; detail?: string; unitId?: string }
  | { kind: 'obstacle'; sender: MailSender; title: string; description: string; files: AcceptedFile[] }
  | { kind: 'submit'; sender: MailSender; obligation: Obligation; files: AcceptedFile[]; text: string };

/** The obligation code the message names, if any: what the directory is asked for before deciding. */
export function targetOf(message: Pick<MessageFacts, 'recipients' | 'subject'>, domain: string): Target {
  return extractTarget(message.recipients, message.subject, domain);
}

/**
 * What becomes of a received message, from what it says and what the directory knows: the checks of
 * issue 4 in order, the first that fails holding the message with its reason; else the obstacle or the
 * version it files, and for whom. Pure: filing, holding and replying are the service's.
 */
const hold = (reason: HoldReason, detail?: string, unitId?: string): Decision & { kind: 'hold' } => ({ kind: 'hold', reason, ...(detail ? { detail } : {}), ...(unitId ? { unitId } : {}) });

/**
 * The checks that need nothing but the message (verdicts, MIME, sender, the cases address), in order:
 * the hold of the first that fails, or undefined. A message held here costs no directory read.
 */
export function screen(message: MessageFacts): (Decision & { kind: 'hold' }) | undefined {
  const refused = evaluateVerdicts(message.verdicts);
  if (refused) return hold(refused.reason, refused.detail);
  if (message.reused) return hold('reused-message-id', message.messageId);
  if (message.problem !== undefined) return hold('malformed', message.problem);
  if (message.automatic) return hold('auto-generated', message.envelopeFrom || '<>');
  const { from } = message;
  if (!from.includes('@')) return hold('malformed', 'no From address');
  if (domainOf(from) !== domainOf(bareAddress(message.envelopeFrom))) return hold('sender-mismatch', `From ${from}, MAIL FROM ${message.envelopeFrom}`);
  // Citizens write to the cases address from any address: their letters go to the office's triage queue.
  if (message.recipients.some((r) => r.toLowerCase().startsWith(`${CASES_MAILBOX}@`))) return hold('case-triage');
  return undefined;
}

export function decide(message: MessageFacts, target: Target, directory: DirectoryFacts): Decision {
  const screened = screen(message);
  if (screened) return screened;
  const { from } = message;
  const sender = matchSender(from, directory.agencyId, directory.units, directory.user);
  if (!sender) return hold('unknown-sender', from);
  const { unitId } = sender.unit;
  if (target.kind === 'none') return hold('no-target', undefined, unitId);
  if (target.kind === 'ambiguous') return hold('ambiguous-target', target.codes.join(', '), unitId);
  const { obligation } = directory;
  if (target.kind === 'obligation') {
    if (!obligation || obligation.agencyId !== directory.agencyId) return hold('unknown-obligation', target.code, unitId);
    if (obligation.unitId !== unitId) return hold('wrong-unit', target.code, unitId);
  }

  const checked = checkAttachments(message.parts);
  if ('reason' in checked) return hold(checked.reason, checked.detail, unitId);
  if (target.kind === 'obstacle' || !obligation) {
    const title = obstacleTitle(message.subject).slice(0, 200);
    const description = message.text.trim().slice(0, 20_000);
    if (title.length < 5 || description.length < 10) return hold('obstacle-too-short', undefined, unitId);
    return { kind: 'obstacle', sender, title, description, files: checked.files };
  }
  if (checked.files.length === 0) return hold('no-attachment', undefined, unitId);
  return { kind: 'submit', sender, obligation, files: checked.files, text: message.text };
}
