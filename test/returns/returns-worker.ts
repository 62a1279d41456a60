// A real station (composeStation, as the browser host builds it, on CUPS) in a child process for the
// returns crash test. Run as `node --import tsx test/returns/returns-worker.ts <mode> <awb> [reason note]`
// with CRASH_DATA_DIR, CRASH_PRINTS and the station's PACKING_API_URL / PACKING_TENANT_ID /
// PACKING_API_KEY / PACKING_PRINTER. Every call goes through the station's one IPC entry (invoke).
//   sync <awb>                  the API reachable: the bench finds the parcel (its copy is saved), exits
//   return <awb> <reason> <n>   the API cut: the return is recorded (queued), then waits to be killed
//   replay                      the API back: waits until today's returns show the return done, exits
import type { Station } from '../../src/main/app/compose';
import type { ChannelName, ChannelResult } from '../../src/shared/ipc/contract';
import type { ReturnRecordView } from '../../src/shared/ipc/returns-channels';
import { say } from '../crash/worker-modes';
import { openWorkerStation, shutDown } from '../crash/worker-station';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

async function call<C extends ChannelName>(
  station: Station,
  channel: C,
  arg: unknown,
): Promise<ChannelResult<C>> {
  const result = await station.invoke(channel, arg);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

async function main(): Promise<void> {
  const [mode, awb, reason, note] = process.argv.slice(2);
  const w = await openWorkerStation(env('CRASH_DATA_DIR'), env('CRASH_PRINTS'));
  say('ready', { pid: process.pid, outbox: w.outbox.summary() });
  switch (mode) {
    case 'sync':
      say('found', await call(w.station, 'returns:lookup', { code: awb }));
      break;
    case 'return': {
      const found = await call(w.station, 'returns:lookup', { code: awb });
      if (!found.found) throw new Error(`not found offline: ${found.message}`);
      say('found', found);
      say(
        'recorded',
        await call(w.station, 'returns:record', { orderCode: found.order.orderCode, reason, note }),
      );
      // Killed here (kill -9), as a power cut would.
      await new Promise(() => undefined);
      break;
    }
    case 'replay': {
      let today: ReturnRecordView[] = [];
      for (let i = 0; i < 200; i++) {
        today = await call(w.station, 'returns:list', undefined);
        if (today.length > 0 && today.every((r) => r.state === 'done')) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      say('list', today);
      break;
    }
    default:
      throw new Error(`unknown mode "${mode}"`);
  }
  await shutDown(w);
  say('closed');
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(
      `returns-worker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  },
);
