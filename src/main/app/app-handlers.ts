// `app:info`: what the screen needs to know about this run (version, demo banner, host, lock).
import type { AppInfo } from '../../shared/app';
import type { HandlersFor } from '../ipc/handlers';
import type { Connection } from './connection';

export interface AppInfoDeps {
  version: string;
  host: AppInfo['host'];
  dataDir: string;
  connection: Connection;
}

export function appInfo(deps: AppInfoDeps): AppInfo {
  const s = deps.connection.status();
  return { version: deps.version, demo: s.demo, host: deps.host, dataDir: deps.dataDir, locked: s.locked };
}

export function appHandlers(deps: AppInfoDeps): HandlersFor<'app:info'> {
  return { 'app:info': async () => appInfo(deps) };
}
