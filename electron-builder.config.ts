// Packaging: `npm run dist` (electron-builder, pinned) → Windows NSIS installer, Linux AppImage and deb.
// It cannot run on the development machine this repository is tested on (electron-builder needs Electron's
// binary, which cannot be downloaded there); test/build/packaging.test.ts checks this file instead.
import type { Configuration } from 'electron-builder';

const config: Configuration = {
  appId: 'app.packing-station',
  productName: 'Packing Station',
  copyright: 'Packing Station',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the built app and package.json from the project; production dependencies are added by
  // electron-builder. No sources, tests, test fixtures, benchmarks, docs, scripts or source maps. The demo
  // sandbox ships inside out/main (the app's demo mode runs it); its test fixtures do not.
  files: [
    'out/**/*',
    'package.json',
    // The browser host (npm run start:web) is for machines without Electron; not part of the desktop app.
    '!out/host{,/**}',
    '!**/*.map',
    '!**/*.{ts,tsx,mts,cts}',
    '!{src,test,tests,benchmarks,docs,scripts,coverage,test-results,playwright-report}{,/**}',
    '!**/{__tests__,__fixtures__}{,/**}',
  ],
  asar: true,
  // No native modules to rebuild (CUPS and the Windows spooler are reached through their commands).
  npmRebuild: false,
  // Electron fuses, flipped in the packaged binary (electron-builder runs @electron/fuses after packing):
  electronFuses: {
    // `ELECTRON_RUN_AS_NODE=1 "Packing Station"` would be a plain Node with our signature: off. (Nothing
    // here forks a Node child; the PDF page reader is a worker_thread, which needs no fuse.)
    runAsNode: false,
    // NODE_OPTIONS / NODE_EXTRA_CA_CERTS from the environment would inject code or trust: ignored.
    enableNodeOptionsEnvironmentVariable: false,
    // --inspect / --inspect-brk / SIGUSR1 would open a debugger on the main process (the API key): off.
    enableNodeCliInspectArguments: false,
    // Load the app only from app.asar (not a loose app/ folder beside it)...
    onlyLoadAppFromAsar: true,
    // ...and check app.asar against the hash embedded at build (Windows and macOS; Linux has no support).
    enableEmbeddedAsarIntegrityValidation: true,
    // Chromium's cookie store encrypted with the OS key (the app sets no cookies; on by principle).
    enableCookieEncryption: true,
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
  },
  nsis: {
    oneClick: false,
    perMachine: true,
    allowToChangeInstallationDirectory: true,
  },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    category: 'Office',
    maintainer: 'Packing Station <packing-station@localhost>',
    synopsis: 'Packing bench station: one scan to a printed shipping label.',
  },
};

export default config;
