// English texts: bulk packing in batches (merged into en.ts).

export const enBatches = {
  batches: {
    title: 'Pack a batch (bulk pack, one label job)',
    filters: 'Choose To Process orders',
    any: 'Any',
    courier: 'Courier',
    channel: 'Channel',
    delivery: 'Delivery (pickup run)',
    find: 'Find matching orders',
    matching: '{{count}} To Process orders match · {{selected}} selected',
    truncated: 'Only the oldest 2,000 are listed: narrow the filter.',
    selectAll: 'Select all {{count}} matching',
    fake: 'fake order',
    byMarketplace: 'shipped by the marketplace',
    start: 'Pack {{count}} orders and print their labels',
    limit: 'each outcome awaited up to {{seconds}} s',
    progressLabel: 'Batch progress',
    counts:
      '{{settled}} of {{total}} settled · {{packed}} packed · {{refused}} refused · {{failed}} failed · {{unknown}} unknown · {{shipped}} shipped',
    job: 'One label job {{jobId}} on {{printer}}: {{pages}} pages',
    printUnknown:
      'The station stopped while the label job was being sent: it may have printed. Check the printer, then print the batch again on purpose if it did not.',
    shipped: 'shipped',
    reprintOne: 'Print this label again',
    reprint: 'Print the whole batch job again',
    csv: 'Download the {{count}} failures (CSV)',
    phase: {
      screening: 'Checking the orders…',
      sending: 'Sending to the API…',
      confirming: 'Confirming each order is packed…',
      labels: 'Fetching the labels…',
      printing: 'Printing the label job…',
      shipping: 'Printed: marking printed and shipping…',
      done: 'Batch finished',
      print_unknown: 'Label job: outcome unknown',
      print_failed: 'Label job not printed',
    },
    state: {
      waiting: 'waiting',
      refused: 'refused by the station',
      sent: 'sent, confirming…',
      packed: 'packed',
      failed: 'not packed',
      unknown: 'unknown — check',
    },
  },
};
