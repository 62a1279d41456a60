// Bahasa Indonesia: teks galat yang dibuat main, per domain (digabung ke id.ts, bentuknya mengikuti en.ts).
import type { Messages } from './en';
import type { enErrorsMain } from './en-errors-main';
import { idErrorsApi } from './id-errors-api';
import { idErrorsPrinting } from './id-errors-printing';
import { idErrorsStation } from './id-errors-station';
import { idErrorsSupervisor } from './id-errors-supervisor';
import { idErrorsBench } from './id-errors-bench';

export const idErrorsMain: Pick<Messages, keyof typeof enErrorsMain> = {
  ...idErrorsApi,
  ...idErrorsPrinting,
  ...idErrorsStation,
  ...idErrorsSupervisor,
  ...idErrorsBench,
};
