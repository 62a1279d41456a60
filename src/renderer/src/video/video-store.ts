// The video feature's state: the camera settings, the camera as this screen has it, the clip being recorded
// and the last clip's problem. Components read it through the selector hooks at the bottom.
import { create } from 'zustand';
import type { ErrorInfo } from '../../../shared/errors';
import type { VideoSettings } from '../../../shared/video/types';

/** off: recording is off; starting: asking for the camera; ready: recording possible; missing: no camera. */
export type CameraStatus = 'off' | 'starting' | 'ready' | 'missing';

export interface CameraDevice {
  deviceId: string;
  label: string;
}

export interface RecordingView {
  clipId: string;
  orderCode: string;
  awb: string | null;
}

interface VideoState {
  settings: VideoSettings | null;
  camera: CameraStatus;
  /** Why the camera is missing, in the browser's words (permission denied, no device...). */
  cameraProblem: string | null;
  devices: CameraDevice[];
  recording: RecordingView | null;
  lastError: ErrorInfo | null;
  /** What the find screen searches for (set from the Orders screen's detail too). */
  query: string;
}

const useVideoStore = create<VideoState>(() => ({
  settings: null,
  camera: 'off',
  cameraProblem: null,
  devices: [],
  recording: null,
  lastError: null,
  query: '',
}));

export const videoActions = {
  setSettings: (settings: VideoSettings): void => useVideoStore.setState({ settings }),
  setCamera: (camera: CameraStatus, cameraProblem: string | null = null): void =>
    useVideoStore.setState({ camera, cameraProblem }),
  setDevices: (devices: CameraDevice[]): void => useVideoStore.setState({ devices }),
  setRecording: (recording: RecordingView | null): void => useVideoStore.setState({ recording }),
  setAwb: (clipId: string, awb: string): void =>
    useVideoStore.setState((s) =>
      s.recording?.clipId === clipId ? { recording: { ...s.recording, awb } } : s,
    ),
  setError: (lastError: ErrorInfo | null): void => useVideoStore.setState({ lastError }),
  setQuery: (query: string): void => useVideoStore.setState({ query }),
};

export function videoSnapshot(): VideoState {
  return useVideoStore.getState();
}

export const useVideoSettings = (): VideoSettings | null => useVideoStore((s) => s.settings);
export const useCameraStatus = (): CameraStatus => useVideoStore((s) => s.camera);
export const useCameraProblem = (): string | null => useVideoStore((s) => s.cameraProblem);
export const useCameraDevices = (): CameraDevice[] => useVideoStore((s) => s.devices);
export const useRecording = (): RecordingView | null => useVideoStore((s) => s.recording);
export const useVideoError = (): ErrorInfo | null => useVideoStore((s) => s.lastError);
export const useClipQuery = (): string => useVideoStore((s) => s.query);
