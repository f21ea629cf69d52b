import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startSession } from '../../../src/lib/writer/session';
import { TEST_EPOCH, TEST_NOW } from '../../support/clock';

const SITE = 'name: Kabar Cloud\ndescription: Status.\nurl: https://status.kabar.example\ncontact: mailto:support@kabar.example\n';
const roots: string[] = [];

async function siteWith(yaml: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'statuswire-session-'));
  roots.push(root);
  await mkdir(join(root, 'content'));
  await writeFile(join(root, 'content/site.yaml'), yaml);
  return root;
}

afterEach(async () => {
  for (const root of roots.splice(0)) await rm(root, { recursive: true, force: true });
});

describe('startSession', () => {
  const env = { SOURCE_DATE_EPOCH: TEST_EPOCH };

  it('writes times at the offset of the configured time zone, at the build clock', async () => {
    const root = await siteWith(`${SITE}timeZone: Asia/Jakarta\n`);
    expect(await startSession(root, undefined, env)).toEqual({ now: TEST_NOW, offset: '+07:00', languages: ['en'] });
  });

  it('takes --offset over the time zone, and UTC without either', async () => {
    expect((await startSession(await siteWith(`${SITE}timeZone: Asia/Jakarta\n`), '+08:00', env)).offset).toBe('+08:00');
    expect((await startSession(await siteWith(SITE), undefined, env)).offset).toBe('+00:00');
  });

  it('stops with one line and its fix when the settings have problems or the offset is wrong', async () => {
    await expect(startSession(await siteWith('name: [\n'), undefined, env)).rejects.toThrow(/^content\/site\.yaml has problems {2}\(run npm run check to see them\)$/);
    await expect(startSession(await siteWith(SITE), 'Jakarta', env)).rejects.toThrow(/Jakarta/);
  });
});
