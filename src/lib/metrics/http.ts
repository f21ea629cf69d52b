import { readBounded } from './bounded-read.ts';
import { HttpStatusError, type TextRequest } from './pull.ts';

/**
 * GET a text body within the request's limits: aborted by its signal, cut off past
 * `maxBytes`. Any answer but 2xx is an error, and its body is never read.
 */
export async function fetchText(url: string, request: TextRequest): Promise<string> {
  const response = await fetch(url, { signal: request.signal, headers: request.headers });
  if (!response.ok) {
    await response.body?.cancel();
    throw new HttpStatusError(response.status);
  }
  return response.body ? readBounded(response.body, request.maxBytes) : '';
}
