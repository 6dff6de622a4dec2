import { describe, expect, it } from 'vitest';
import { clientAddressOf, EDGE_HEADERS } from '../../../shared/http/client-address.ts';

const SECRET = 'a-secret-of-enough-length';
const EDGE = '130.176.0.1';

describe('clientAddressOf', () => {
  it.each([
    ['through CloudFront: the viewer', { [EDGE_HEADERS.originVerify]: SECRET, [EDGE_HEADERS.viewerIp]: '203.0.113.7' }, { ip: '203.0.113.7', direct: false }],
    ['through CloudFront, IPv6 viewer', { [EDGE_HEADERS.originVerify]: SECRET, [EDGE_HEADERS.viewerIp]: ' 2001:db8::1 ' }, { ip: '2001:db8::1', direct: false }],
    ['direct, claiming a viewer', { [EDGE_HEADERS.viewerIp]: '203.0.113.7' }, { ip: EDGE, direct: true }],
    ['direct, with a wrong secret', { [EDGE_HEADERS.originVerify]: `${SECRET}x`, [EDGE_HEADERS.viewerIp]: '203.0.113.7' }, { ip: EDGE, direct: true }],
    ['the secret, but no usable viewer address', { [EDGE_HEADERS.originVerify]: SECRET, [EDGE_HEADERS.viewerIp]: 'not-an-ip' }, { ip: EDGE, direct: true }],
  ])('%s', (_case, headers, expected) => {
    expect(clientAddressOf(EDGE, headers, SECRET)).toEqual(expected);
  });

  it('takes the source address as the viewer where no secret is configured (the local gateway is the edge)', () => {
    expect(clientAddressOf('127.0.0.1', { [EDGE_HEADERS.viewerIp]: '203.0.113.7' }, undefined)).toEqual({ ip: '127.0.0.1', direct: false });
  });
});
