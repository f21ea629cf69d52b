/** Build-time responses: Astro writes each body to its file; the type matters in `astro dev`. */
export function textResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

export function jsonResponse(value: unknown): Response {
  return textResponse(`${JSON.stringify(value, null, 2)}\n`, 'application/json');
}
