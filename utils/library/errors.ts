/**
 * Recognising "storage is full". Browsers report it as a QuotaExceededError DOMException, on the
 * request or on the aborted transaction; older Firefox versions used NS_ERROR_DOM_QUOTA_REACHED.
 */

/** True when `error` means the browser refused to store more data. */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const name = (error as { name?: unknown }).name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** A one-line description of an error for logs and failure values. */
export function describeError(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: string; message?: string };
    return name ? `${name}: ${message ?? ''}` : String(message);
  }
  return String(error);
}
