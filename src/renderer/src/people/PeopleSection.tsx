// Settings (behind the supervisor PIN): the packer list (add, rename, retire), the badge prefix, "a packer
// is required", the shift starts and the printer for reports.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '../../../shared/errors';
import type { SettingsView } from '../../../shared/ipc';
import type { Packer } from '../../../shared/people';
import { supervisorToken, usePeople } from '../app/app-store';
import { station } from '../app/station';
import { ErrorNote } from '../orders/ErrorNote';
import { saveSettings } from '../settings/patch';

export function PeopleSection({ settings }: { settings: SettingsView }): React.JSX.Element {
  const { t } = useTranslation();
  const people = usePeople();
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [name, setName] = useState('');
  const [badge, setBadge] = useState('');
  const save = async (p: Parameters<typeof saveSettings>[0]): Promise<void> =>
    setError(await saveSettings(p));
  const run = async (call: Promise<{ ok: boolean; error?: ErrorInfo }>): Promise<boolean> => {
    const res = await call;
    setError(res.ok ? null : (res.error ?? null));
    return res.ok;
  };
  const add = async (): Promise<void> => {
    const token = supervisorToken();
    const sent = { name, ...(badge.trim() ? { badge: badge.trim() } : {}), supervisorToken: token };
    if (await run(station.people.add(sent))) {
      setName('');
      setBadge('');
    }
  };
  return (
    <section className="card" aria-labelledby="people-title" data-testid="people-section">
      <h2 id="people-title">{t('people.listTitle')}</h2>
      <p className="hint">{t('people.listHelp')}</p>
      <label>
        {t('people.badgePrefix')}
        <input
          defaultValue={settings.badgePrefix}
          onBlur={(e) => void save({ badgePrefix: e.target.value })}
          data-testid="badge-prefix"
        />
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.packerRequired}
          onChange={(e) => void save({ packerRequired: e.target.checked })}
          data-testid="packer-required"
        />
        {t('people.required')}
      </label>
      <label>
        {t('people.shiftStarts')}
        <input
          defaultValue={settings.shiftStarts.join(', ')}
          onBlur={(e) => void save({ shiftStarts: e.target.value.split(/[,\s]+/).filter(Boolean) })}
          data-testid="shift-starts"
        />
      </label>
      <label>
        {t('people.documentPrinter')}
        <input
          defaultValue={settings.documentPrinter}
          onBlur={(e) => void save({ documentPrinter: e.target.value })}
        />
      </label>
      {error && <ErrorNote error={error} />}
      <table className="people-table">
        <thead>
          <tr>
            <th>{t('people.name')}</th>
            <th>{t('people.badgeCode')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {(people?.packers ?? []).map((p) => (
            <PackerRow key={p.id} packer={p} prefix={settings.badgePrefix} run={run} />
          ))}
        </tbody>
      </table>
      {people?.packers.length === 0 && <p className="hint">{t('people.empty')}</p>}
      <form
        className="people-add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label>
          {t('people.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="packer-name" />
        </label>
        <label>
          {t('people.badgeAuto')}
          <input value={badge} onChange={(e) => setBadge(e.target.value)} data-testid="packer-badge" />
        </label>
        <button type="submit" disabled={!name.trim()} data-testid="packer-add">
          {t('people.add')}
        </button>
      </form>
    </section>
  );
}

function PackerRow({
  packer,
  prefix,
  run,
}: {
  packer: Packer;
  prefix: string;
  run: (call: Promise<{ ok: boolean; error?: ErrorInfo }>) => Promise<boolean>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [name, setName] = useState(packer.name);
  const token = supervisorToken;
  return (
    <tr data-testid={`packer-row-${packer.badge}`}>
      <td>
        <input value={name} onChange={(e) => setName(e.target.value)} disabled={packer.retired} />
      </td>
      <td>
        <code>
          {prefix}
          {packer.badge}
        </code>
        {packer.retired && <em> ({t('people.retired')})</em>}
      </td>
      <td>
        {!packer.retired && (
          <>
            <button
              type="button"
              disabled={!name.trim() || name === packer.name}
              onClick={() =>
                void run(station.people.rename({ id: packer.id, name, supervisorToken: token() }))
              }
            >
              {t('people.rename')}
            </button>
            <button
              type="button"
              onClick={() => void run(station.people.retire({ id: packer.id, supervisorToken: token() }))}
            >
              {t('people.retire')}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
