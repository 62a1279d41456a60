// The contract leaning on main, and on Node.
import { readFileSync } from 'node:fs';
import type { Outbox } from '../main/outbox/types';

export type Box = Outbox;
export const read = (p: string): string => readFileSync(p, 'utf8');
