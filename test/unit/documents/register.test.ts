import { describe, expect, it } from 'vitest';
import { documentSymbol, formatDocumentNumber, RegisterRequestSchema } from '../../../shared/documents/register.ts';

describe('the number and symbol of an outgoing document', () => {
  it('writes the number with two digits at least, then the type and the agency', () => {
    expect(formatDocumentNumber(1)).toBe('01');
    expect(formatDocumentNumber(15)).toBe('15');
    expect(formatDocumentNumber(123)).toBe('123');
    expect(documentSymbol({ number: 15, type: 'thong-bao', agencySymbol: 'SKHCN' })).toBe('15/TB-SKHCN');
    expect(documentSymbol({ number: 3, type: 'quyet-dinh', agencySymbol: 'SKHCN' })).toBe('03/QĐ-SKHCN');
  });

  it('refuses a request without a real issue date or a known type', () => {
    const request = { agencyId: 'a', agencySymbol: 'SKHCN', documentId: 'd1', type: 'thong-bao', issuedOn: '2026-12-04', summary: 'Thông báo thụ lý', subjectRef: 'case:c1', issuedBy: 'u1' };
    expect(RegisterRequestSchema.safeParse(request).success).toBe(true);
    expect(RegisterRequestSchema.safeParse({ ...request, issuedOn: '2026-02-30' }).success).toBe(false);
    expect(RegisterRequestSchema.safeParse({ ...request, type: 'cong-van-mat' }).success).toBe(false);
  });
});
