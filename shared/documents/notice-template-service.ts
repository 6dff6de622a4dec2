import { authorize, type Actor } from '../access/policy.ts';
import type { Clock } from '../clock.ts';
import type { CivilDate } from '../deadlines/civil-date.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import type { OrganizationRepository } from '../organization/repository.ts';
import { localDate } from '../time-zone.ts';
import { CASE_NOTICE_FACTS, type CaseNoticeTemplate } from './case-notices.ts';
import { templatesInForce, withWording, wordingProblems, type AgencyTemplateVersion, type NoticeTemplateStore, type TemplateWording } from './notice-templates.ts';

export interface NoticeTemplateDependencies {
  store: NoticeTemplateStore;
  shipped: readonly CaseNoticeTemplate[];
  organization: Pick<OrganizationRepository, 'directory'>;
  clock: Clock;
}

/** The templates of the case documents as an agency has them: the shipped ones, and the administrator's wording from its dates on. */
export class NoticeTemplateService {
  constructor(private readonly deps: NoticeTemplateDependencies) {}

  /** The templates in force for the agency on `date`: what the documents are issued from. */
  async inForce(agencyId: string, date: CivilDate): Promise<CaseNoticeTemplate[]> {
    return templatesInForce(this.deps.shipped, await this.deps.store.list(agencyId), date);
  }

  async list(actor: Actor) {
    authorize(actor, 'templates.manage', { agencyId: actor.agencyId });
    const [versions, directory] = await Promise.all([this.deps.store.list(actor.agencyId), this.deps.organization.directory(actor.agencyId)]);
    const today = localDate(this.deps.clock.now());
    const current = templatesInForce(this.deps.shipped, versions, today);
    return {
      facts: [...CASE_NOTICE_FACTS],
      items: this.deps.shipped.map((base) => ({
        template: current.find((t) => t.id === base.id) ?? base,
        shipped: base,
        inForce: current.some((t) => t.id === base.id),
        versions: versions
          .filter((v) => v.template.id === base.id)
          .map((v) => ({ version: v.template.version, validFrom: v.template.validFrom, editedByName: directory.user(v.editedBy)?.fullName ?? 'Cán bộ đã nghỉ / A former official', editedAt: v.editedAt, reason: v.reason })),
      })),
    };
  }

  /** A new version of the template's words from `wording.validFrom`; the earlier versions stay, and so do the documents issued with them. */
  async edit(actor: Actor, templateId: string, wording: TemplateWording) {
    authorize(actor, 'templates.manage', { agencyId: actor.agencyId });
    const base = this.deps.shipped.find((t) => t.id === templateId);
    if (!base) throw new NotFoundError('mẫu văn bản / template', templateId);
    const problems = wordingProblems(base, wording);
    if (problems.length > 0) {
      throw new ValidationError('invalid-template', 'Mẫu văn bản chưa lưu được: vui lòng sửa các chỗ được đánh dấu.', 'The template was not saved: please correct the marked parts.', problems.map((p) => ({ path: p.path, message: `${p.vi} / ${p.en}` })));
    }
    const sameDay = (await this.deps.store.list(actor.agencyId)).filter((v) => v.template.id === templateId && v.template.validFrom === wording.validFrom).length;
    const version: AgencyTemplateVersion = {
      agencyId: actor.agencyId,
      template: withWording(base, wording, `${wording.validFrom}.${sameDay + 1}`),
      seq: sameDay,
      editedBy: actor.userId,
      editedAt: this.deps.clock.now().toISOString(),
      reason: wording.reason,
    };
    if (!(await this.deps.store.create(version))) throw new ConflictError('template-version-conflict', 'Mẫu này vừa được người khác sửa. Vui lòng tải lại rồi thử lại.', 'Someone else just changed this template. Reload and try again.');
    return (await this.list(actor)).items.find((item) => item.shipped.id === templateId)!;
  }
}
