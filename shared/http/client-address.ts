import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * Headers CloudFront adds on `/api/*`: the viewer's address (set by a viewer-request function, which
 * overwrites anything the client sent) and the origin-verify secret (an origin custom header, which
 * CloudFront also sets over any viewer header of that name).
 */
export const EDGE_HEADERS = { viewerIp: 'x-dvm-viewer-ip', originVerify: 'x-dvm-origin-verify' } as const;

/** Who is calling, as far as the network can say: an address, and whether the call bypassed CloudFront. */
export interface ClientAddress {
  ip: string;
  /** True for a call to the API's own domain, not through the web app's CloudFront. */
  direct: boolean;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * The caller's address. Behind CloudFront, API Gateway's source address is a CloudFront edge, so the
 * viewer's own address comes from the edge header, trusted only when the request also carries the
 * origin secret; a call without it came to the API's domain directly and is known by its source
 * address. Without a configured secret (the local runtime, where the gateway is the edge) the source
 * address is the viewer's.
 */
export function clientAddressOf(sourceIp: string, headers: Record<string, string | undefined>, originSecret: string | undefined): ClientAddress {
  if (!originSecret) return { ip: sourceIp, direct: false };
  const presented = headers[EDGE_HEADERS.originVerify];
  const viewer = headers[EDGE_HEADERS.viewerIp]?.trim();
  const verified = presented !== undefined && timingSafeEqual(digest(presented), digest(originSecret));
  return verified && viewer && isIP(viewer) ? { ip: viewer, direct: false } : { ip: sourceIp, direct: true };
}
