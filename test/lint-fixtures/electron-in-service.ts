// A service reaching for Electron.
import { app } from 'electron';

export const version = (): string => app.getVersion();
