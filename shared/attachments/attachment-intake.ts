import type { ErrorDetail } from '../errors.ts';
import { ALLOWED_ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type Attachment, type AttachmentContentType } from '../reporting/model.ts';
import type { AttachmentStore } from '../storage/attachment-store.ts';
import { inspectFile, refusalMessage } from './inspection.ts';
import { ownAttachmentKey, submittedKey } from './keys.ts';

/** What a client sends for an attachment: the key it uploaded to and the name to show. */
export interface AttachmentRef {
  key: string;
  filename: string;
}

/** Files taken with a filed version, and how to undo taking them when the version is not filed after all. */
export interface FiledAttachments {
  attachments: Attachment[];
  /** Deletes the copies this filing made (never a file an earlier version filed). */
  release(): Promise<void>;
}

interface Scope {
  agencyId: string;
  unitId: string;
}

/**
 * Takes a unit's attachments in: each must be the unit's own (by its key after normalisation), be
 * stored, within the size limit, and pass {@link inspectFile} on the bytes stored, whatever the client
 * said about them. Problems are added to `problems`, at `body.attachments.<i>`.
 */
export class AttachmentIntake {
  constructor(private readonly store: AttachmentStore) {}

  /** A draft's files, checked where they are: a draft is a working copy and may still change. */
  async check(scope: Scope, refs: readonly AttachmentRef[], problems: ErrorDetail[]): Promise<Attachment[]> {
    const checked: Attachment[] = [];
    for (const [index, ref] of refs.entries()) {
      const own = this.own(scope, ref, index, problems);
      const attachment = own && (await this.inspect(own.key, own.type, ref, index, problems));
      if (attachment) checked.push(attachment);
    }
    return checked;
  }

  /**
   * A filed version's files: each upload is copied to a key that no upload URL targets and the copy is
   * what is checked and referenced, so a still-valid upload URL can change neither what was checked
   * nor what was filed. Files of an earlier version are filed copies already and are referenced as they are.
   * When `problems` holds anything afterwards (the caller's or these), nothing will be filed and the
   * copies are deleted at once.
   */
  async file(scope: Scope, refs: readonly AttachmentRef[], problems: ErrorDetail[]): Promise<FiledAttachments> {
    const filed: Attachment[] = [];
    const copies: string[] = [];
    for (const [index, ref] of refs.entries()) {
      const own = this.own(scope, ref, index, problems);
      if (!own) continue;
      let key = own.key;
      if (!own.filed) {
        key = submittedKey(scope.agencyId, scope.unitId, ref.filename);
        if (!(await this.store.copy(own.key, key))) {
          problems.push(notUploaded(index));
          continue;
        }
        copies.push(key);
      }
      const attachment = await this.inspect(key, own.type, ref, index, problems);
      if (attachment) filed.push(attachment);
    }
    const release = async () => {
      await Promise.all(copies.map((key) => this.store.delete(key)));
    };
    if (problems.length > 0) {
      await release();
      return { attachments: filed, release: async () => undefined };
    }
    return { attachments: filed, release };
  }

  private own(scope: Scope, ref: AttachmentRef, index: number, problems: ErrorDetail[]): { key: string; filed: boolean; type: AttachmentContentType } | undefined {
    const own = ownAttachmentKey(ref.key, scope.agencyId, scope.unitId);
    if (!own) {
      problems.push({ path: pathOf(index), message: 'Tệp không thuộc đơn vị này / Not an upload of this unit' });
      return undefined;
    }
    const type = contentTypeOf(ref.filename);
    if (!type) {
      problems.push({ path: pathOf(index), message: 'Chỉ nhận PDF, DOCX, XLSX, ODT / Only PDF, DOCX, XLSX and ODT are accepted' });
      return undefined;
    }
    return { ...own, type };
  }

  private async inspect(key: string, type: AttachmentContentType, ref: AttachmentRef, index: number, problems: ErrorDetail[]): Promise<Attachment | undefined> {
    const stored = await this.store.read(key, MAX_ATTACHMENT_BYTES);
    if (!stored) {
      problems.push(notUploaded(index));
      return undefined;
    }
    if (!stored.bytes) {
      problems.push({ path: pathOf(index), message: 'Tệp rỗng hoặc lớn hơn 10 MB / The file is empty or larger than 10 MB' });
      return undefined;
    }
    const refusal = await inspectFile(type, stored.bytes);
    if (refusal) {
      problems.push({ path: pathOf(index), message: refusalMessage(refusal) });
      return undefined;
    }
    return { key, filename: ref.filename, contentType: type, size: stored.size };
  }
}

/**
 * Runs `write` with filed attachments, and deletes their copies when the write fails or files nothing
 * new (a replay answers with the version filed the first time, which has its own copies).
 */
export async function keepingOnlyIfFiled<T>(filed: FiledAttachments, isNew: (result: T) => boolean, write: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await write();
  } catch (error) {
    await filed.release();
    throw error;
  }
  if (!isNew(result)) await filed.release();
  return result;
}

const pathOf = (index: number) => `body.attachments.${index}`;
const notUploaded = (index: number): ErrorDetail => ({ path: pathOf(index), message: 'Tệp chưa được tải lên / The file was not uploaded' });

function contentTypeOf(filename: string): AttachmentContentType | undefined {
  const extension = filename.toLowerCase().split('.').at(-1);
  return (Object.keys(ALLOWED_ATTACHMENT_TYPES) as AttachmentContentType[]).find((type) => ALLOWED_ATTACHMENT_TYPES[type].extension === extension);
}
