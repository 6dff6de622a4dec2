/** Where attachments live (S3 in AWS, s3rver locally); keys are opaque to the domain. */
export interface AttachmentStore {
  /** A URL the browser PUTs the file to, valid for a few minutes, bound to the content type. */
  uploadUrl(key: string, contentType: string, size: number): Promise<{ url: string; headers: Record<string, string> }>;
  /** A URL the browser GETs the object from, valid for a few minutes, saving it as `filename`. */
  downloadUrl(key: string, filename: string): Promise<string>;
  /**
   * The stored object's size and, when it has at most `maxBytes`, its bytes (one read, never more than
   * `maxBytes` transferred); undefined when there is no such object.
   */
  read(key: string, maxBytes: number): Promise<{ size: number; bytes: Uint8Array | undefined } | undefined>;
  /** Copies an object inside the store; false when there is nothing at `fromKey`. */
  copy(fromKey: string, toKey: string): Promise<boolean>;
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | undefined>;
  delete(key: string): Promise<void>;
}
