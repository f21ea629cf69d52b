// What both pulls print to the operator.
import { dictionary } from '../../../src/lib/i18n/dictionary.ts';

/** The tools speak English to the operator, whatever languages the site has. */
export const LOG_TIME_WORDS = dictionary('en').time;
