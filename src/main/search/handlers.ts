// Find anything (src/shared/ipc/search-channels.ts): by order code, AWB or marketplace reference.
import type { HandlersFor } from '../ipc/handlers';
import type { OrderSearch } from './search';

export function searchHandlers(search: OrderSearch): HandlersFor<'search:find' | 'search:byTracking'> {
  return {
    'search:find': ({ query }) => search.find(query),
    'search:byTracking': ({ tracking }) => search.orderForTracking(tracking),
  };
}
