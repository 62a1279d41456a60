// What the composition root takes and gives: its options (what a host or a test injects), the station's
// services and the one handler table with its invoke. Kept apart so compose.ts only wires.
import type { Result } from '../../shared/errors';
import type { ChannelName, ChannelResult } from '../../shared/ipc/contract';
import type { EventBus } from '../ipc/event-bus';
import type { Handlers } from '../ipc/handlers';
import type { Logger } from '../log/logger';
import type { Redactor } from '../log/redact';
import type { PackingServices } from '../packing/compose-packing';
import type { PeopleService } from '../people/people-service';
import type { PrinterDriver } from '../printing/types';
import type { SettingsService } from '../settings/settings-service';
import type { KeyValueStore } from '../settings/store';
import type { SupervisorSessions } from '../settings/supervisor';
import type { SecretVault } from '../settings/vault';
import type { Features } from './compose-features';
import type { Connection, ConnectionFactories } from './connection';
import type { Env, LaunchOptions } from './launch-options';

export interface ComposeOptions {
  dataDir: string;
  store: KeyValueStore;
  vault: SecretVault;
  env: Env;
  argv: readonly string[];
  host: 'electron' | 'web';
  log: Logger;
  /** Masks the key in logs once main knows it. */
  redactor?: Redactor;
  version?: string;
  /** Tests inject fakes; by default the real client and sandbox are loaded. */
  factories?: ConnectionFactories;
  /** Tests inject a printer driver; by default the OS's (CUPS or Windows). */
  printerDriver?: PrinterDriver;
  /** Work-queue refresh period (ms); 0 = only on demand. Default one minute. */
  syncIntervalMs?: number;
  /** The host's own folder dialog (Electron); the browser host has none. */
  pickFolder?: () => Promise<string | null>;
}

export interface StationServices {
  settings: SettingsService;
  connection: Connection;
  supervisor: SupervisorSessions;
  packing: PackingServices;
  people: PeopleService;
  documents: Features['documents'];
  video: Features['video'];
}

export interface Station {
  handlers: Handlers;
  events: EventBus;
  services: StationServices;
  launch: LaunchOptions;
  /** Validates, checks supervisor access, runs the handler: what every host calls. */
  invoke<C extends ChannelName>(channel: C, rawArg: unknown): Promise<Result<ChannelResult<C>>>;
  close(): Promise<void>;
}
