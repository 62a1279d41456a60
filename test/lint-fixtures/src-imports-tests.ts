// Product code reaching into the tests and the benchmarks.
import { startSandboxFor } from '../../test/support/sandbox';
import { benchWorkQueueSync } from '../../benchmarks/workqueue-sync';

export const helpers = [startSandboxFor, benchWorkQueueSync];
