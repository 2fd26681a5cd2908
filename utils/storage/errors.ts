// Storage failures a reader must hear about. A full disk is the one a reader can act on, so
// it gets its own type and message; nothing here is ever swallowed.

/** Thrown when the browser refuses a write because this extension's storage quota is used up. */
export class StorageQuotaError extends Error {
  override name = 'StorageQuotaError';
  constructor(
    /** What was being written, for the message ("storing 1 document"). */
    readonly operation: string,
    override readonly cause?: unknown,
  ) {
    super(
      `The browser has no more storage space for this extension, so ${operation} failed and nothing was written. ` +
        'Delete documents you no longer need, or free disk space, then try again.',
    );
  }
}

/** Thrown when an import would overwrite a stored document with a different one (the whole import is cancelled). */
export class ImportConflictError extends Error {
  override name = 'ImportConflictError';
}

/**
 * True for the browsers' ways of saying "quota exceeded": the standard DOMException name,
 * Firefox's legacy name, and the legacy numeric code 22.
 */
export function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

/** Runs a write and turns a quota failure into a StorageQuotaError; every other error passes through. */
export async function withQuotaCheck<T>(operation: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isQuotaError(e)) throw new StorageQuotaError(operation, e);
    throw e;
  }
}
