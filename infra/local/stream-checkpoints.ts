import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod';

/** The last sequence number handled, per shard of one stream: where an event source mapping resumes after a restart. */
export const StreamCheckpointSchema = z.object({
  streamArn: z.string().min(1),
  shards: z.record(z.string(), z.string()),
});
export type StreamCheckpoint = z.infer<typeof StreamCheckpointSchema>;

export interface StreamCheckpointStore {
  /** The checkpoints of `streamArn`; none when the stored ones belong to another stream (the table was recreated). */
  load(streamArn: string): Promise<Record<string, string>>;
  save(checkpoint: StreamCheckpoint): Promise<void>;
}

/** Kept in memory: the in-memory platform forgets its table on stop, and so its place in the stream. */
export function memoryCheckpointStore(): StreamCheckpointStore {
  let stored: StreamCheckpoint | undefined;
  return {
    load: async (streamArn) => (stored?.streamArn === streamArn ? { ...stored.shards } : {}),
    save: async (checkpoint) => {
      stored = { streamArn: checkpoint.streamArn, shards: { ...checkpoint.shards } };
    },
  };
}

/** A JSON file beside the table's data, replaced atomically (temporary file, then rename), so a crash leaves the old or the new one. */
export function fileCheckpointStore(file: string): StreamCheckpointStore {
  const temporary = `${file}.${process.pid}.tmp`;
  return {
    load: async (streamArn) => {
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return undefined;
        throw error;
      });
      if (text === undefined) return {};
      const stored = StreamCheckpointSchema.parse(JSON.parse(text));
      return stored.streamArn === streamArn ? stored.shards : {};
    },
    save: async (checkpoint) => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(temporary, `${JSON.stringify(checkpoint, null, 2)}\n`, 'utf8');
      await rename(temporary, file);
    },
  };
}
