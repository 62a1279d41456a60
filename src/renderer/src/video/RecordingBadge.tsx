// On the Pack screen: whether this order is being recorded, or why not (optional: packs on; required: scans
// are refused). Nothing when recording is off.
import { useTranslation } from 'react-i18next';
import { useCameraStatus, useRecording, useVideoError, useVideoSettings } from './video-store';
import { errorMessage } from '../errors/error-words';

export function RecordingBadge(): React.JSX.Element | null {
  const { t } = useTranslation();
  const settings = useVideoSettings();
  const camera = useCameraStatus();
  const recording = useRecording();
  const error = useVideoError();
  if (!settings || settings.mode === 'off') return null;
  const problem = error ? (
    <span className="video-problem"> · {t('video.clipProblem', { message: errorMessage(error, t) })}</span>
  ) : null;
  if (recording)
    return (
      <p
        className="recording-badge recording-on"
        role="status"
        data-testid="recording"
        data-state="recording"
      >
        {t('video.recording', { code: recording.orderCode })}
        {problem}
      </p>
    );
  if (camera === 'ready')
    return (
      <p className="recording-badge" role="status" data-testid="recording" data-state="ready">
        {t('video.status.ready')}
        {problem}
      </p>
    );
  const required = settings.mode === 'required';
  return (
    <p
      className={`recording-badge ${required ? 'recording-refused' : 'recording-off'}`}
      role="status"
      data-testid="recording"
      data-state={camera === 'starting' ? 'starting' : required ? 'required-missing' : 'not-recording'}
    >
      {camera === 'starting'
        ? t('video.status.starting')
        : required
          ? t('video.requiredMissing')
          : t('video.notRecording')}
    </p>
  );
}
