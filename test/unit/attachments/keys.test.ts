import { describe, expect, it } from 'vitest';
import { normaliseKey, ownAttachmentKey, submittedKey, uploadKey } from '../../../shared/attachments/keys.ts';

const AGENCY = 'so-khcn';
const OWN = `uploads/${AGENCY}/don-vi-a/01JABCDEF/bao-cao.pdf`;

describe('attachment keys', () => {
  it.each([
    ['uploads/a/b/../c/x.pdf', 'uploads/a/c/x.pdf'],
    ['uploads/./a//b/x.pdf', 'uploads/a/b/x.pdf'],
    ['uploads/a/%2e%2e/c/x.pdf', 'uploads/c/x.pdf'],
    ['uploads/a/B%C3%A1o c%C3%A1o.pdf', 'uploads/a/Báo cáo.pdf'],
  ])('normalises %s as S3 and HTTP paths resolve it', (raw, expected) => {
    expect(normaliseKey(raw)).toBe(expected);
  });

  it.each([
    ['a leading slash', `/${OWN}`],
    ['a backslash', 'uploads\\so-khcn\\x.pdf'],
    ['a control character', 'uploads/a/b\u0000.pdf'],
    ['a climb above the root', '../../etc/passwd'],
    ['a second level of encoding', 'uploads/a/%252e%252e/x.pdf'],
    ['a broken escape', 'uploads/a/%E0%A4%A.pdf'],
  ])('refuses a key with %s', (_, raw) => {
    expect(normaliseKey(raw)).toBeUndefined();
  });

  it("takes the unit's own upload and its filed copies, and nothing that leads elsewhere after normalisation", () => {
    // Prepare
    const filed = `submitted/${AGENCY}/don-vi-a/01JABCDEF/bao-cao.pdf`;
    // Act + Assess
    expect(ownAttachmentKey(OWN, AGENCY, 'don-vi-a')).toEqual({ key: OWN, filed: false });
    expect(ownAttachmentKey(filed, AGENCY, 'don-vi-a')).toEqual({ key: filed, filed: true });
    expect(ownAttachmentKey(`uploads/${AGENCY}/don-vi-a/../don-vi-b/01JABCDEF/bao-cao.pdf`, AGENCY, 'don-vi-a')).toBeUndefined();
    expect(ownAttachmentKey(`uploads/${AGENCY}/don-vi-a/%2E%2E/don-vi-b/01JABCDEF/bao-cao.pdf`, AGENCY, 'don-vi-a')).toBeUndefined();
    expect(ownAttachmentKey(`uploads/${AGENCY}/don-vi-a/01JABCDEF/../../don-vi-b/01JX/bao-cao.pdf`, AGENCY, 'don-vi-a')).toBeUndefined();
    expect(ownAttachmentKey(`uploads/so-khac/don-vi-a/01JABCDEF/bao-cao.pdf`, AGENCY, 'don-vi-a')).toBeUndefined();
    expect(ownAttachmentKey(`inbound/${AGENCY}/don-vi-a/01JABCDEF/bao-cao.pdf`, AGENCY, 'don-vi-a')).toBeUndefined();
  });

  it('puts uploads and filed copies under different prefixes, with a safe file name', () => {
    expect(uploadKey(AGENCY, 'don-vi-a', 'Báo cáo/../x?.pdf')).toMatch(new RegExp(`^uploads/${AGENCY}/don-vi-a/[0-9A-Z]{26}/Báo cáo_.._x_\\.pdf$`));
    expect(submittedKey(AGENCY, 'don-vi-a', 'a.pdf')).toMatch(new RegExp(`^submitted/${AGENCY}/don-vi-a/[0-9A-Z]{26}/a\\.pdf$`));
  });
});
