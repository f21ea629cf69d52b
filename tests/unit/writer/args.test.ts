import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../../src/lib/writer/args';

const FIELDS = ['status', 'message', 'at'] as const;
/** What npm sets for `npm run update my-slug --status resolved --message "All delivered."`, without `--`. */
const NPM_KEPT = { npm_lifecycle_event: 'update', npm_config_status: 'true', npm_config_message: 'All delivered.' };

describe('flags npm kept for itself', () => {
  it('are named, with the command to type instead', () => {
    expect(parseCommandArgs(['my-slug', 'resolved'], FIELDS, 'usage', NPM_KEPT)).toEqual({
      ok: false,
      error:
        'npm kept --status and --message for itself, so the command did not get them  ' +
        '(put -- after the command\'s name: npm run update -- my-slug --status resolved --message "All delivered.")',
    });
  });

  it('leave a placeholder when the words cannot be matched to the flags', () => {
    const env = { npm_lifecycle_event: 'update', npm_config_status: 'true', npm_config_at: 'true' };
    expect(parseCommandArgs(['my-slug', 'resolved'], FIELDS, 'usage', env)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/\(put -- after the command's name: npm run update -- my-slug resolved --status … --at …\)$/),
    });
  });

  it('are not suspected when the command got its flags, or was not run by npm', () => {
    expect(parseCommandArgs(['my-slug', '--status', 'resolved'], FIELDS, 'usage', { ...NPM_KEPT, npm_config_message: 'x' })).toMatchObject({ ok: true });
    expect(parseCommandArgs(['my-slug', 'resolved'], FIELDS, 'usage', { npm_config_status: 'true' })).toMatchObject({ ok: true });
    expect(parseCommandArgs(['my-slug'], FIELDS, 'usage', { npm_lifecycle_event: 'update' })).toMatchObject({ ok: true });
  });
});
