// A test importing a benchmark.
import { benchWorkQueueSync } from '../../benchmarks/workqueue-sync';

export const bench = benchWorkQueueSync;
