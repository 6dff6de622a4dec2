import { type CompiledStatus } from './reports.ts';
import { LookBadge, type BadgeLook } from '../../components/badge.tsx';

export const STATUS: Record<CompiledStatus, BadgeLook> = {
  draft: { label: 'compiled.status.draft', tone: 'warning', symbol: '✎' },
  approved: { label: 'compiled.status.approved', tone: 'neutral', symbol: '✓' },
  sent: { label: 'compiled.status.sent', tone: 'success', symbol: '✉' },
};

export function CompiledStatusBadge(props: { status: CompiledStatus }) {
  return <LookBadge status={props.status} look={STATUS[props.status]} />;
}
