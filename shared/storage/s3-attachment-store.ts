import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Config } from '../platform/config.ts';
import type { AttachmentStore } from './attachment-store.ts';

export function createS3Client(config: Pick<Config, 'AWS_REGION' | 'S3_ENDPOINT'>): S3Client {
  return new S3Client({
    region: config.AWS_REGION,
    ...(config.S3_ENDPOINT
      ? { endpoint: config.S3_ENDPOINT, forcePathStyle: true, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
}

const UPLOAD_URL_SECONDS = 600;
const DOWNLOAD_URL_SECONDS = 300;

const isMissing = (error: unknown) => error instanceof NotFound || error instanceof NoSuchKey || (error as Error).name === 'NotFound' || (error as Error).name === 'NoSuchKey';

export class S3AttachmentStore implements AttachmentStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async uploadUrl(key: string, contentType: string, size: number): Promise<{ url: string; headers: Record<string, string> }> {
    const url = await getSignedUrl(this.s3, new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: contentType, ContentLength: size }), {
      expiresIn: UPLOAD_URL_SECONDS,
      signableHeaders: new Set(['content-type', 'content-length']),
    });
    return { url, headers: { 'content-type': contentType } };
  }

  async downloadUrl(key: string, filename: string): Promise<string> {
    const disposition = `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`;
    return getSignedUrl(this.s3, new GetObjectCommand({ Bucket: this.bucket, Key: key, ResponseContentDisposition: disposition }), { expiresIn: DOWNLOAD_URL_SECONDS });
  }

  async read(key: string, maxBytes: number): Promise<{ size: number; bytes: Uint8Array | undefined } | undefined> {
    try {
      const size = (await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }))).ContentLength ?? 0;
      if (size === 0 || size > maxBytes) return { size, bytes: undefined };
      // Ranged, so an object that grew since the HEAD still costs at most `maxBytes`.
      const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: `bytes=0-${maxBytes - 1}` }));
      const bytes = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
      return { size: bytes.byteLength, bytes };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async copy(fromKey: string, toKey: string): Promise<boolean> {
    try {
      const source = `${this.bucket}/${fromKey.split('/').map(encodeURIComponent).join('/')}`;
      await this.s3.send(new CopyObjectCommand({ Bucket: this.bucket, Key: toKey, CopySource: source }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async put(key: string, body: Uint8Array, contentType: string): Promise<void> {
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
  }

  async get(key: string): Promise<Uint8Array | undefined> {
    try {
      const object = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return await object.Body?.transformToByteArray();
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
