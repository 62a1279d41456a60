// The handover channels (src/shared/ipc/handover-channels.ts): what waits per courier, the dock check,
// closing (recorded with time and who), the manifest printed on the document printer, CSV, history.
import { hostname } from 'node:os';
import type { GroupKey, HandoverGroup, HandoverRecord } from '../../shared/handover/types';
import type { DocumentPrinter } from '../documents/document-printer';
import type { HandlersFor, HandlerContext } from '../ipc/handlers';
import type { HandoverService } from './handover-service';
import { manifestCsv } from './manifest-csv';
import { manifestPdf, type ManifestInfo } from './manifest-pdf';

type HandoverChannel =
  | 'handover:pending'
  | 'handover:check'
  | 'handover:printManifest'
  | 'handover:close'
  | 'handover:history'
  | 'handover:reprint'
  | 'handover:csv';

export interface HandoverHandlerDeps {
  service: HandoverService;
  printer: DocumentPrinter;
  /** The station's time zone, for the date on the manifest. */
  timeZone(): string;
  now(): Date;
  /** Who is packing at the bench (people/), when someone is. */
  packer?: () => string | null;
}

/** Who closed it: the packer at the bench when there is one, the role the call came with, and this station. */
export function closedByOf(ctx: HandlerContext, packer: string | null = null): string {
  const role = ctx.supervisor ? 'Supervisor' : 'Packer';
  return packer ? `${packer} (${role.toLowerCase()}) at ${hostname()}` : `${role} at ${hostname()}`;
}

export function handoverHandlers(deps: HandoverHandlerDeps): HandlersFor<HandoverChannel> {
  const { service, printer } = deps;
  const dateText = (at: Date): string =>
    new Intl.DateTimeFormat('en-GB', {
      timeZone: deps.timeZone(),
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(at);
  const fileName = (courier: string, at: Date): string => `handover-${courier}-${at.toISOString()}`;

  function info(source: HandoverGroup | HandoverRecord, reprint: boolean): ManifestInfo {
    const closed = 'closedAt' in source;
    return {
      courier: source.courier,
      pickupOption: source.pickupOption,
      dateText: dateText(closed ? new Date(source.closedAt) : deps.now()),
      orders: source.orders,
      closedBy: closed ? source.closedBy : null,
      reprint,
    };
  }

  async function print(source: HandoverGroup | HandoverRecord, reprint: boolean) {
    const media = (await printer.target()).media;
    const at = 'closedAt' in source ? new Date(source.closedAt) : deps.now();
    const job = await printer.print(
      await manifestPdf(info(source, reprint), media),
      fileName(source.courier, at),
    );
    return { jobId: job.jobId, printer: job.printer };
  }

  const keyOf = (a: GroupKey): GroupKey => ({ courier: a.courier, pickupOption: a.pickupOption });

  return {
    'handover:pending': () => service.pending(),
    'handover:check': async (arg) => service.check(keyOf(arg), arg.scanned),
    'handover:printManifest': async (arg) => print(await service.group(keyOf(arg)), false),
    'handover:close': async (arg, ctx) =>
      service.close(keyOf(arg), arg.scanned, closedByOf(ctx, deps.packer?.() ?? null)),
    'handover:history': async () => service.history(),
    'handover:reprint': async ({ id }) => print(service.record(id), true),
    'handover:csv': async (arg) => {
      const source = 'id' in arg ? service.record(arg.id) : await service.group(keyOf(arg));
      const csv = manifestCsv(info(source, false));
      const at = 'closedAt' in source ? new Date(source.closedAt) : deps.now();
      const path = await printer.saveText(csv, `${fileName(source.courier, at)}.csv`);
      return { path, csv };
    },
  };
}
