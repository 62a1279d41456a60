// One shift's rows: the bench first, then each packer; the slowest steps below.
import { useTranslation } from 'react-i18next';
import type { ReportRow, ShiftReport } from '../../../shared/report';

function kinds(counts: Record<string, number>, none: string): string {
  const parts = Object.entries(counts).map(([k, n]) => `${k} ${n}`);
  return parts.length ? parts.join(', ') : none;
}

function num(n: number | null, none: string): string {
  return n === null ? none : n.toFixed(1);
}

export function ReportTable({ report }: { report: ShiftReport }): React.JSX.Element {
  const { t } = useTranslation();
  const none = t('report.none');
  const nameOf = (row: ReportRow): string =>
    row.packer === null
      ? t('report.bench')
      : row.packer.id === 'none'
        ? t('report.noPacker')
        : row.packer.name;
  return (
    <>
      <table className="report-table" data-testid="report-table">
        <thead>
          <tr>
            <th>{t('report.packer')}</th>
            <th>{t('report.orders')}</th>
            <th>{t('report.perHour')}</th>
            <th>{t('report.median')}</th>
            <th>{t('report.p90')}</th>
            <th>{t('report.stops')}</th>
            <th>{t('report.errors')}</th>
            <th>{t('report.reprints')}</th>
            <th>{t('report.couriers')}</th>
            <th>{t('report.returns')}</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.packer?.id ?? '*'} data-testid={`report-row-${row.packer?.id ?? 'bench'}`}>
              <th scope="row">{nameOf(row)}</th>
              <td data-testid="orders">{row.ordersPacked}</td>
              <td>{row.ordersPerHour.toFixed(1)}</td>
              <td>{num(row.medianSeconds, none)}</td>
              <td>{num(row.p90Seconds, none)}</td>
              <td>{kinds(row.stops, none)}</td>
              <td>{kinds(row.errors, none)}</td>
              <td>{row.reprints}</td>
              <td>{kinds(row.labelsByCourier, none)}</td>
              <td>{row.returns}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('report.slowest')}</h2>
      <ol data-testid="report-slowest">
        {report.slowestSteps.map((s) => (
          <li key={`${s.orderCode}-${s.step}`}>
            {s.orderCode} · {t(`steps.${s.step}`, { defaultValue: s.step })} · {(s.ms / 1000).toFixed(1)} s ·{' '}
            {s.packer?.name ?? t('report.noPacker')}
          </li>
        ))}
      </ol>
    </>
  );
}
