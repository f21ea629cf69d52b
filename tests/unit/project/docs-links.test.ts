import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFiles, headingAnchors, linkTargets } from '../../support/markdown-docs';

const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** Why `target`, written in `file`, leads nowhere; null when it resolves. */
function brokenBecause(file: string, target: string): string | null {
  const [path = '', anchor] = target.split('#');
  const resolved = path === '' ? file : path.startsWith('/') ? normalize(path.slice(1)) : join(dirname(file), path);
  if (!existsSync(resolved)) return `${resolved} does not exist`;
  if (anchor === undefined) return null;
  if (!resolved.endsWith('.md')) return `${resolved} has no headings to point at`;
  return headingAnchors(resolved).includes(decodeURIComponent(anchor)) ? null : `${resolved} has no heading #${anchor}`;
}

describe('the documentation', () => {
  it.each(docFiles())('%s links only to files that exist, and to headings those files have', (file) => {
    const broken = linkTargets(file)
      .filter((target) => !HAS_SCHEME.test(target))
      .flatMap((target) => {
        const reason = brokenBecause(file, target);
        return reason === null ? [] : [`${target}: ${reason}`];
      });
    expect(broken).toEqual([]);
  });

  it('links every page in docs/ from the README', () => {
    const linked = linkTargets('README.md');
    expect(docFiles().filter((file) => file !== 'README.md' && !linked.includes(file))).toEqual([]);
  });

  it('has every page that code, content and workflows send readers to', () => {
    const folders = ['src', 'scripts', 'content', 'tests', '.ci', '.github'];
    const named = folders.flatMap((folder) =>
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .flatMap((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8').match(/\bdocs\/[\w.-]+\.md\b/g) ?? []),
    );
    expect(named.length).toBeGreaterThan(0);
    expect([...new Set(named)].filter((page) => !existsSync(page))).toEqual([]);
  });
});
