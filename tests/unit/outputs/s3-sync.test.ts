import { describe, expect, it } from 'vitest';
import { IMMUTABLE_CACHE, SHORT_CACHE } from '../../../src/lib/outputs/hosting';
import { isDestination, syncPlan } from '../../../src/lib/outputs/s3-sync';

const FILES = ['index.html', 'incidents/a/index.html', '_astro/index.Bx8k2.css', 'maintenance.ics', 'history.rss', 'favicon.svg'];

describe('syncPlan', () => {
  const { commands } = syncPlan(FILES, 's3://status-bucket/site');

  it('uploads hashed assets first, kept for a year and never deleted under a page still cached', () => {
    expect(commands[0]).toBe(
      `aws s3 sync dist 's3://status-bucket/site' --exclude '*' --include '_astro/*.css' --content-type 'text/css; charset=utf-8' --cache-control '${IMMUTABLE_CACHE}'`,
    );
  });

  it('uploads every other kind with its type and a short lifetime, mirroring dist/', () => {
    const rest = commands.slice(1);
    expect(rest.map((command) => /--include '([^']+)'/.exec(command)?.[1])).toEqual(['*.html', '*.ics', '*.rss', '*.svg']);
    for (const command of rest) {
      expect(command).toContain(`--exclude '_astro/*' --delete`);
      expect(command).toContain(`--cache-control '${SHORT_CACHE}'`);
    }
    expect(rest[1]).toContain(`--content-type 'text/calendar; charset=utf-8'`);
    expect(rest[2]).toContain(`--content-type 'application/rss+xml; charset=utf-8'`);
  });

  it('plans nothing when a file has no known type, and names it', () => {
    expect(syncPlan([...FILES, 'CNAME', 'notes.docx'], 's3://status-bucket')).toEqual({ commands: [], unknown: ['CNAME', 'notes.docx'] });
  });

  it('refuses a destination that is not a plain s3:// bucket, so nothing reaches the shell', () => {
    for (const destination of ['s3://b', "s3://bucket'; rm -rf ~; '", 's3://bucket/$(id)', 'https://bucket.example', 's3://Bucket']) {
      expect(isDestination(destination), destination).toBe(false);
      expect(() => syncPlan(FILES, destination)).toThrow(/not an s3:\/\/bucket/);
    }
    expect(isDestination('s3://status.example.com/v1/')).toBe(true);
  });
});
