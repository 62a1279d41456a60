// English texts of the errors main makes, by domain, so their specific words are translated too (main
// sends messageKey + messageValues beside its English words). Merged into en.ts.
import { enErrorsApi } from './en-errors-api';
import { enErrorsPrinting } from './en-errors-printing';
import { enErrorsStation } from './en-errors-station';
import { enErrorsSupervisor } from './en-errors-supervisor';
import { enErrorsBench } from './en-errors-bench';

export const enErrorsMain = {
  ...enErrorsApi,
  ...enErrorsPrinting,
  ...enErrorsStation,
  ...enErrorsSupervisor,
  ...enErrorsBench,
};
