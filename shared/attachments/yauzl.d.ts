/** The part of yauzl 3 this project uses (the package publishes no types). */
declare module 'yauzl' {
  import type { Readable } from 'node:stream';

  export interface ExtraField {
    id: number;
    data: Buffer;
  }

  export interface Entry {
    /** A Buffer when the archive is opened with `decodeStrings: false`. */
    fileName: string | Buffer;
    fileNameRaw: Buffer;
    extraFields: ExtraField[];
    generalPurposeBitFlag: number;
    compressionMethod: number;
    compressedSize: number;
    uncompressedSize: number;
    isEncrypted(): boolean;
  }

  export interface ZipFile {
    readonly entryCount: number;
    eachEntry(): AsyncIterable<Entry>;
    openReadStreamPromise(entry: Entry): Promise<Readable>;
    close(): void;
  }

  export interface Options {
    lazyEntries?: boolean;
    decodeStrings?: boolean;
    validateEntrySizes?: boolean;
    strictFileNames?: boolean;
    autoClose?: boolean;
  }

  export function fromBufferPromise(buffer: Buffer, options?: Options): Promise<ZipFile>;
  export function getFileNameLowLevel(generalPurposeBitFlag: number, fileNameBuffer: Buffer, extraFields: ExtraField[], strictFileNames: boolean): string;
  export function validateFileName(fileName: string): string | null;
}
