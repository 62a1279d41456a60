// Find a packing video by order code or AWB, play it here, export a copy to a folder.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClipView } from '../../../shared/video/types';
import { station } from '../app/station';
import { useDateTimeFormatter } from '../orders/datetime';
import { loadClipUrl } from './clip-player';
import { formatBytes } from './format';
import { useClipQuery, videoActions } from './video-store';
import { errorMessage } from '../errors/error-words';

export function ClipsScreen(): React.JSX.Element {
  const { t } = useTranslation();
  const query = useClipQuery();
  const [draft, setDraft] = useState(query);
  const [clips, setClips] = useState<ClipView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [playing, setPlaying] = useState<{ id: string; url: string | null } | null>(null);
  const [folder, setFolder] = useState('');
  const [exported, setExported] = useState<string | null>(null);
  const formatDate = useDateTimeFormatter();

  useEffect(() => {
    let live = true;
    void station.video.search({ query }).then((r) => {
      if (!live) return;
      if (r.ok) setClips(r.value);
      else setError(errorMessage(r.error, t));
    });
    return () => {
      live = false;
    };
  }, [query, t]);

  useEffect(() => () => void (playing?.url && URL.revokeObjectURL(playing.url)), [playing]);

  const play = async (id: string): Promise<void> => {
    setPlaying({ id, url: null });
    const loaded = await loadClipUrl(id);
    if ('error' in loaded) return setError(errorMessage(loaded.error, t));
    setPlaying({ id, url: loaded.url });
  };
  // Electron opens the computer's folder dialog; the browser host has none, so the path is typed.
  const chooseFolder = async (): Promise<void> => {
    const res = await station.video.pickFolder();
    if (!res.ok) return setError(errorMessage(res.error, t));
    if (!res.value.native) return setError(t('video.typeFolder'));
    if (res.value.folder) setFolder(res.value.folder);
  };
  const exportClip = async (id: string): Promise<void> => {
    const res = await station.video.export({ clipId: id, folder });
    if (!res.ok) return setError(errorMessage(res.error, t));
    setError(null);
    setExported(res.value.path);
  };

  return (
    <main className="clips" aria-label={t('video.findTitle')}>
      <h1>{t('video.findTitle')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          videoActions.setQuery(draft.trim());
        }}
      >
        <label>
          {t('video.search')}
          <input value={draft} onChange={(e) => setDraft(e.target.value)} data-testid="clip-search" />
        </label>
        <button type="submit">{t('video.searchButton')}</button>
      </form>
      <label>
        {t('video.exportFolder')}
        <input value={folder} onChange={(e) => setFolder(e.target.value)} data-testid="export-folder" />
      </label>
      <button type="button" onClick={() => void chooseFolder()} data-testid="choose-folder">
        {t('video.chooseFolder')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {exported && <p role="status">{t('video.exported', { path: exported })}</p>}
      {clips?.length === 0 && <p>{t('video.none')}</p>}
      {clips && clips.length > 0 && (
        <table className="clip-table" data-testid="clip-table">
          <thead>
            <tr>
              <th>{t('video.columns.order')}</th>
              <th>{t('video.columns.awb')}</th>
              <th>{t('video.columns.packer')}</th>
              <th>{t('video.columns.started')}</th>
              <th>{t('video.columns.end')}</th>
              <th>{t('video.columns.size')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {clips.map((c) => (
              <tr key={c.id} data-clip={c.id} data-order={c.orderCode}>
                <td>{c.orderCode}</td>
                <td>{c.awb ?? '—'}</td>
                <td>{c.packer ?? '—'}</td>
                <td>{formatDate(c.startedAt)}</td>
                <td>{t(`video.ends.${c.endReason ?? 'recording'}`)}</td>
                <td>{formatBytes(c.bytes)}</td>
                <td>
                  <button type="button" onClick={() => void play(c.id)}>
                    {t('video.play')}
                  </button>
                  <button type="button" disabled={!folder.trim()} onClick={() => void exportClip(c.id)}>
                    {t('video.exportButton')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {playing &&
        (playing.url ? (
          <video className="clip-video" src={playing.url} controls autoPlay data-testid="clip-video" />
        ) : (
          <p className="loading">{t('video.loadingClip')}</p>
        ))}
    </main>
  );
}
