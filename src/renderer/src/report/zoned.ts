// Dates of a report in the zone it was counted in (the station's, from Settings).
import { useSettings } from '../app/app-store';
import { useStationLocale } from '../app/time';

export function useZonedFormat(zone: string | undefined): (iso: string) => string {
  const station = useSettings()?.timeZone ?? 'Asia/Jakarta';
  const fmt = new Intl.DateTimeFormat(useStationLocale(), {
    timeZone: zone ?? station,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (iso) => fmt.format(new Date(iso));
}
