// Who is packing and the shift report, against the real sandbox and client: two packers take turns on one
// bench and the report splits their orders exactly; a "packer required" bench refuses an order scan
// without a badge; a night shift crossing midnight in New York reports what the pack log holds.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PeopleService } from '../../src/main/people/people-service';
import { rowsFromCsv } from '../../src/main/report/report-csv';
import { createReportService } from '../../src/main/report/report-service';
import type { ShiftConfig } from '../../src/main/station/shift';
import { auditOf, newOrder, startFlowRig, type FlowRig } from './harness';

let rig: FlowRig | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await rig?.close();
  rig = null;
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function peopleOf(...names: string[]): Promise<PeopleService> {
  const dir = await mkdtemp(join(tmpdir(), 'people-'));
  dirs.push(dir);
  const people = new PeopleService({ dataDir: dir, badgePrefix: () => 'BADGE-' });
  for (const name of names) expect((await people.add(name)).ok).toBe(true);
  return people;
}

function reportOf(b: FlowRig, shift: () => ShiftConfig, now?: () => Date) {
  return createReportService({
    dataDir: b.dataDir,
    packLog: async () => b.flow.packLog(),
    shift,
    language: () => 'en',
    printDocument: async () => ({ jobId: 'none', printer: 'none' }),
    ...(now ? { now } : {}),
  });
}

const JAKARTA: ShiftConfig = { timeZone: 'Asia/Jakarta', starts: ['06:00', '14:00', '22:00'] };

