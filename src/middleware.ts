import { defineMiddleware } from 'astro:middleware';
import { languages } from './data/languages';
import { languageOfPath } from './lib/outputs/urls';

/**
 * Every page and file learns its language from its path, once, here: components and
 * endpoints read `Astro.locals.language` and never work it out themselves.
 */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.language = languageOfPath(context.url.pathname, languages);
  return next();
});
