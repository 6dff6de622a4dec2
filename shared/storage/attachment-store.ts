/** Where attachments live (S3 in AWS, s3rver locally); keys are opaque to the domain. */
export interface AttachmentStore {
  /** A URL the browser PUTs the file to, valid for a few minutes, bound to the content type. */
  uploadUrl(key: string, contentType: string, size: number): Promise<{ url: string; headers: Record<string, string> }>;
  /** Size, content type and the first bytes of a stored object, or undefined when there is none. */
  inspect(key: string): Promise<{ size: number; contentType: string | undefined; head: Uint8Array } | undefined>;
  put(key: string, body: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | undefined>;
  delete(key: string): Promise<void>;
}
