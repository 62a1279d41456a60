// `npm run dist` cannot run here (electron-builder needs Electron's binary), so this reads the packaging
// config the way electron-builder does and checks what matters: the fuses, the targets, and which files of
// the project would ship (the built app and package.json; no tests, fixtures, sources or source maps).
import { execFileSync } from 'node:child_process';
import type { Stats } from 'node:fs';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { getFileMatchers } from 'app-builder-lib/out/fileMatcher';
import { DebugLogger } from 'builder-util';
// Imported as well so the type checker reads the config file (electron-builder loads it with jiti).
import typedConfig from '../../electron-builder.config';

const root = resolve(import.meta.dirname, '../..');

async function load(): Promise<Configuration> {
  const config = await getConfig(root, 'electron-builder.config.ts', null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

/** Would electron-builder copy this project file into app.asar? (its own matchers over our `files`) */
function shipper(config: Configuration): (relative: string) => boolean {
  const matchers = getFileMatchers(config, 'files', '/app', {
    macroExpander: (pattern) => pattern,
    customBuildOptions: config,
    globalOutDir: join(root, 'dist'),
    defaultSrc: root,
  });
  expect(matchers?.length).toBeGreaterThan(0);
  const filters = (matchers ?? []).map((m) => m.createFilter());
  const file = { isDirectory: () => false } as Stats;
  return (relative) => filters.some((keep) => keep(join(root, relative), file));
}

describe('packaging config', () => {
  it('flips the Electron fuses', async () => {
    const config = await load();
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
    expect(config.asar).toBe(true);
    expect(typedConfig.electronFuses).toEqual(config.electronFuses);
  });

  it('builds a Windows NSIS installer, a Linux AppImage and a deb', async () => {
    const config = await load();
    const targets = (list: unknown) => (list as { target: string }[]).map((t) => t.target);
    expect(targets(config.win?.target)).toEqual(['nsis']);
    expect(targets(config.linux?.target)).toEqual(['AppImage', 'deb']);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      main: string;
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.scripts.dist).toMatch(
      /^npm run build && electron-builder --config electron-builder\.config\.ts/,
    );
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.main).toBe('out/main/index.js');
  });

  it('ships the built app, not tests, fixtures, sources, docs or source maps', async () => {
    const ships = shipper(await load());
    const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    // What a build leaves in out/ (source maps included, should a build ever emit them).
    const built = [
      'out/main/index.js',
      'out/main/chunks/index-abc.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc.js',
      'out/renderer/assets/index-abc.css',
    ];
    const browserHost = ['out/host/web-cli.mjs'];
    const maps = [
      'out/main/index.js.map',
      'out/renderer/assets/index-abc.js.map',
      'out/preload/index.cjs.map',
    ];
    const shipped = [...tracked, ...built, ...browserHost, ...maps].filter(ships);
    expect(shipped.sort()).toEqual([...built, 'package.json'].sort());
    // The sets that must never ship are really in the project (the check above is not vacuous).
    for (const dir of ['test/', 'test/fixtures/', 'src/main/sandbox/', 'benchmarks/', 'docs/', 'scripts/']) {
      expect(tracked.some((f) => f.startsWith(dir))).toBe(true);
    }
  });

  it('the production build emits no source maps', async () => {
    const { default: viteConfig } = (await import('../../electron.vite.config')) as {
      default: Record<'main' | 'preload' | 'renderer', { build?: { sourcemap?: unknown } }>;
    };
    for (const part of ['main', 'preload', 'renderer'] as const) {
      expect(viteConfig[part].build?.sourcemap ?? false).toBe(false);
    }
  });
});
