import { HttpStatusError } from './pull.ts';

/** GET a text body within `timeoutMs`; any answer but 2xx is an error. */
export async function fetchText(url: string, timeoutMs: number): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new HttpStatusError(response.status);
  return response.text();
}
