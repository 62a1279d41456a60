// A real station in a child process, for the crash test (replay-crash.test.ts). Run as
//   node --import tsx test/crash/station-worker.ts <mode> [codes...]
// with the environment: CRASH_DATA_DIR (the station's data dir), CRASH_LEDGER (settled ledger), CRASH_PRINTS
// (print log), CRASH_ACKS (scan-offline), CRASH_FINAL (finish), and the station's own PACKING_API_URL / PACKING_TENANT_ID /
// PACKING_API_KEY / PACKING_PRINTER. Modes:
//   sync                  the work queue syncs while the API is reachable, then exits
//   scan-offline <codes>  (API cut) every scan queues set-process/set-packed, the label waits in the tray
//   replay                starts, the outbox replays by itself; runs until killed
//   finish <codes>        waits for the replay, re-scans every code (prints once), waits for mark-printed/ship
// Every line on stdout is `<tag> <json>`; a failure is a message on stderr and exit code 1.
import { DoneLedger } from './done-ledger';
import { finishMode, replayMode, say, scanOfflineMode, syncMode } from './worker-modes';
import { openWorkerStation, shutDown } from './worker-station';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

async function main(): Promise<void> {
  const [mode, ...codes] = process.argv.slice(2);
  const dataDir = env('CRASH_DATA_DIR');
  const ledger = await DoneLedger.open(env('CRASH_LEDGER'));
  // Before the station opens the journal: what it holds done now may be trimmed once it is open.
  const fromJournal = await ledger.recordJournal(dataDir);
  const ledgerAtMs = Math.round(process.uptime() * 1000);
  const w = await openWorkerStation(dataDir, env('CRASH_PRINTS'));
  ledger.follow(w.outbox);
  say('ready', {
    mode,
    pid: process.pid,
    outbox: w.outbox.summary(),
    settledFromJournal: fromJournal,
    ledgerAtMs,
    readyAtMs: Math.round(process.uptime() * 1000),
  });

  switch (mode) {
    case 'sync':
      await syncMode(w);
      break;
    case 'scan-offline':
      await scanOfflineMode(w, codes, env('CRASH_ACKS'));
      break;
    case 'replay':
      await replayMode(w, ledger);
      break;
    case 'finish':
      say('summary', await finishMode(w, codes, ledger, env('CRASH_FINAL')));
      break;
    default:
      throw new Error(`unknown mode "${mode}"`);
  }
  await shutDown(w);
  ledger.close();
  say('closed');
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(
      `station-worker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  },
);
