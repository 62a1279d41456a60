// The shift report on screen: pick a shift (the running one first, past ones below), read each packer's
// and the bench's numbers, print it on the document printer or take it as CSV. Keyboard: Tab and Enter.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../shared/errors';
import type { ShiftReport, ShiftSummary } from '../../../shared/report';
import { station } from '../app/station';
import { ErrorNote } from '../orders/ErrorNote';
import { useZonedFormat } from './zoned';
import { ReportTable } from './ReportTable';

export function ReportScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const [shifts, setShifts] = useState<ShiftSummary[]>([]);
  const [start, setStart] = useState<string | undefined>(undefined);
  const [report, setReport] = useState<ShiftReport | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const format = useZonedFormat(report?.shift.timeZone);

  useEffect(() => {
    void station.report.shifts().then((res) => (res.ok ? setShifts(res.value) : setError(res.error)));
  }, []);
  useEffect(() => {
    let live = true;
    void station.report.get(start ? { start } : {}).then((res) => {
      if (!live) return;
      if (res.ok) setReport(res.value);
      else setError(res.error);
    });
    return () => {
      live = false;
    };
  }, [start]);

  const print = async (): Promise<void> => {
    const res = await station.report.print(start ? { start } : {});
    setError(res.ok ? null : res.error);
    if (res.ok) setNote(t('report.printed', { printer: res.value.printer, job: res.value.jobId }));
  };
  const csv = async (): Promise<void> => {
    const res = await station.report.csv(start ? { start } : {});
    setError(res.ok ? null : res.error);
    if (!res.ok) return;
    const url = URL.createObjectURL(new Blob([res.value.csv], { type: 'text/csv' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = res.value.fileName;
    a.click();
    URL.revokeObjectURL(url);
    setNote(t('report.csvSaved', { path: res.value.path }));
  };

  return (
    <main className="report" aria-label={t('report.title')} data-testid="report-screen">
      <h1>{t('report.title')}</h1>
      <div className="report-bar">
        <label>
          {t('report.shift')}
          <select
            value={start ?? ''}
            onChange={(e) => setStart(e.target.value || undefined)}
            data-testid="report-shift"
            autoFocus
          >
            <option value="">{t('report.running')}</option>
            {shifts.map((s) => (
              <option key={s.start} value={s.start}>
                {t('report.shiftOption', { from: format(s.start), to: format(s.end), count: s.ordersPacked })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void print()} data-testid="report-print">
          {t('report.print')}
        </button>
        <button type="button" onClick={() => void csv()} data-testid="report-csv">
          {t('report.csv')}
        </button>
      </div>
      {note && (
        <p className="notice notice-info" role="status" data-testid="report-note">
          {note}
        </p>
      )}
      {error && <ErrorNote error={error} />}
      {report ? (
        <>
          <p data-testid="report-window">
            {format(report.shift.start)} – {format(report.shift.end)}
            {report.running ? ` (${t('report.running')})` : ''} ·{' '}
            {t('report.timeZone', { zone: report.shift.timeZone })}
          </p>
          <ReportTable report={report} />
        </>
      ) : (
        <p className="loading">{t('report.loading')}</p>
      )}
    </main>
  );
}
