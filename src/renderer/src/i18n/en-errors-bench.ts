// English texts of main's errors at the benches beside packing: returns, batches, courier handover,
// video clips and documents, with the order code, courier, folder… as values. Merged into en.ts.

export const enErrorsBench = {
  benchErrors: {
    slipNotPrinted: 'The return slip did not print: {{why}}',
    noSuchReturn: 'No such return at this bench.',
    returnRefused: {
      unknown: 'No order has the AWB or order code "{{code}}". Check the label, or type the order code.',
      unknownOffline:
        'This station\'s copy has no order with the AWB or order code "{{code}}", and the Orders API cannot be reached: keep the parcel aside and scan it again when the station is back online.',
      wrong_status:
        'Order {{orderCode}} is $t(status.{{status}}): only a Shipped or Completed order can be returned.',
      already_returned: 'Order {{orderCode}} is already Returned: there is nothing to record.',
      already_recorded: 'The return of order {{orderCode}} was already recorded at this bench.',
    },
    noBatch: 'No batch {{id}} on this station.',
    batchRunning: 'A batch is still running: wait for it to finish before starting another.',
    batchStillRunning: 'The batch is still running: print it again once it has finished.',
    nothingWaits: 'Nothing waits for {{courier}} any more.',
    nothingWaitsAction: 'Refresh the handover list.',
    nothingWaitsPickup: 'Nothing waits for {{courier}} ($t(pickup.{{pickup}})) any more.',
    nothingWaitsPickupAction: 'Refresh the handover list.',
    handedOver: 'These boxes for {{courier}} were already handed over.',
    handedOverAction: 'Refresh the handover list.',
    noHandover: 'No handover {{id}} on this station.',
    clip: {
      chunkOrder: 'Video chunk {{seq}} arrived, {{expected}} was expected.',
      tooLong: 'This clip reached the longest a clip may be.',
      fullPath: 'Give the full path of the folder to export to.',
      noFolder: 'There is no folder at {{folder}}.',
      exists: '{{file}} is already in that folder.',
      gone: 'That clip is no longer on this station.',
      notRecording: 'That clip is not being recorded (it ended, or the station restarted).',
    },
    recordingOff: 'Recording is off on this station.',
    cameraRequired:
      'Recording is required on this bench and its camera is not ready, so orders cannot be scanned. Connect the camera (Settings → Camera), or ask a supervisor to make recording optional.',
    cameraRequiredAction: 'Connect the camera, or set recording to optional in Settings.',
    orderNotFound: 'Order {{code}} was not found.',
    noDocumentPrinter: 'No document printer is chosen and this computer has no default printer.',
    noDocumentPrinterAction: 'Choose the document printer in Settings.',
    noSlip: 'No packing slip could be made: {{list}}',
  },
};
