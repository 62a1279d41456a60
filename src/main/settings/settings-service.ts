// Owns the station's settings and its API key: loads them, applies environment provisioning on top
// (PACKING_API_URL... win over stored values, never written to disk), validates updates, persists
// them, and tells listeners. The key goes only to the vault and to the API client, never out of main,
// and only for the API origin it was entered for: moving the API address to another origin removes it.
import type { ProvisionableField, SettingsPatch, SettingsView } from '../../shared/ipc/settings';
import type { Logger } from '../log/logger';
import type { Redactor } from '../log/redact';
import { StationError } from '../errors/station-error';
import { parseStoredSettings, type StoredSettings } from './schema';
import type { KeyValueStore } from './store';
import type { SecretRead, SecretVault } from './vault';
import { originOf } from './key-origin';
import type { PinState } from './supervisor';

export const SETTINGS_KEY = 'settings';
/** A new supervisor PIN has at least this many digits (shared/ipc/contract.ts newPinSchema). */
export const MIN_PIN_DIGITS = 6;

/** Values set by the environment for this run. */
export interface Provisioning {
  apiUrl?: string;
  tenantId?: string;
  apiKey?: string;
  printer?: string;
}

export interface SettingsService {
  /** Effective settings: stored values with provisioning applied. */
  current(): StoredSettings;
  /** The API key: from provisioning when given, else from the vault. */
  readApiKey(): Promise<SecretRead>;
  view(): Promise<SettingsView>;
  update(patch: SettingsPatch): Promise<StoredSettings>;
  setApiKey(key: string): Promise<void>;
  /** Sets the supervisor PIN's hash; `digits`: the PIN's length (a short old PIN is asked to change). */
  setPinHash(hash: string | null, digits?: number): Promise<void>;
  /** The supervisor PIN as the gate sees it: none, set, or damaged (locked). */
  pinState(): PinState;
  /** Which fields the environment sets (shown locked on screen). */
  provisioned(): ProvisionableField[];
  onChange(listener: (settings: StoredSettings) => void): () => void;
}

export interface SettingsDeps {
  store: KeyValueStore;
  vault: SecretVault;
  provisioning: Provisioning;
  log: Logger;
  redactor?: Redactor;
  now?: () => Date;
}

