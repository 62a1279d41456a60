// A benchmark borrowing the e2e harness (not test/support).
import { startHost } from '../test/e2e/harness';
import { startSandboxFor } from '../test/support/sandbox';

export const pieces = [startHost, startSandboxFor];
