// Where a clip lives and what it is called: <clips>/<YYYY-MM-DD>/<HHMMSS>_<order>_<id>[_<awb>].webm, the
// date and time in the station's time zone. Codes keep letters, digits and '-' (anything else becomes '-'),
// so a name is safe on every filesystem and splits back on '_'.
import { join } from 'node:path';

export interface ClipName {
  date: string;
  time: string;
  orderCode: string;
  id: string;
  awb: string | null;
}

/** A code as it may appear in a file name. */
export function safeCode(code: string): string {
  return code.replace(/[^A-Za-z0-9-]/g, '-').slice(0, 80) || '-';
}

export function localStamp(at: Date, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '00';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}${get('minute')}${get('second')}`,
  };
}

export function clipFileName(n: Omit<ClipName, 'date'>): string {
  const awb = n.awb ? `_${safeCode(n.awb)}` : '';
  return `${n.time}_${safeCode(n.orderCode)}_${n.id}${awb}.webm`;
}

export function clipPath(root: string, n: ClipName): string {
  return join(root, n.date, clipFileName(n));
}

const NAME = /^(\d{6})_([A-Za-z0-9-]+)_([0-9a-f]{16})(?:_([A-Za-z0-9-]+))?\.webm$/;

/** The parts of a clip's file name; null for anything that is not one of ours. */
export function parseClipName(date: string, file: string): ClipName | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const m = NAME.exec(file);
  if (!m) return null;
  return { date, time: m[1] ?? '', orderCode: m[2] ?? '', id: m[3] ?? '', awb: m[4] ?? null };
}
