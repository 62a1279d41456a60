// A supervisor's decision on a buyer's cancellation request, taken at the bench when a scan stopped on it.
import type { ApiAck } from '../orders/ack';
import { scanCodeSchema as code, supervisorChannel } from './channel';

export const cancelChannels = {
  'cancel:approve': supervisorChannel<ApiAck>()({ orderCode: code }),
  'cancel:reject': supervisorChannel<ApiAck>()({ orderCode: code }),
};
