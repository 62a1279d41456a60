// Settings → Camera: recording off / optional / required, which camera, resolution and frame rate a bench
// PC can afford, the microphone (off by default), how long to keep recording after the label, retention
// and the space clips use and have left.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RECORDING_MODES,
  VIDEO_FRAME_RATES,
  VIDEO_RESOLUTIONS,
  type VideoSettingsPatch,
  type VideoStorageView,
} from '../../../shared/video/types';
import { supervisorToken } from '../app/app-store';
import { station } from '../app/station';
import { formatBytes } from './format';
import { applyVideoSettings } from './video-controller';
import { useCameraDevices, useCameraProblem, useCameraStatus, useVideoSettings } from './video-store';
import { errorMessage } from '../errors/error-words';

export function CameraSection(): React.JSX.Element | null {
  const { t } = useTranslation();
  const settings = useVideoSettings();
  const devices = useCameraDevices();
  const status = useCameraStatus();
  const problem = useCameraProblem();
  const [storage, setStorage] = useState<VideoStorageView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void station.video.storage().then((r) => r.ok && setStorage(r.value));
  }, []);

  if (!settings) return null;
  const save = async (patch: VideoSettingsPatch): Promise<void> => {
    const res = await station.video.updateSettings({ patch, supervisorToken: supervisorToken() });
    if (!res.ok) return setError(errorMessage(res.error, t));
    setError(null);
    await applyVideoSettings(res.value);
  };
  const num = (value: string): number => Number(value);
  return (
    <section className="card" aria-labelledby="camera-title" data-testid="camera-section">
      <h2 id="camera-title">{t('video.camera')}</h2>
      <p role="status" data-testid="camera-status" data-state={status}>
        {t(`video.status.${status}`, { problem: problem ?? '' })}
      </p>
      <label>
        {t('video.mode')}
        <select
          value={settings.mode}
          onChange={(e) => void save({ mode: e.target.value as (typeof RECORDING_MODES)[number] })}
          data-testid="recording-mode"
        >
          {RECORDING_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`video.modes.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('video.device')}
        <select value={settings.deviceId} onChange={(e) => void save({ deviceId: e.target.value })}>
          <option value="">{t('video.defaultDevice')}</option>
          {devices.map((d) => (
            <option key={d.deviceId} value={d.deviceId}>
              {d.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('video.resolution')}
        <select
          value={settings.resolution}
          onChange={(e) => void save({ resolution: e.target.value as (typeof VIDEO_RESOLUTIONS)[number] })}
        >
          {VIDEO_RESOLUTIONS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('video.frameRate')}
        <select value={settings.frameRate} onChange={(e) => void save({ frameRate: num(e.target.value) })}>
          {VIDEO_FRAME_RATES.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.microphone}
          onChange={(e) => void save({ microphone: e.target.checked })}
        />
        {t('video.microphone')}
      </label>
      <label>
        {t('video.stopAfter')}
        <input
          type="number"
          min={0}
          max={120}
          defaultValue={settings.stopAfterSeconds}
          onBlur={(e) => void save({ stopAfterSeconds: num(e.target.value) })}
        />
      </label>
      <label>
        {t('video.retentionDays')}
        <input
          type="number"
          min={1}
          max={3650}
          defaultValue={settings.retentionDays}
          onBlur={(e) => void save({ retentionDays: num(e.target.value) })}
        />
      </label>
      <label>
        {t('video.maxGb')}
        <input
          type="number"
          min={0.1}
          step={0.1}
          defaultValue={settings.maxGb}
          onBlur={(e) => void save({ maxGb: num(e.target.value) })}
        />
      </label>
      {storage && (
        <p data-testid="video-space">
          {storage.freeBytes === null
            ? t('video.spaceUnknown', { used: formatBytes(storage.usedBytes), clips: storage.clips })
            : t('video.space', {
                used: formatBytes(storage.usedBytes),
                clips: storage.clips,
                free: formatBytes(storage.freeBytes),
              })}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
