// Dates of a report in the zone it was counted in (the station's, from Settings).
import { useSettings } from '../app/app-store';

export function useZonedFormat(zone: string | undefined): (iso: string) => string {
  const station = useSettings()?.timeZone ?? 'Asia/Jakarta';
  const fmt = new Intl.DateTimeFormat(undefined, {
    timeZone: zone ?? station,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (iso) => fmt.format(new Date(iso));
}
