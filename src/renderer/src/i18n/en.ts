// English texts. The shape of this object is the contract: id.ts is typed with it, so a key missing or
// extra in either language fails the type check. Texts are short: they are read at arm's length, mid-task.
// Counts are written so one text fits every number ("Labels waiting: 3"): Indonesian has no plural forms.

import { enCommands, enTrayList } from './en-commands';
import { enBatches } from './en-batches';
import { enDocuments } from './en-documents';
import { enErrorsMain } from './en-errors-main';
import { enOrders } from './en-orders';
import { enScan } from './en-scan';
import { enPeople } from './en-people';
import { enReturns } from './en-returns';
import { enSettings } from './en-settings';
import { enUnreadable } from './en-unreadable';
import { enVerify } from './en-verify';
import { enVideo } from './en-video';

export const en = {
  app: {
    orders: 'Orders',
    title: 'Packing Station',
    loading: 'Starting the station…',
    nav: 'Main menu',
    settings: 'Settings',
    backToPack: 'Back to packing',
    tray: 'Labels waiting: {{count}}',
    shift: 'Packed: {{packed}} · {{perHour}} per hour · {{avg}} s per order',
    lastSync: 'Orders updated {{time}} · {{count}} open',
    neverSynced: 'Orders not loaded yet',
    syncing: 'Updating orders… {{done}}/{{total}}',
    refresh: 'Update now',
    demo: 'DEMO',
    demoBanner: 'DEMO — sandbox data, labels are not real',
    notice: '{{message}}',
    language: 'Language',
  },
  connection: {
    online: 'Online',
    offline: 'Offline',
    offlineHint: 'No connection to the Orders API. Keep packing: steps are saved and sent when it is back.',
    queued: 'Waiting to send: {{count}}',
    backOnline: 'Back online. Sending saved steps.',
    oldest: 'oldest {{minutes}} min',
    problems: 'Need attention: {{count}}',
  },
  outbox: {
    title: 'Waiting to send',
    explain:
      'Steps saved on this station. They are sent by themselves when the Orders API can be reached; a refused step waits for you to retry or discard it.',
    checkNow: 'Check connection now',
    order: 'Order',
    action: 'Step',
    state: 'State',
    created: 'Saved at',
    attempts: 'Tries',
    error: 'Last error',
    actions: 'Actions',
    retry: 'Try again',
    discard: 'Discard',
    discardReason: 'Why discard this step?',
    retryAll: {
      button: 'Try all refused steps again ({{count}})',
      authButton: 'Try again only those refused for the API key or tenant ({{count}})',
      title: 'Send the refused steps again?',
      confirm:
        'Steps to send again: {{count}}. Each order’s steps go in the order they were saved. Orders changed elsewhere are not included: decide those one by one.',
      go: 'Send {{count}} again',
      cancel: 'Not now',
      sent: 'Sent to the queue again: {{count}}. They go out by themselves while the Orders API can be reached.',
    },
    empty: 'Nothing waiting.',
    states: {
      queued: 'Waiting',
      sending: 'Sending…',
      done: 'Sent',
      failed: 'Refused by the API',
      stopped: 'Order changed elsewhere',
      discarded: 'Discarded',
    },
  },
  steps: {
    resolve: 'Find order',
    set_process: 'Start processing',
    verify: 'Check items',
    set_packed: 'Mark packed',
    label: 'Get label',
    print: 'Print label',
    mark_printed: 'Mark label printed',
    ship: 'Mark shipped',
    return: 'Record return',
    sync: 'Update orders',
    settings: 'Settings',
    supervisor: 'Supervisor action',
  },
  stepState: {
    queued: 'Saved, will be sent',
    waiting: 'Waiting',
    running: 'Working…',
    done: 'Done',
    failed: 'Failed',
    skipped: 'Not needed',
  },
  status: {
    pending: 'Pending',
    to_process: 'To Process',
    process: 'In Process',
    packed: 'Packed',
    shipped: 'Shipped',
    completed: 'Completed',
    cancelled: 'Cancelled',
    returned: 'Returned',
  },
  errors: {
    network: {
      title: 'No connection',
      action: 'Check the network cable or Wi-Fi. Steps are saved and sent when the connection is back.',
    },
    timeout: {
      title: 'The Orders API did not answer in time',
      action: 'Scan the order again. If it keeps happening, tell your supervisor.',
    },
    auth: {
      title: 'Access refused',
      action: 'The API key or tenant is wrong or expired. Ask your supervisor to check Settings.',
    },
    not_found: {
      title: 'Order not found',
      action:
        'Check the code on the label and scan again, or type it in. Ask your supervisor if it still fails.',
    },
    conflict: {
      title: 'The order is not ready for this step',
      action: 'Someone changed this order. Put the box aside and ask your supervisor.',
    },
    validation: {
      title: 'The Orders API refused the data',
      action: 'Copy the details below and give them to your supervisor.',
    },
    server: {
      title: 'The Orders API has a problem',
      action: 'Wait a minute and scan again. Steps are retried by themselves.',
    },
    bad_response: {
      title: 'The Orders API sent an answer the station cannot read',
      action: 'Scan again. If it keeps happening, copy the details below for your supervisor.',
    },
    printer: {
      title: 'The printer did not print',
      action: 'Check the printer is on, has labels and is not paused, then reprint.',
    },
    label: {
      title: 'The shipping label could not be fetched',
      action: 'The label waits in Labels waiting. Scan the order again later or print the waiting labels.',
    },
    offline: {
      title: 'This needs a connection',
      action: 'Wait until the station is online again, then try again.',
    },
    invalid_input: {
      title: 'That entry is not valid',
      action: 'Check what you typed and try again.',
    },
    internal: {
      title: 'Something went wrong in the station',
      action: 'Put the box aside, copy the details below and tell your supervisor.',
    },
  },
  alert: {
    acknowledge: 'OK, continue',
    failedAt: 'Stopped at: {{step}}',
    requestId: 'Request ID',
    details: 'Details',
    copyDetails: 'Copy details',
    copied: 'Details copied',
    scanRefused: 'Scan not taken: confirm this message first (press OK or scan the ACK card).',
  },
  commands: enCommands,
  pickup: {
    LATE_PICKUP: 'Latest pickup',
    MID_PICKUP: 'Middle pickup',
    EARLY_PICKUP: 'Earliest pickup',
  },
  recent: {
    working: 'Working',
    printed: 'Label printed',
    shipped: 'Shipped',
    tray: 'Label waiting',
    stopped: 'Stopped',
    failed: 'Failed',
    parked: 'Put aside',
  },
  pack: {
    title: 'Packing',
    hint: 'Scan the order label to start.',
    manualLabel: 'Order code (F2)',
    readyTitle: 'Ready to pack',
    readyEmpty: 'No order is waiting to be packed.',
    demoHint: 'Demo: press F2, type one of these codes, press Enter.',
    manualSubmit: 'Start',
    lastRead: 'Last read: {{code}}',
    nothingRead: 'Nothing read yet',
    orderTitle: 'Order',
    recipient: 'Recipient',
    courier: 'Courier',
    payment: 'Payment',
    codCollect: 'Courier collects',
    store: 'Store',
    sku: 'SKU',
    product: 'Product',
    qty: 'Qty',
    cancelledLines: 'Cancelled lines left out: {{count}}',
    pickupLabel: 'Courier pickup',
    recentTitle: 'Recent orders',
    recentEmpty: 'No orders yet this shift.',
    stepsTitle: 'Steps',
    switchTitle: 'Switch to another order?',
    switchBody:
      'You scanned order {{target}} while checking {{current}}. {{current}} will be put aside and can be continued later.',
    switchStay: 'Stay on {{current}}',
    switchGo: 'Switch to {{target}}',
    headline: {
      confirm: 'Label printed: scan its tracking barcode on the box to ship',
      idle: 'Ready: scan an order',
      working: 'Working…',
      verify: 'Scan each item into the box',
      printed: 'Label printed: stick it on the box',
      failed: 'Stopped: see below',
      tray: 'Label not printed: it waits in Labels waiting',
      parked: 'Order put aside',
      stopped: 'STOP: do not pack this order',
    },
    notice: {
      toTrayOffline:
        'Offline: {{code}} is saved and packed here. Its label waits in Labels waiting and prints when you scan it again once Online.',
      trayHeld: 'Waiting labels printed: {{count}}. Still waiting for the Orders API: {{held}}',
      cancelApproved: 'Cancellation of {{code}} approved: the order is cancelled. Do not pack it.',
      cancelRejected: 'Cancellation request of {{code}} rejected: scan the order again to pack it.',
      confirmed: 'Label of {{code}} confirmed on the box: shipping.',
      garbled: 'The scan was not read cleanly. Scan again.',
      pickup: 'Courier pickup: {{option}}',
      reprinted: 'Label sent to the printer (job {{job}})',
      toTray: 'Label of {{code}} waits in Labels waiting',
      trayPrinted: 'Waiting labels printed: {{count}}',
      unknownScan: 'Code {{code}} is not an order, an item of this order or a command card.',
    },
  },
  stop: {
    title: 'STOP — do not pack',
    currentStatus: 'Current status: {{status}}',
    cancelDetail: 'Cancellation asked by {{by}}: {{reason}}',
    cancelDeadline: 'Decide before {{time}}',
    reprint: 'Reprint label',
    approveCancel: 'Approve cancellation',
    rejectCancel: 'Reject cancellation',
    cancel_requested:
      'The buyer asked to cancel this order. Do not ship it: a supervisor must approve or reject.',
    fulfill_by_mp: 'The marketplace ships this order itself. Do not pack it here.',
    fake: 'This order is marked as fake. Do not pack it; give it to your supervisor.',
    cancelled: 'This order is cancelled. Put the items back.',
    returned: 'This order was returned. It is not packed again.',
    not_ready: 'This order is not ready to pack yet (for example still waiting for payment).',
    nothing_to_pack:
      'Every item of this order is cancelled: there is nothing to pack. Do not ship an empty box; give it to your supervisor.',
    packed_elsewhere: 'This order was already packed at another station.',
    shipped_elsewhere: 'This order was already shipped.',
    already_printed: 'The label of this order was already printed. Reprint only if the first label is lost.',
  },
  tray: {
    title: 'Labels waiting',
    empty: 'No labels waiting.',
    hint: 'These labels were not printed. They never print by themselves: scan the order or print them here.',
    printAll: 'Print all',
    printOne: 'Print',
    remove: 'Remove',
    waitingSince: 'Waiting since {{time}}',
    reason: 'Why: {{reason}}',
  },
  ...enOrders,
  ...enTrayList,
  ...enVerify,
  ...enReturns,
  ...enSettings,
  ...enUnreadable,
  ...enScan,
  ...enPeople,
  ...enBatches,
  ...enDocuments,
  ...enVideo,
  ...enErrorsMain,
};

export type Messages = typeof en;
