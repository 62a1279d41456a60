// The people channels (src/shared/ipc/people-channels.ts): thin, a service Result becomes its value or a
// thrown StationError carrying the service's own ErrorInfo (with its message key).
import type { Result } from '../../shared/errors';
import { StationError } from '../errors/station-error';
import type { HandlersFor } from '../ipc/handlers';
import type { PeopleService } from './people-service';

type PeopleChannel =
  | 'people:get'
  | 'people:add'
  | 'people:rename'
  | 'people:retire'
  | 'people:badge'
  | 'people:pick'
  | 'people:end';

function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new StationError(result.error);
}

export function peopleHandlers(deps: { people: PeopleService }): HandlersFor<PeopleChannel> {
  const { people } = deps;
  return {
    'people:get': async () => people.view(),
    'people:add': async ({ name, badge }) => unwrap(await people.add(name, badge)),
    'people:rename': async ({ id, name }) => unwrap(await people.rename(id, name)),
    'people:retire': async ({ id }) => unwrap(await people.retire(id)),
    'people:badge': async ({ code }) => unwrap(await people.badge(code)),
    'people:pick': async ({ id }) => unwrap(await people.pick(id)),
    'people:end': async () => ({ ended: await people.end() }),
  };
}
