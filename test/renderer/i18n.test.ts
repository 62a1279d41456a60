// @vitest-environment jsdom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/shared/commands';
import { ERROR_KINDS, type FlowStep } from '../../src/shared/errors';
import { PICKUP_OPTIONS, RETURN_REASONS } from '../../src/shared/orders/options';
import { RETURN_REFUSALS } from '../../src/shared/ipc/returns-channels';
import { ORDER_STATUSES } from '../../src/shared/orders/status';
import { SETTINGS_LABEL_MEDIA, THEMES, VERIFICATION_MODES } from '../../src/shared/ipc/settings';
import { en, type Messages } from '../../src/renderer/src/i18n/en';
import { id } from '../../src/renderer/src/i18n/id';
import { flattenMessages } from '../../src/renderer/src/i18n/keys';
import {
  initI18n,
  initialLanguage,
  isMessageKey,
  LANGUAGE_STORAGE_KEY,
  setLanguage,
  useT,
} from '../../src/renderer/src/i18n';

const english = flattenMessages(en);
const indonesian = flattenMessages(id);
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Storage of the jsdom window, reached without DOM types (the Node build checks this file). */
const storage = (): {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  clear(): void;
} => Reflect.get(globalThis, 'localStorage');

describe('translations', () => {
  it('have exactly the same keys in English and Indonesian', () => {
    expect([...indonesian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('use the same placeholders in both languages and leave no text empty', () => {
    for (const [key, text] of english) {
      const translated = indonesian.get(key) ?? '';
      expect(placeholders(translated), key).toEqual(placeholders(text));
      expect(text.trim(), key).not.toBe('');
      expect(translated.trim(), key).not.toBe('');
    }
  });

  it('are really translated (only names and codes may stay as in English)', () => {
    const same = [...english].filter(([key, text]) => indonesian.get(key) === text).map(([key]) => key);
    expect(same.length / english.size).toBeLessThan(0.1);
  });

  it('name every status, step, error kind, command and pickup option', () => {
    // Typed as a Record so a new FlowStep fails the type check here until it has a text.
    const steps: Record<FlowStep, true> = {
      resolve: true,
      set_process: true,
      verify: true,
      set_packed: true,
      label: true,
      print: true,
      mark_printed: true,
      ship: true,
      return: true,
      sync: true,
      settings: true,
      supervisor: true,
    };
    const keys = [
      ...ORDER_STATUSES.map((s) => `status.${s}`),
      ...Object.keys(steps).map((s) => `steps.${s}`),
      ...ERROR_KINDS.flatMap((k) => [`errors.${k}.title`, `errors.${k}.action`]),
      ...COMMANDS.map((c) => `commands.${c}`),
      ...PICKUP_OPTIONS.map((p) => `pickup.${p}`),
      ...RETURN_REASONS.map((r) => `returns.reason.${r}`),
      ...RETURN_REFUSALS.map((r) => `returns.refused.${r}`),
      'returns.refused.unknownOffline',
      ...['queued', 'sending', 'done', 'failed', 'stopped', 'discarded'].map((s) => `returns.state.${s}`),
      ...[
        'cancel_requested',
        'fulfill_by_mp',
        'fake',
        'cancelled',
        'returned',
        'not_ready',
        'nothing_to_pack',
        'packed_elsewhere',
        'already_printed',
      ].map((r) => `stop.${r}`),
      ...['wrong_item', 'over_count', 'invalid_quantity', 'unknown_line'].map((e) => `verify.${e}`),
      ...['duplicate', 'conflict', 'missing_field', 'unterminated_quote'].map((e) => `settings.csv.${e}`),
      ...THEMES.map((m) => `settings.themes.${m}`),
      ...VERIFICATION_MODES.map((m) => `settings.verificationMode.${m}`),
      ...SETTINGS_LABEL_MEDIA.map((m) => `media.${m}`),
      ...['idle', 'printing', 'paused', 'unknown'].map((s) => `printerState.${s}`),
      ...['waiting', 'running', 'done', 'failed', 'skipped'].map((s) => `stepState.${s}`),
      ...['wrong_pin', 'no_pin', 'too_many_attempts', 'settings_damaged'].map((r) => `supervisor.${r}`),
      ...['secret_unreadable', 'not_configured'].flatMap((r) => [`locked.${r}.title`, `locked.${r}.body`]),
      ...['working', 'printed', 'shipped', 'tray', 'stopped', 'failed', 'parked'].map((r) => `recent.${r}`),
      'app.demoBanner',
      'connection.online',
      'connection.offline',
      'tray.title',
      'shift.packed',
    ];
    for (const key of keys) expect(isMessageKey(key), key).toBe(true);
    expect(en.app.demoBanner).toBe('DEMO — sandbox data, labels are not real');
  });

  it('cover every literal key the renderer source uses', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name)) files.push(path);
      }
    };
    walk(join(import.meta.dirname, '../../src/renderer/src'));
    const used = new Set<string>();
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\bt\(\s*'([\w.]+)'/g)) used.add(m[1]);
      for (const m of source.matchAll(/\bkey: '([a-z]\w*\.[\w.]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((key) => !isMessageKey(key))).toEqual([]);
  });

  it('are enforced by the type check in both directions', () => {
    // @ts-expect-error a language that leaves a key out does not compile
    const missing: Messages['pickup'] = { LATE_PICKUP: 'a', MID_PICKUP: 'b' };
    // @ts-expect-error a language that adds a key of its own does not compile
    const extra: Messages['pickup'] = { LATE_PICKUP: 'a', MID_PICKUP: 'b', EARLY_PICKUP: 'c', SAME_DAY: 'd' };
    expect([missing, extra]).toHaveLength(2);
  });
});

describe('i18n setup', () => {
  beforeEach(() => storage().clear());

  it('starts in the remembered language and remembers a switch', async () => {
    storage().setItem(LANGUAGE_STORAGE_KEY, 'id');
    expect(initialLanguage()).toBe('id');
    const instance = initI18n({ instance: i18next.createInstance() });
    expect(instance.t('status.packed')).toBe('Sudah Dikemas');
    expect(instance.t('errors.not_found.title')).toBe(id.errors.not_found.title);
    await setLanguage('en', instance);
    expect(instance.t('status.packed')).toBe('Packed');
    expect(storage().getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    const html = Reflect.get(globalThis, 'document') as { documentElement: { lang: string } };
    expect(html.documentElement.lang).toBe('en');
  });

  it('ignores a remembered value that is not a language', () => {
    storage().setItem(LANGUAGE_STORAGE_KEY, 'xx');
    expect(['en', 'id']).toContain(initialLanguage());
    expect(initialLanguage()).not.toBe('xx');
  });

  it('interpolates without HTML escaping (React escapes) and serves useT to components', async () => {
    const instance = initI18n({ instance: i18next.createInstance(), language: 'id' });
    expect(instance.t('verify.wrong_item', { code: 'A&B' })).toContain('A&B');
    const { result } = renderHook(() => useT());
    expect(result.current('pack.switchGo', { target: 'ORD9' })).toBe('Pindah ke ORD9');
    await setLanguage('en', instance);
    expect(instance.t('pack.switchGo', { target: 'ORD9' })).toBe('Switch to ORD9');
  });
});
