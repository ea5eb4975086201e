import { useCallback } from 'react';
import { useLanguage } from './language.js';
import { type TextKey, text } from './texts.js';

/** `t('key', { name })` in the chosen language. */
export function useT() {
  const { language } = useLanguage();
  return useCallback(
    (key: TextKey, params?: Record<string, string | number>) => text(key, language, params),
    [language],
  );
}
