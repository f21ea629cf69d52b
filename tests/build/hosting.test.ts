import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageStylesheets } from '../../scripts/lib/bench/home-size';
import { styleHash } from '../../src/lib/outputs/csp';
import { fileHeaders, IMMUTABLE_CACHE, securityHeaders } from '../../src/lib/outputs/hosting';
import { listFiles } from '../support/dist';
import { headerValues, parseHeadersFile, type HeaderRule } from '../support/headers-file';
import { copySite, type SiteCopy } from '../support/site-copy';

/** Cloudflare Pages reads at most 100 rules, each line at most 2,000 characters. */
const MAX_RULES = 100;
const MAX_LINE = 2000;

/** The paths a reader may request a built file by: a page's folder as well as its index.html. */
function requestPaths(file: string): string[] {
  const path = `/${file}`;
  return file === 'index.html' || file.endsWith('/index.html') ? [path, path.slice(0, -'index.html'.length)] : [path];
}

describe('the hosting files of a build', () => {
  let site: SiteCopy;
  let text: string;
  let rules: HeaderRule[];
  let files: string[];
  /** What the header must send: the policy allows the stylesheet the home page inlines. */
  let expected: Readonly<Record<string, string>>;

  beforeAll(async () => {
    site = await copySite();
    const result = await site.build();
    if (result.code !== 0) throw new Error(result.output);
    text = await readFile(join(site.root, 'dist/_headers'), 'utf8');
    rules = parseHeadersFile(text);
    files = (await listFiles(join(site.root, 'dist'))).filter((file) => file !== '_headers');
    const [inlined = ''] = pageStylesheets(await readFile(join(site.root, 'dist/index.html'), 'utf8')).inline;
    expected = securityHeaders(styleHash(inlined));
  }, 120_000);

  afterAll(() => site.remove());

  it('writes _headers within the limits Cloudflare Pages reads', () => {
    expect(rules.length).toBeLessThanOrEqual(MAX_RULES);
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThanOrEqual(MAX_LINE);
  });

  it("sends the security headers, frame-ancestors and the inlined stylesheet's hash included, with every file", () => {
    expect(expected['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    for (const path of files.flatMap(requestPaths)) {
      for (const [name, value] of Object.entries(expected)) expect(headerValues(rules, path, name), `${path} ${name}`).toEqual([value]);
    }
  });

  it('gives every built file exactly one Cache-Control: a year for hashed assets, a minute at most for the rest', () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const path of requestPaths(file)) {
        const values = headerValues(rules, path, 'Cache-Control');
        const hashed = file.startsWith('_astro/');
        if (values.length !== 1) problems.push(`${path}: ${values.length} Cache-Control rules`);
        else if (hashed && values[0] !== IMMUTABLE_CACHE) problems.push(`${path}: ${values[0]}`);
        else if (!hashed && Number(/max-age=(\d+)/.exec(values[0]!)?.[1] ?? Infinity) > 60) problems.push(`${path}: ${values[0]}`);
      }
    }
    expect(files.some((file) => file.startsWith('_astro/'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('gives the S3 upload the same rules, and a known type for every file', async () => {
    const result = await site.command('s3-sync', ['s3://status-bucket']);
    expect(result.code, result.output).toBe(0);
    // The policy note goes to stderr, which this output interleaves with the commands.
    const commands = result.output.trim().split('\n').filter((line) => !line.startsWith('s3-sync  '));
    expect(commands[0]).toBe('set -e');
    for (const file of files) {
      const headers = fileHeaders(file);
      expect(headers, file).not.toBeNull();
      const extension = file.split('.').at(-1)!;
      const include = file.startsWith('_astro/') ? `--include '_astro/*.${extension}'` : `--include '*.${extension}'`;
      const command = commands.find((line) => line.includes(include));
      expect(command, file).toContain(`--content-type '${headers!.contentType}' --cache-control '${headers!.cacheControl}'`);
    }
    expect(commands.some((line) => line.includes('_headers'))).toBe(false);
  });

  it("names the policy the CDN in front of a bucket must send, the inlined stylesheet's hash included", async () => {
    const result = await site.command('s3-sync', ['s3://status-bucket']);
    const notes = result.output.split('\n').filter((line) => line.startsWith('s3-sync  '));
    expect(notes).toEqual([`s3-sync  Content-Security-Policy  the CDN must send: ${expected['Content-Security-Policy']}`]);
  });

  it('refuses to upload a file it has no type for, naming it', async () => {
    await writeFile(join(site.root, 'dist/notes.docx'), 'x');
    const result = await site.command('s3-sync', ['s3://status-bucket']);
    expect(result.code).toBe(1);
    expect(result.output).toContain('s3-sync  dist/notes.docx  no known content type  (fix:');
    expect(result.output).not.toContain('aws s3');
  });

  it('refuses to upload a build whose _headers names no policy for the CDN', async () => {
    await writeFile(join(site.root, 'dist/_headers'), '/*\n');
    const result = await site.command('s3-sync', ['s3://status-bucket']);
    expect(result.code).toBe(1);
    expect(result.output).toContain('s3-sync  dist/_headers  no Content-Security-Policy for the CDN  (fix:');
    expect(result.output).not.toContain('aws s3');
  });
});
