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
import { CheckRow, ChoiceRow, NumberRow } from '../settings/rows';

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
  return (
    <section className="card" aria-labelledby="camera-title" data-testid="camera-section">
      <h2 id="camera-title">{t('video.camera')}</h2>
      <p role="status" data-testid="camera-status" data-state={status}>
        {t(`video.status.${status}`, { problem: problem ?? '' })}
      </p>
      <ChoiceRow
        label={t('video.mode')}
        value={settings.mode}
        options={RECORDING_MODES}
        optionLabel={(m) => t(`video.modes.${m}`)}
        onChange={(mode) => void save({ mode })}
        testId="recording-mode"
      />
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
      <ChoiceRow
        label={t('video.resolution')}
        value={settings.resolution}
        options={VIDEO_RESOLUTIONS}
        optionLabel={(r) => r}
        onChange={(resolution) => void save({ resolution })}
      />
      <ChoiceRow
        label={t('video.frameRate')}
        value={settings.frameRate}
        options={VIDEO_FRAME_RATES}
        optionLabel={(f) => String(f)}
        onChange={(frameRate) => void save({ frameRate })}
      />
      <CheckRow
        label={t('video.microphone')}
        checked={settings.microphone}
        onChange={(microphone) => void save({ microphone })}
      />
      <NumberRow
        label={t('video.stopAfter')}
        min={0}
        max={120}
        value={settings.stopAfterSeconds}
        onCommit={(stopAfterSeconds) => void save({ stopAfterSeconds })}
      />
      <NumberRow
        label={t('video.retentionDays')}
        min={1}
        max={3650}
        value={settings.retentionDays}
        onCommit={(retentionDays) => void save({ retentionDays })}
      />
      <NumberRow
        label={t('video.maxGb')}
        min={0.1}
        step={0.1}
        value={settings.maxGb}
        onCommit={(maxGb) => void save({ maxGb })}
      />
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
