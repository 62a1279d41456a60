// The packer list and the bench's session: badges with the configurable prefix, rename, retire, and
// everything kept across a restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PeopleService } from '../../src/main/people/people-service';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function service(prefix = { value: 'EMP:' }) {
  const dir = await mkdtemp(join(tmpdir(), 'people-'));
  dirs.push(dir);
  const open = async () => {
    const s = new PeopleService({ dataDir: dir, badgePrefix: () => prefix.value });
    await s.load();
    return s;
  };
  return { people: await open(), reopen: open };
}

describe('the people service', () => {
  it('starts, switches and ends sessions by badge; a retired or unknown badge is refused', async () => {
    const prefix = { value: 'EMP:' };
    const { people, reopen } = await service(prefix);
    const ani = await people.add('Ani');
    const budi = await people.add('Budi', '77');
    expect(ani).toMatchObject({ ok: true, value: { badge: '0001' } });
    expect(await people.add('Copy', '77')).toMatchObject({
      ok: false,
      error: { messageKey: 'people.errors.badgeTaken' },
    });
    expect(await people.badge('emp:0001')).toMatchObject({ ok: true, value: { name: 'Ani' } });
    expect(await people.badge('EMP:77')).toMatchObject({ ok: true, value: { name: 'Budi' } });
    expect(people.current()?.name).toBe('Budi');
    expect(await people.badge('EMP:99')).toMatchObject({
      ok: false,
      error: { kind: 'not_found', messageKey: 'people.errors.unknownBadge', messageValues: { badge: '99' } },
    });
    expect(await people.badge('BADGE-0001')).toMatchObject({
      error: { messageKey: 'people.errors.notABadge' },
    });

    if (!budi.ok) throw new Error('add failed');
    await people.rename(budi.value.id, 'Budi S.');
    await people.flush();
    const again = await reopen();
    expect(again.current()).toEqual({ id: budi.value.id, name: 'Budi S.' });

    await again.retire(budi.value.id);
    expect(again.current()).toBeNull();
    expect(await again.pick(budi.value.id)).toMatchObject({ error: { messageKey: 'people.errors.retired' } });
    prefix.value = 'B#';
    expect(await again.badge('B#0001')).toMatchObject({ ok: true, value: { name: 'Ani' } });
    expect(await again.end()).toBe(true);
    expect(await again.end()).toBe(false);
  });
});
