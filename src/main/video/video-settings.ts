// The camera settings, in their own file under the data dir (<dataDir>/video/settings.json). A damaged or
// invalid field falls back to its default (recording off), so a bad edit cannot stop a bench from packing.
import { join } from 'node:path';
import { videoSettingsSchema, type VideoSettings, type VideoSettingsPatch } from '../../shared/video/types';
import { readJsonFile, writeJsonAtomic } from '../files/durable-file';

export interface VideoSettingsStore {
  current(): VideoSettings;
  update(patch: VideoSettingsPatch): Promise<VideoSettings>;
  onChange(listener: (s: VideoSettings) => void): () => void;
}

function parseLenient(raw: unknown): VideoSettings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(videoSettingsSchema.shape)) {
    if (key in source && field.safeParse(source[key]).success) kept[key] = source[key];
  }
  return videoSettingsSchema.parse(kept);
}

export async function openVideoSettings(dir: string): Promise<VideoSettingsStore> {
  const path = join(dir, 'settings.json');
  let settings = parseLenient(await readJsonFile(path));
  const listeners = new Set<(s: VideoSettings) => void>();
  let writing: Promise<unknown> = Promise.resolve();
  return {
    current: () => settings,
    async update(patch) {
      const next = videoSettingsSchema.parse({ ...settings, ...patch });
      const write = writing.then(() => writeJsonAtomic(path, next));
      writing = write.catch(() => undefined);
      await write;
      settings = next;
      for (const l of listeners) l(settings);
      return settings;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
