import { describe, expect, it } from 'vitest';
import { githubAnnotation } from '../../../src/lib/content/github-annotation';

describe('githubAnnotation', () => {
  it('points at the file, line and column, titled with the field', () => {
    expect(
      githubAnnotation({ file: 'content/incidents/a.mdx', line: 8, column: 5, field: 'updates[0].at', message: '"x" has no time zone', fix: 'add +07:00' }),
    ).toBe('::error file=content/incidents/a.mdx,line=8,col=5,title=updates[0].at::"x" has no time zone  (add +07:00)');
  });

  it('escapes what the runner would read as syntax', () => {
    expect(githubAnnotation({ file: 'content/a,b.mdx', line: 1, column: 1, field: '(yaml)', message: '50% done\nnext: line', fix: 'x' })).toBe(
      '::error file=content/a%2Cb.mdx,line=1,col=1,title=(yaml)::50%25 done%0Anext: line  (x)',
    );
  });
});
