// English texts: an answer of the Orders API that came and cannot be read (merged into en.ts). It is not
// "offline": a read stops the scan; a write's outcome is not known until the station has asked the API.

export const enUnreadable = {
  unreadable: {
    title: '{{step}}: the answer could not be read',
    read: {
      summary:
        'The Orders API answered with something the station cannot read. Nothing was packed or printed from an old copy.',
      action: 'Scan the order again. If it keeps happening, give your supervisor the request ID.',
    },
    write: {
      summary:
        'The Orders API answered this step with something the station cannot read: whether it was done is not known yet. The station asks the API by itself and never sends it twice.',
      action: 'Nothing printed. Put the box aside and scan it again in a moment.',
    },
    tray: 'Label not printed: {{code}} waits in Labels waiting until the station has checked with the Orders API.',
    stepNote: 'Answer could not be read · Request ID {{requestId}}',
  },
};
