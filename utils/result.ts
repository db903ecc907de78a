/**
 * A value, or a failure with a machine-readable code: the one shape every fallible call in
 * Broadsheet answers with (messages, storage, import checks), so callers switch on `ok` and never
 * catch errors thrown across a context boundary.
 */

/** A failure: a code the caller switches on, and a message for logs. */
export interface Failure<E extends string = string> {
  ok: false;
  error: E;
  message: string;
}

/** A value, or a failure with a machine-readable code and a message for logs. */
export type Result<T, E extends string = string> = { ok: true; value: T } | Failure<E>;

/** Builds a success result. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** Builds a failure result. */
export const fail = <E extends string>(error: E, message: string): Failure<E> => ({ ok: false, error, message });
