// English texts of main's own errors of the pack flow, the tray and the outbox (src/main/station,
// src/main/outbox, src/main/errors), with the order code, printer, status and step as values. Merged
// into en.ts.

export const enErrorsStation = {
  stationErrors: {
    /** Another error's English words, shown as they are inside a translated sentence. */
    english: '{{english}}',
    internal: 'Something went wrong inside the station. The details are in the log.',
    internalAction: 'Try again. If it keeps happening, restart the station and tell your supervisor.',
    invalidInput: 'The station refused the request to {{channel}}: some values are not valid.',
    unknownOutcome: {
      set_process:
        '$t({{inner}}) Whether {{step}} was done is not known yet: the station asks the Orders API (tracking) by itself and never sends it twice.',
      set_processAction: 'Put the box aside and scan the order again in a moment.',
      set_packed:
        '$t({{inner}}) Whether {{step}} was done is not known yet: the station asks the Orders API (tracking) by itself and never sends it twice.',
      set_packedAction: 'Put the box with Labels waiting: its label prints when you scan the order again.',
    },
    retryHintAction: 'Scan the order again to retry, or discard it in the outbox list.',
    labelLeftTray: 'The waiting label left the tray.',
    labelWaitsOffline:
      'Order {{code}} waits in the labels-pending tray: its label will be fetched when the Orders API is back. Nothing printed.',
    labelWaitsOfflineAction: 'Put the box with the tray; scan it again once the station is back online.',
    verifyOffline: 'The items cannot be checked without the order details.',
    verifyOfflineAction: 'Sync the orders, then scan again.',
    notVerifying: 'Order {{code}} is not waiting for item checks.',
    itemsMismatch: 'Items do not match the order: {{problems}}.',
    itemsMismatchAction: 'Check the box.',
    notInTray: 'Order {{code}} is not in the tray.',
    labelNotHereYet:
      'The label of order {{code}} is not here yet: it will be fetched when the Orders API is back.',
    noLabelWaiting: 'Order {{code}} has no label waiting in the tray.',
    noLabelWaitingAction: 'Refresh the list: it may have printed or been discarded already.',
    unknownOffline: "Order {{code}} is not in this station's list and the Orders API cannot be reached.",
    unknownOfflineAction: 'Check the order code, or put the box aside until the station is back online.',
    jobFailed: 'The label of {{code}} did not print (job {{job}} on {{printer}}): {{reason}}',
    notAwaitingConfirm: 'No label of order {{code}} is waiting for confirmation.',
    wrongTracking: 'That barcode is not the tracking number of order {{code}}.',
    wrongTrackingAction: 'Scan the tracking barcode on this box’s label.',
    syncFailed: 'The orders could not be updated: {{why}}',
    queueNotSaved: 'The list of open orders could not be saved on this computer ({{code}}).',
    queueNotSavedAction:
      'The station keeps working from memory; the next sync saves it again. Check the disk is not full.',
    stepNotSaved: 'Could not save the “$t(steps.{{step}})” step: {{why}}',
  },
  outboxErrors: {
    savedOffline:
      'The Orders API cannot be reached right now; the step is saved and will be sent when it is back.',
    changedElsewhere: 'Order {{code}} is now $t(status.{{status}}): it changed elsewhere.',
    changedElsewhereBefore: 'Order {{code}} changed elsewhere.',
    changedElsewhereAction:
      'Put the box aside and ask a supervisor. Reprint the label if the order still needs it.',
    changedElsewherePacked:
      'Order {{code}} is now $t(status.{{status}}): it changed elsewhere (packed at another station?).',
    changedElsewherePackedAction:
      'Put the box aside and ask a supervisor. Reprint the label if the order still needs it.',
    refused:
      'The Orders API refused this step for order {{code}}, which is $t(status.{{status}}) (a cancellation request may be open).',
    refusedAction: 'Ask a supervisor to check the order, then retry or discard this action.',
    notReturnable:
      'Order {{code}} is now $t(status.{{status}}): only a shipped or completed order can be returned.',
    notReturnableAction: 'Keep the parcel aside and ask a supervisor.',
    notSent: 'The station could not send this step: {{why}}',
    unknownStatus: 'Tracking shows an unknown status "{{status}}" for order {{code}}.',
    unreachable: 'The Orders API could not be reached: {{why}}',
    notRetryable: 'Outbox action {{id}} cannot be sent again now: it is not refused or stopped.',
    notRetryableAction: 'Reload the outbox list; it may have been sent or discarded meanwhile.',
    notDiscardable: 'Outbox action {{id}} cannot be discarded now ($t(outbox.states.{{state}})).',
    notDiscardableAction: 'Reload the outbox list; it may have been sent or discarded meanwhile.',
    notDiscardableMissing: 'Outbox action {{id}} cannot be discarded now (not in the outbox).',
    notDiscardableMissingAction: 'Reload the outbox list; it may have been sent or discarded meanwhile.',
    gone: 'That action is no longer in the outbox.',
  },
};
