// Where conversation state lives. Memory by default (one process, lost on restart); with
// STORAGE=blob, Azure Blob Storage (or Azurite), so several processes behind a load balancer serve
// one conversation and a restart resumes where the user was. BlobsStorage writes with the eTag it
// read (If-Match): a conflicting write fails with an eTag error instead of silently overwriting.
import { MemoryStorage, Storage, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';

export type StorageKind = 'memory' | 'blob';

export interface StorageConfig {
  kind: StorageKind;
  blobConnectionString: string;
  blobContainer: string;
}

export function createStorage(config: StorageConfig): Storage {
  if (config.kind === 'memory') return new MemoryStorage();
  if (!config.blobConnectionString) throw new Error('config: STORAGE=blob needs BLOB_CONNECTION_STRING');
  // Few, short tries: a turn must be answered well within the 15 s a channel waits, and a storage
  // that is down should fail the turn quickly rather than hold it through long back-offs.
  return new RecoveringStorage(() => new BlobsStorage(config.blobConnectionString, config.blobContainer, {
    storagePipelineOptions: { retryOptions: { maxTries: 3, tryTimeoutInMs: 3_000, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 } },
  }));
}

/**
 * BlobsStorage creates its container once and keeps that promise, a rejected one too: storage that
 * was down when the first turn came would stay "down" for the life of the process. After a failure
 * (other than an eTag conflict) this starts over with a fresh instance on the next call.
 */
export class RecoveringStorage implements Storage {
  private inner: Storage;

  constructor(private readonly create: () => Storage) {
    this.inner = create();
  }

  read(keys: string[]): Promise<StoreItems> {
    return this.guard((s) => s.read(keys));
  }

  write(changes: StoreItems): Promise<void> {
    return this.guard((s) => s.write(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.guard((s) => s.delete(keys));
  }

  private async guard<T>(op: (storage: Storage) => Promise<T>): Promise<T> {
    const storage = this.inner;
    try {
      return await op(storage);
    } catch (error) {
      if (!isETagConflict(error) && this.inner === storage) this.inner = this.create();
      throw error;
    }
  }
}

/** The error both MemoryStorage and BlobsStorage throw when a write's eTag no longer matches. */
export function isETagConflict(error: unknown): boolean {
  return error instanceof Error && /eTag conflict/i.test(error.message);
}
