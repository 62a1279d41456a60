// Date and time in the station's zone, for the order list and timelines (app/time.ts shows time only).
import { useSettings } from '../app/app-store';
import { useStationLocale } from '../app/time';

export function useDateTimeFormatter(): (iso: string | null) => string {
  const zone = useSettings()?.timeZone ?? 'Asia/Jakarta';
  const fmt = new Intl.DateTimeFormat(useStationLocale(), {
    timeZone: zone,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (iso) => {
    if (!iso) return '';
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : fmt.format(d);
  };
}

export function useStationZone(): string {
  return useSettings()?.timeZone ?? 'Asia/Jakarta';
}
