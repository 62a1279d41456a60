// Shared support leaning on one test folder's harness.
import { startHost } from '../e2e/harness';

export const host = startHost;
