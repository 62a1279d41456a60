// The people service as the composition root builds it: loaded from disk, reading the badge prefix from
// Settings, publishing every change as `people:changed`.
import type { EventBus } from '../ipc/event-bus';
import type { SettingsService } from '../settings/settings-service';
import { PeopleService } from './people-service';

export async function openPeople(opts: {
  dataDir: string;
  settings: Pick<SettingsService, 'current'>;
  events: EventBus;
}): Promise<PeopleService> {
  const people = new PeopleService({
    dataDir: opts.dataDir,
    badgePrefix: () => opts.settings.current().badgePrefix,
  });
  await people.load();
  people.onChange((view) => opts.events.emit('people:changed', view));
  return people;
}
