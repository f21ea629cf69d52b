/**
 * Reading outside bytes with a ceiling. The count is of the bytes as they arrive from
 * the stream, after any decompression, so a small gzip bomb stops at the ceiling too.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/** The body went past the ceiling; reading stopped there. */
export class TooLargeError extends Error {
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super(`larger than ${maxBytes} bytes`);
    this.maxBytes = maxBytes;
  }
}

/** A local source that is not a regular file (a folder, a pipe, a device). */
export class NotAFileError extends Error {}

/**
 * What a log line may say of an error while pulling: only its code or name. Its message
 * may hold a path, a source's address or what a source sent.
 */
export function failureName(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown error';
}

/**
 * The chunks' bytes, or TooLargeError once they pass `maxBytes`. Leaving the loop early
 * cancels the stream, which for a fetch body closes the connection.
 */
async function readBoundedBytes(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const kept: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > maxBytes) throw new TooLargeError(maxBytes);
    kept.push(chunk);
  }
  return Buffer.concat(kept, total);
}

/** The chunks as UTF-8 text, bounded as `readBoundedBytes` bounds them. */
export async function readBounded(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<string> {
  return (await readBoundedBytes(chunks, maxBytes)).toString('utf8');
}

/** A local file's bytes, refused unread when it is larger than `maxBytes` or not a regular file. */
export async function readFileBytes(path: string, maxBytes: number): Promise<Buffer> {
  const info = await stat(path);
  if (!info.isFile()) throw new NotAFileError();
  if (info.size > maxBytes) throw new TooLargeError(maxBytes);
  // Bounded again while reading, in case the file grew after the stat.
  return readBoundedBytes(createReadStream(path, { end: maxBytes }), maxBytes);
}

/** A local file's text, refused as `readFileBytes` refuses it. */
export async function readTextFile(path: string, maxBytes: number): Promise<string> {
  return (await readFileBytes(path, maxBytes)).toString('utf8');
}
