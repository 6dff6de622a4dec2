import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/access/policy.ts';
import { maySeeRecord } from '../../../shared/access/case-access.ts';
import { type Audience, canSeeDenouncerIdentity, redactCase } from '../../../shared/cases/redaction.ts';
import { Directory } from '../../../shared/organization/directory.ts';
import { PETITIONER, apply, directory, register, registration, user, vn } from './fixtures.ts';

const viewers: Record<string, Actor> = {
  handler: user('u-handler', ['inspector'], 'thanh-tra'),
  'office head': user('u-office', ['office'], 'van-phong'),
  'agency head': user('u-director', ['leader']),
  'other office user': user('u-office-2', ['office'], 'van-phong'),
  'another leader': user('u-leader', ['leader']),
  inspector: user('u-inspector-2', ['inspector'], 'thanh-tra'),
  reporter: user('u-reporter', ['reporter'], 'phong-qlkh'),
  admin: user('u-admin', ['admin'], 'van-phong'),
};

/** Who may see the denouncer, written out from Luật Tố cáo Điều 47–48 and the brief. */
const SEES_DENOUNCER: Record<string, boolean> = {
  handler: true,
  'office head': true,
  'agency head': true,
  'other office user': false,
  'another leader': false,
  inspector: false,
  reporter: false,
  admin: false,
};

const denunciation = apply(
  register(registration('to-cao', vn('2025-02-28'), { documents: [{ ref: 'scan-1', kind: 'letter' }], handlerUserId: 'u-handler' })).case,
  [{ type: 'accept', documentRef: 'QĐ TL 1' }],
  '2025-03-02',
);
const IDENTITY = ['name', 'phone', 'email', 'address', 'idNumber'] as const;

describe('redaction of the denouncer’s identity', () => {
  const audiences: Audience[] = ['screen', 'list', 'export', 'email'];
  const matrix = Object.keys(viewers).flatMap((who) => audiences.map((audience) => ({ who, audience, sees: SEES_DENOUNCER[who] as boolean })));

  it.each(matrix)('$who in $audience sees name, phone, e-mail, address: $sees', ({ who, audience, sees }) => {
    const viewer = viewers[who] as Actor;
    const ctx = { directory, audience };
    const out = redactCase(denunciation, viewer, ctx);
    expect(canSeeDenouncerIdentity(viewer, denunciation, ctx)).toBe(sees);
    for (const field of IDENTITY) expect(out.petitioner[field]).toBe(sees ? PETITIONER[field] : undefined);
    expect(out.documents.some((d) => d.ref === 'scan-1')).toBe(sees);
    expect(out.timeline.flatMap((e) => e.documentRefs).includes('scan-1')).toBe(sees);
    // Decisions of the agency are not the denouncer's: they stay.
    expect(out.documents.some((d) => d.ref === 'QĐ TL 1')).toBe(true);
    expect(out.redacted).toEqual(sees ? [] : ['petitioner', 'confidential-documents']);
    if (!sees) expect(JSON.stringify(out)).not.toContain(PETITIONER.phone);
  });

  it('hides it in a compiled report even from the handler and the office head, with the official', () => {
    for (const who of ['handler', 'office head', 'agency head']) {
      const out = redactCase(denunciation, viewers[who] as Actor, { directory, audience: 'compiled-report' });
      expect(out.petitioner).toEqual({});
      expect(out.officialConcerned).toBeUndefined();
      expect(out.redacted).toEqual(['petitioner', 'official', 'confidential-documents']);
    }
  });

  it('takes the office head and the agency head from the directory: whoever holds the post now, with its role', () => {
    const units = directory.units.map((u) => (u.kind === 'office' ? { ...u, headUserId: 'u-office-2' } : u));
    const users = [...directory.users, { ...(directory.user('u-office') as NonNullable<ReturnType<typeof directory.user>>), userId: 'u-office-2' }];
    const moved = new Directory(directory.agency, units, users);
    expect(canSeeDenouncerIdentity(viewers['other office user'] as Actor, denunciation, { directory: moved, audience: 'screen' })).toBe(true);
    expect(canSeeDenouncerIdentity(viewers['office head'] as Actor, denunciation, { directory: moved, audience: 'screen' })).toBe(false);
    const vacant = new Directory(directory.agency ? { ...directory.agency, headUserId: undefined } : undefined, directory.units.map((u) => ({ ...u, headUserId: undefined })), directory.users);
    for (const who of ['office head', 'agency head']) expect(canSeeDenouncerIdentity(viewers[who] as Actor, denunciation, { directory: vacant, audience: 'screen' })).toBe(false);
    expect(canSeeDenouncerIdentity(viewers.handler as Actor, denunciation, { directory: vacant, audience: 'screen' })).toBe(true);
  });

  it('hides a lead’s partial identity (a phone, say) too', () => {
    const lead = register(registration('to-cao', vn('2025-02-28'), { petitioner: { phone: PETITIONER.phone } })).case;
    expect(redactCase(lead, viewers['another leader'] as Actor, { directory, audience: 'list' }).petitioner).toEqual({});
  });

  it('leaves a complaint’s petitioner visible on screen but not in a compiled report', () => {
    const complaint = register(registration('khieu-nai-lan-1', vn('2025-02-28'))).case;
    expect(redactCase(complaint, viewers['another leader'] as Actor, { directory, audience: 'list' }).petitioner).toEqual(PETITIONER);
    expect(redactCase(complaint, viewers['another leader'] as Actor, { directory, audience: 'compiled-report' }).petitioner).toEqual({});
  });

  it('a user of another agency never sees it', () => {
    expect(canSeeDenouncerIdentity({ ...(viewers.handler as Actor), agencyId: 'so-khac' }, denunciation, { directory, audience: 'screen' })).toBe(false);
  });
});

describe('who may open a denunciation that names an official', () => {
  it.each([
    ['the accused, even as an office user', user('u-accused', ['office'], 'phong-qlkh'), false],
    ['the head of the accused’s unit, even as a leader', user('u-head-qlkh', ['leader', 'office']), false],
    ['another office user', user('u-office-2', ['office']), true],
    ['an inspector', user('u-inspector', ['inspector']), true],
    ['a reporter (no case.read grant)', user('u-reporter', ['reporter'], 'phong-qlkh'), false],
  ])('%s: %s', (_who, actor, allowed) => {
    expect(maySeeRecord(actor, { agencyId: denunciation.agencyId, kind: 'case', official: denunciation.officialConcerned }, directory)).toBe(allowed);
  });
});