export async function createSettingsService(deps: SettingsDeps): Promise<SettingsService> {
  const { store, vault, provisioning, log } = deps;
  const now = deps.now ?? (() => new Date());
  const loaded = parseStoredSettings(await store.get(SETTINGS_KEY));
  if (loaded.dropped.length)
    log.warn('Stored settings had invalid fields; using defaults for them', { fields: loaded.dropped });
  let stored = loaded.settings;
  const damage = store.damage?.() ?? null;
  if ((damage || loaded.pinDamaged) && stored.supervisorPinLock === null) {
    // Fail closed, and on disk: a restart must not turn the unreadable PIN into "no PIN".
    stored = {
      ...stored,
      supervisorPinHash: null,
      supervisorPinDigits: null,
      supervisorPinLock: 'settings_damaged',
    };
    await store.set(SETTINGS_KEY, stored);
    log.error('Stored settings were damaged; supervisor actions are locked', {
      why: damage ?? 'the supervisor PIN could not be read',
    });
  }
  const listeners = new Set<(s: StoredSettings) => void>();
  if (provisioning.apiKey) deps.redactor?.addSecret(provisioning.apiKey);

  const provisioned = (): ProvisionableField[] =>
    (['apiUrl', 'tenantId', 'apiKey', 'printer'] as const).filter((f) => Boolean(provisioning[f]));

  function effective(): StoredSettings {
    return {
      ...stored,
      apiUrl: provisioning.apiUrl ?? stored.apiUrl,
      tenantId: provisioning.tenantId ?? stored.tenantId,
      labelPrinter: provisioning.printer ?? stored.labelPrinter,
    };
  }

  async function readApiKey(): Promise<SecretRead> {
    if (provisioning.apiKey) return { state: 'ok', key: provisioning.apiKey };
    const read = await vault.read();
    if (read.state !== 'ok') return read;
    deps.redactor?.addSecret(read.key);
    const origin = originOf(effective().apiUrl);
    if (read.origin === undefined) {
      // Stored before keys kept their origin: it belongs to the address it has been used with.
      if (!origin) return read;
      await vault.write(read.key, origin);
      log.info('API key bound to its API origin', { origin });
      return { ...read, origin };
    }
    if (read.origin === origin) return read;
    log.warn('The stored API key belongs to another API origin; it is not used', {
      keyOrigin: read.origin,
      apiOrigin: origin,
    });
    return { state: 'absent' };
  }

  /** Before the API address moves to another origin: the stored key stays behind (it is removed). */
  async function dropKeyLeaving(from: string | null, to: string | null): Promise<void> {
    if (from === to || provisioning.apiKey) return;
    const read = await vault.read();
    if (read.state === 'absent' || (read.state === 'ok' && (read.origin ?? from) === to)) return;
    await vault.clear();
    log.warn('The API address moved to another origin: the stored API key was removed', { from, to });
  }

  async function save(next: StoredSettings): Promise<void> {
    await store.set(SETTINGS_KEY, next);
    stored = next;
    const eff = effective();
    for (const l of [...listeners]) l(eff);
  }

  /** First time the station has a URL, a tenant and a key it is "configured": demo never starts by itself again. */
  async function withConfiguredAt(next: StoredSettings, keyStored: boolean): Promise<StoredSettings> {
    if (next.configuredAt) return next;
    const url = provisioning.apiUrl ?? next.apiUrl;
    const tenant = provisioning.tenantId ?? next.tenantId;
    return url && tenant && keyStored ? { ...next, configuredAt: now().toISOString() } : next;
  }

  return {
    current: effective,
    readApiKey,
    async view() {
      const { supervisorPinHash, supervisorPinDigits, supervisorPinLock, ...pub } = effective();
      const key = await readApiKey();
      return {
        ...pub,
        apiKeySet: key.state === 'ok',
        secretStorage: vault.kind,
        supervisorPinSet: supervisorPinHash !== null || supervisorPinLock !== null,
        supervisorPinLocked: supervisorPinLock !== null,
        supervisorPinTooShort:
          supervisorPinHash !== null &&
          (supervisorPinDigits === null || supervisorPinDigits < MIN_PIN_DIGITS),
        provisioned: provisioned(),
      };
    },
    pinState() {
      if (stored.supervisorPinLock) return { state: 'damaged' };
      return stored.supervisorPinHash ? { state: 'set', hash: stored.supervisorPinHash } : { state: 'none' };
    },
    async update(rawPatch) {
      // `printer` is the label printer's older name (a patch from before there were two printers).
      const { printer, ...patch } = rawPatch;
      const renamed =
        printer !== undefined && patch.labelPrinter === undefined ? { labelPrinter: printer } : {};
      const next: StoredSettings = {
        ...stored,
        ...patch,
        ...renamed,
        scanner: { ...stored.scanner, ...patch.scanner },
      };
      await dropKeyLeaving(originOf(effective().apiUrl), originOf(provisioning.apiUrl ?? next.apiUrl));
      const keyStored = (await readApiKey()).state === 'ok';
      await save(await withConfiguredAt(next, keyStored));
      log.info('Settings updated', { fields: Object.keys(patch) });
      return effective();
    },
    async setApiKey(key) {
      if (provisioning.apiKey) {
        throw new StationError({
          kind: 'invalid_input',
          step: 'settings',
          message:
            'The API key is set by this computer’s environment (PACKING_API_KEY) and cannot be changed here.',
          key: { key: 'supervisorErrors.keyProvisioned' },
        });
      }
      const origin = originOf(effective().apiUrl);
      if (!origin) {
        throw new StationError({
          kind: 'invalid_input',
          step: 'settings',
          message:
            'Enter the Orders API address before the key: the key is kept for that address only and never sent anywhere else.',
          key: { key: 'supervisorErrors.addressBeforeKey' },
        });
      }
      deps.redactor?.addSecret(key);
      await vault.write(key, origin);
      log.info('API key stored', { vault: vault.kind, origin });
      await save(await withConfiguredAt(stored, true));
    },
    async setPinHash(hash, digits) {
      await save({ ...stored, supervisorPinHash: hash, supervisorPinDigits: hash ? (digits ?? null) : null });
      log.info(hash ? 'Supervisor PIN set' : 'Supervisor PIN removed');
    },
    provisioned,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
