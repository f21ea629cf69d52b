/**
 * The link policy for update messages, as a rule on the `message` field: a refused
 * URL is reported at that field's line, like any other mistake in the frontmatter.
 */
import type { z } from 'astro/zod';
import { withFix } from '../content/fix.ts';
import { urlProblem } from './link-policy.ts';
import { messageUrls } from './markdown.ts';

/** For `.superRefine()` on a message: one issue per URL the link policy refuses. */
export function checkMessageLinks(message: string, ctx: z.RefinementCtx): void {
  for (const { url, use } of messageUrls(message)) {
    const problem = urlProblem(url, use);
    if (problem) ctx.addIssue({ code: 'custom', message: withFix(problem.message, problem.fix) });
  }
}
