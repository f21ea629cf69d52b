import { describe, expect, it } from 'vitest';
import { knownKeys } from '../../../src/lib/advice/schema-keys';
import { incidentSchema, maintenanceSchema } from '../../../src/lib/content/schemas';
import { siteConfigSchema } from '../../../src/lib/content/site-config';
import { TEST_NOW } from '../../support/clock';

const context = { componentIds: ['sms-smartfren'], now: TEST_NOW };

describe('knownKeys', () => {
  it('reads the fields at any depth, through lists, defaults and refinements', () => {
    expect(knownKeys(incidentSchema(context), [])).toEqual(['title', 'impact', 'components', 'updates', 'translations']);
    expect(knownKeys(incidentSchema(context), ['updates', 3])).toEqual(['at', 'status', 'message']);
    expect(knownKeys(incidentSchema(context), ['components', 0])).toEqual(['id', 'status']);
    expect(knownKeys(maintenanceSchema(context), ['window'])).toEqual(['start', 'end']);
  });

  it('joins the options of a union, and knows nothing of a path that leads nowhere', () => {
    const site = siteConfigSchema({ publicFileExists: () => true });
    expect(knownKeys(site, ['metrics', 'source'])).toEqual(['kind', 'url', 'timeoutSeconds', 'queries']);
    expect(knownKeys(site, ['nowhere', 0])).toEqual([]);
  });
});
