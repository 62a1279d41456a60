// Times shown in the station's time zone (Settings), not the PC's.
import { useSettings } from './app-store';

export function useTimeFormatter(): (iso: string) => string {
  const zone = useSettings()?.timeZone ?? 'Asia/Jakarta';
  const fmt = new Intl.DateTimeFormat(undefined, { timeZone: zone, hour: '2-digit', minute: '2-digit' });
  return (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : fmt.format(d);
  };
}
