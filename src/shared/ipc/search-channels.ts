// Find anything: by order code, AWB (tracking number) or marketplace reference.
import { z } from 'zod';
import type { SearchHit, SearchResult } from '../search/types';
import { channel, scanCodeSchema as code } from './channel';

export const searchChannels = {
  'search:find': channel<SearchResult>()(z.strictObject({ query: code })),
  /** The one order an AWB belongs to (Pack screen scan); null when none or more than one. */
  'search:byTracking': channel<SearchHit | null>()(z.strictObject({ tracking: code })),
};
