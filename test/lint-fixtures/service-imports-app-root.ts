// A service importing the app root, a host and the sandbox.
import { composeStation } from '../app/compose';
import { startWebHost } from '../host/web-server';
import { startSandbox } from '../sandbox';

export const all = [composeStation, startWebHost, startSandbox];
