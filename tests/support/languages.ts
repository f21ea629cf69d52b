import { siteLanguages } from '../../src/lib/i18n/languages';

/** The sample's languages as pages get them: English at the root, Bahasa Indonesia under /id/. */
export const [ENGLISH, INDONESIAN] = siteLanguages(['en', 'id']) as [ReturnType<typeof siteLanguages>[number], ReturnType<typeof siteLanguages>[number]];
