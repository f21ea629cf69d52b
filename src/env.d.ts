declare namespace App {
  interface Locals {
    /** The language of the page being built, from its path (src/middleware.ts). */
    language: import('./lib/i18n/languages').Language;
  }
}