describe('who is packing, against the sandbox', () => {
  it('two packers take turns on one bench: the report splits their orders exactly', async () => {
    const people = await peopleOf('Ani', 'Budi');
    const b = (rig = await startFlowRig({ flow: { packer: () => people.current() } }));
    const [ani, budi] = people.view().packers;
    const turns: Array<[string, string[]]> = [
      ['BADGE-0001', ['PR-A1', 'PR-A2']],
      ['badge-0002', ['PR-B1', 'PR-B2', 'PR-B3']],
      ['BADGE-0001', ['PR-A3']],
    ];
    for (const [badge, codes] of turns) {
      expect((await people.badge(badge)).ok).toBe(true);
      for (const code of codes) {
        await newOrder(b.api, code);
        expect(await b.flow.scan(code)).toMatchObject({ kind: 'printed' });
      }
    }
    // Budi scans an order the API does not know: the failed scan is his.
    expect((await people.badge('BADGE-0002')).ok).toBe(true);
    expect(await b.flow.scan('PR-NOPE')).toMatchObject({ kind: 'failed' });
    expect((await b.flow.reprint('PR-B1')).ok).toBe(true);
    await b.flow.idle();

    const at = new Date(); // one clock for every report below: per hour depends on it
    const report = await reportOf(
      b,
      () => JAKARTA,
      () => at,
    ).report();
    const byName = new Map(report.rows.map((r) => [r.packer?.name ?? 'bench', r]));
    expect(byName.get('bench')?.ordersPacked).toBe(6);
    expect(byName.get('Ani')).toMatchObject({ ordersPacked: 3, reprints: 0, errors: {} });
    expect(byName.get('Budi')).toMatchObject({ ordersPacked: 3, reprints: 1, errors: { not_found: 1 } });
    const labels = (name: string) =>
      Object.values(byName.get(name)?.labelsByCourier ?? {}).reduce((a, n) => a + n, 0);
    expect([labels('bench'), labels('Ani'), labels('Budi')]).toEqual([6, 3, 3]);
    expect(Object.keys(byName.get('bench')?.labelsByCourier ?? {})).not.toContain('unknown');

    // Every pack-log record and every outbox step names who packed it.
    const log = b.flow.packLog().records();
    expect(
      log
        .filter((r) => r.packer?.id === ani.id)
        .map((r) => r.orderCode)
        .sort(),
    ).toEqual(['PR-A1', 'PR-A2', 'PR-A3']);
    expect(log.filter((r) => r.packer?.id === budi.id)).toHaveLength(3);
    for (const r of log)
      expect(Object.keys(r.steps ?? {})).toEqual(expect.arrayContaining(['resolve', 'print']));
    const steps = b.outbox.list().filter((e) => e.orderCode === 'PR-A3');
    expect(steps.map((e) => e.kind)).toEqual(['set_process', 'set_packed', 'mark_printed', 'ship']);
    for (const e of steps) expect(e.packer).toEqual({ id: ani.id, name: 'Ani' });

    // The CSV reads back into the same rows.
    const csv = await reportOf(
      b,
      () => JAKARTA,
      () => at,
    ).csv();
    expect(rowsFromCsv(csv.csv)).toEqual(report.rows);

    // Past shifts stay: after a restart the pack log gives the same report.
    await b.restart();
    expect(
      (
        await reportOf(
          b,
          () => JAKARTA,
          () => at,
        ).report()
      ).rows,
    ).toEqual(report.rows);
  });

  it('a "packer required" bench refuses an order scan without a badge, in words, and does nothing', async () => {
    const people = await peopleOf('Ani');
    const b = (rig = await startFlowRig({
      flow: { packer: () => people.current(), packerRequired: () => true },
    }));
    const code = await newOrder(b.api, 'PR-REQ');
    const refused = await b.flow.scan(code);
    expect(refused).toMatchObject({
      kind: 'failed',
      error: { kind: 'invalid_input', messageKey: 'people.errors.required', messageValues: { code } },
    });
    expect(refused.kind === 'failed' && refused.error.message).toContain('scan your badge');
    expect(await auditOf(b.sb, code)).toEqual([]);
    expect(b.printer.labels()).toEqual([]);

    expect((await people.badge('BADGE-0001')).ok).toBe(true);
    expect(await b.flow.scan(code)).toMatchObject({ kind: 'printed' });
    expect(await people.end()).toBe(true);
    expect(await b.flow.scan('PR-REQ-2')).toMatchObject({ error: { messageKey: 'people.errors.required' } });
  });

  it('a night shift crossing midnight in New York: the report and the counters match the pack log', async () => {
    const people = await peopleOf('Ani', 'Budi');
    const NY: ShiftConfig = { timeZone: 'America/New_York', starts: ['07:00', '19:00'] };
    // 22:30 in New York on 14 March 2026 (EDT from 8 March: UTC-4); each clock read moves 1.5 s on.
    let t = Date.parse('2026-03-15T02:30:00Z');
    const now = () => new Date((t += 1500));
    const b = (rig = await startFlowRig({ flow: { packer: () => people.current(), shift: () => NY, now } }));
    const plan: Array<[string, string, number]> = [
      ['BADGE-0001', 'PR-N1', 0], // 22:30
      ['BADGE-0001', 'PR-N2', 50], // 23:20
      ['BADGE-0002', 'PR-N3', 45], // 00:05, after midnight
      ['BADGE-0002', 'PR-N4', 120], // 02:05
      ['BADGE-0001', 'PR-N5', 240], // 06:05
    ];
    for (const [badge, code, minutes] of plan) {
      t += minutes * 60_000;
      expect((await people.badge(badge)).ok).toBe(true);
      await newOrder(b.api, code);
      expect(await b.flow.scan(code)).toMatchObject({ kind: 'printed' });
    }
    t += 30 * 60_000; // 06:35: the night shift still runs until 07:00
    await b.flow.idle();
    const at = new Date(t);
    const counters = b.flow.shiftCounters(at);
    expect(counters.shiftStart).toBe('2026-03-14T23:00:00.000Z'); // 19:00 EDT
    expect(counters.packed).toBe(5);

    const report = await reportOf(
      b,
      () => NY,
      () => at,
    ).report();
    expect(report.shift).toEqual({
      start: '2026-03-14T23:00:00.000Z',
      end: '2026-03-15T11:00:00.000Z',
      timeZone: 'America/New_York',
    });
    const log = b.flow.packLog().records();
    const secs = (codes: string[]) =>
      log
        .filter((r) => codes.includes(r.orderCode))
        .map((r) => (r.durationMs ?? 0) / 1000)
        .sort((x, y) => x - y);
    const ani = report.rows.find((r) => r.packer?.name === 'Ani');
    const budi = report.rows.find((r) => r.packer?.name === 'Budi');
    expect(report.rows[0].ordersPacked).toBe(5);
    expect(ani?.ordersPacked).toBe(3);
    expect(budi?.ordersPacked).toBe(2);
    const aniSecs = secs(['PR-N1', 'PR-N2', 'PR-N5']);
    expect(ani?.medianSeconds).toBe(Math.round(aniSecs[1] * 10) / 10);
    expect(ani?.p90Seconds).toBe(Math.round(aniSecs[2] * 10) / 10);
    const budiSecs = secs(['PR-N3', 'PR-N4']);
    expect(budi?.medianSeconds).toBe(Math.round(((budiSecs[0] + budiSecs[1]) / 2) * 10) / 10);
    // Bench per hour: 5 orders over the 11.5 h... of the shift so far (19:00 to 06:35).
    const hours = (t - Date.parse('2026-03-14T23:00:00Z')) / 3_600_000;
    expect(report.rows[0].ordersPerHour).toBe(Math.round((5 / hours) * 10) / 10);
    const slowest = log.flatMap((r) => Object.values(r.steps ?? {})).sort((x, y) => y - x)[0];
    expect(report.slowestSteps[0].ms).toBe(slowest);

    const shifts = await reportOf(
      b,
      () => NY,
      () => at,
    ).shifts();
    expect(shifts.map((s) => [s.start, s.ordersPacked])).toEqual([['2026-03-14T23:00:00.000Z', 5]]);
    // Jakarta's shifts would split the same night in two: the station's setting is what counts.
    const jakarta = await reportOf(
      b,
      () => JAKARTA,
      () => at,
    ).shifts();
    expect(jakarta.map((s) => s.ordersPacked)).toEqual([1, 4]);
  });
});
