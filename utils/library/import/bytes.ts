/**
 * Reading an untrusted file's bytes: text in the encoding it really has (UTF-8, else the
 * windows-1252 old exporters wrote), and ZIP archives opened with bounds, so a ZIP bomb or an entry
 * named `../x` is refused before anything is inflated past the limit.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { fail, ok, type Result } from '../../result';

/** The most a whole archive may inflate to. */
export const MAX_INFLATED = 200 * 1024 * 1024;

/** Text from bytes: UTF-8 (BOM dropped) when valid, else windows-1252 (Latin-1's superset). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Whether the bytes start like a ZIP archive (local file header). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Why an archive is refused as a whole. */
export type ZipError = 'zip-corrupt' | 'zip-too-large' | 'zip-unsafe-path';

/** Whether an entry name stays inside the archive (no `..`, no absolute path, no drive letter). */
export function safeEntryName(name: string): boolean {
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) return false;
  return !name.split(/[/\\]/).includes('..');
}

/**
 * The archive's files by name, inflated by streaming and stopped as soon as the total passes
 * `limit` (the sizes the headers declare are not trusted). Folders are skipped.
 */
export function readZip(bytes: Uint8Array, limit = MAX_INFLATED): Result<Map<string, Uint8Array>, ZipError> {
  const files = new Map<string, Uint8Array>();
  let total = 0;
  let failure: Result<never, ZipError> | null = null;
  const unzipper = new Unzip((file: UnzipFile) => {
    if (failure) return;
    if (!safeEntryName(file.name)) {
      failure = fail('zip-unsafe-path', `entry ${JSON.stringify(file.name)} points outside the archive`);
      return;
    }
    if (file.name.endsWith('/')) return;
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = fail('zip-corrupt', error.message);
        return;
      }
      total += chunk.length;
      if (total > limit) {
        failure = fail('zip-too-large', `inflates past ${limit} bytes`);
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) files.set(file.name, concat(chunks));
    };
    file.start();
  });
  unzipper.register(UnzipInflate);
  try {
    const step = 64 * 1024;
    for (let at = 0; at < bytes.length && !failure; at += step) {
      unzipper.push(bytes.subarray(at, at + step), at + step >= bytes.length);
    }
  } catch (error) {
    if (!failure) failure = fail('zip-corrupt', error instanceof Error ? error.message : String(error));
  }
  return failure ?? ok(files);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
