// The words of an error from main, in the screen's language. Main words every error in English (logs,
// support) and, where it made them, gives them a message key with values: a keyed error reads in the
// screen's language on every screen; an unkeyed one shows main's English words as they are.
import type { TFunction } from 'i18next';
import type { ErrorInfo } from '../../../shared/errors';
import { isMessageKey } from '../i18n/keys';

export interface ErrorWords {
  message: string;
  action?: string;
}

/** Words main sent with a key for them (an error, a connection test's answer…). */
export interface KeyedText {
  message: string;
  messageKey?: string;
  messageValues?: Record<string, string | number>;
}

/** Main's words in the screen's language when it gave them a key the texts have, else as main said them. */
export function keyedText(text: KeyedText, t: TFunction): string {
  const key = text.messageKey;
  return key && isMessageKey(key) ? t(key, text.messageValues ?? {}) : text.message;
}

/** The specific words of main's error in the screen's language, when main gave them a message key. */
export function keyedWords(error: ErrorInfo, t: TFunction): ErrorWords | null {
  const key = error.messageKey;
  if (!key || !isMessageKey(key)) return null;
  const values = error.messageValues ?? {};
  const action = actionKeyOf(error, key);
  return { message: t(key, values), ...(action ? { action: t(action, values) } : {}) };
}

/** The action's key: its own (`actionKey`), else `${messageKey}Action`, when the texts have it. */
function actionKeyOf(error: ErrorInfo, key: string): string | null {
  if (error.actionKey && isMessageKey(error.actionKey)) return error.actionKey;
  const own = `${key}Action`;
  return isMessageKey(own) ? own : null;
}

/** Message and action to show: translated when keyed, main's own words otherwise. */
export function errorWords(error: ErrorInfo, t: TFunction): ErrorWords {
  const keyed = keyedWords(error, t);
  if (keyed) return keyed.action || !error.action ? keyed : { ...keyed, action: error.action };
  return { message: error.message, ...(error.action ? { action: error.action } : {}) };
}

/** Just the message, for the one-line places (a form's error, a table cell, a title). */
export function errorMessage(error: ErrorInfo, t: TFunction): string {
  return errorWords(error, t).message;
}

/** Message and action in one line, for places that show both as a single note. */
export function errorLine(error: ErrorInfo, t: TFunction): string {
  const words = errorWords(error, t);
  return words.action ? `${words.message} ${words.action}` : words.message;
}
