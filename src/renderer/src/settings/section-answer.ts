// A Settings section's one answer line, and the two ways it gets said: a settings change saved (or
// refused, in words), and an action's result (a test page sent, or why not).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo, Result } from '../../../shared/errors';
import type { SettingsPatch } from '../../../shared/ipc';
import { errorMessage } from '../errors/error-words';
import { saveSettings } from './patch';

export interface SectionAnswer {
  text: string;
  ok: boolean;
}

export interface SectionAnswers {
  answer: SectionAnswer | null;
  /** Saves a change; a refusal is said, a success clears the line. */
  patch(p: SettingsPatch): Promise<void>;
  /** Says an action's result: `said(value)` when it worked, the error's words when not. */
  answered<T>(res: Result<T>, said: (value: T) => string): void;
  /** Words for an error found another way (listing printers, say). */
  wordsOf(error: ErrorInfo): SectionAnswer;
}

export function useSectionAnswers(): SectionAnswers {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState<SectionAnswer | null>(null);
  const wordsOf = (error: ErrorInfo): SectionAnswer => ({ text: errorMessage(error, t), ok: false });
  return {
    answer,
    wordsOf,
    async patch(p) {
      const failed = await saveSettings(p);
      setAnswer(failed ? wordsOf(failed) : null);
    },
    answered(res, said) {
      setAnswer(res.ok ? { text: said(res.value), ok: true } : wordsOf(res.error));
    },
  };
}
