// Times shown in the station's time zone (Settings), not the PC's, and in the screen's language: an
// Indonesian bench reads 14.35, not the browser's 02:35 PM.
import { useTranslation } from 'react-i18next';
import { useSettings } from './app-store';

/** The locale dates and times are written in: the station's language, 24-hour in both. */
export function useStationLocale(): string {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('id') ? 'id-ID' : 'en-GB';
}

export function useTimeFormatter(): (iso: string) => string {
  const zone = useSettings()?.timeZone ?? 'Asia/Jakarta';
  const fmt = new Intl.DateTimeFormat(useStationLocale(), {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
  });
  return (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : fmt.format(d);
  };
}
