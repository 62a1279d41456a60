// English texts of main's errors around supervisor work (src/main/order-writes, settings, PIN, connection,
// the IPC edge), with the order code and the write's name as values. Merged into en.ts.

export const enErrorsSupervisor = {
  supervisorErrors: {
    what: {
      cancel: 'the cancellation',
      return: 'the return',
      complete: 'the completion',
      create: 'the new order',
      update: 'the update',
      approveCancel: 'approving the cancellation',
      rejectCancel: 'rejecting the cancellation',
    },
    needsOnline:
      'The Orders API cannot be reached: $t(supervisorErrors.what.{{what}}) of {{orderCode}} needs it online. Nothing was sent and nothing changed.',
    needsOnlineAction:
      'Supervisor actions are never saved for later: try again when the station shows Online.',
    unknownOutcome:
      'The outcome of $t(supervisorErrors.what.{{what}}) of {{orderCode}} is unknown: $t({{inner}}) It may or may not have been applied.',
    unknownOutcomeAction:
      'Check order {{orderCode}} (reload its detail and history) before trying again, so it is not done twice.',
    updateNothing: 'The update of {{code}} changes nothing, so it was not sent.',
    updateNothingAction: 'Change at least one field, then save.',
    pinAlreadySet: 'A supervisor PIN is already set: change it in the Supervisor PIN section.',
    pinWithConnection:
      'Set a supervisor PIN (6 to 12 digits) together with the API connection: once the station works on a real Orders API, Settings and supervisor actions need it.',
    pinWithConnectionAction: 'Enter a new supervisor PIN with the connection, then save again.',
    currentPinFirst: 'Enter the current supervisor PIN first.',
    keyProvisioned:
      'The API key is set by this computer’s environment (PACKING_API_KEY) and cannot be changed here.',
    addressBeforeKey:
      'Enter the Orders API address before the key: the key is kept for that address only and never sent anywhere else.',
    settingsDamaged:
      'Supervisor actions are locked: the station’s settings file was damaged, so the supervisor PIN could not be read.',
    settingsDamagedAction:
      'Close the station and delete settings.json in its data folder (a copy of the damaged file is kept beside it); then enter the connection and a new PIN in Settings.',
    noPin:
      'Supervisor actions are locked: this station works on a real Orders API and no supervisor PIN is set yet.',
    noPinAction: 'Set a supervisor PIN of at least 6 digits in Settings, then try again.',
    unknownRequest: 'Unknown request.',
    needsSupervisor: 'This needs a supervisor. Enter the supervisor PIN first.',
    needsSupervisorAction: 'Ask a supervisor to enter the PIN, then try again.',
    wrongSender: 'Refused: this request did not come from the station window.',
    keyUnreadable: 'The station cannot read its API key on this computer.',
    keyUnreadableAction: 'Ask a supervisor to enter the API key in Settings.',
    notConnected: 'The station is not connected to the Orders API yet.',
    notConnectedAction: 'Ask a supervisor to enter the API key in Settings.',
    keyNotSaved:
      'The API key was not saved: $t(supervisorErrors.keyNotSavedWhy.{{why}}). The station never stores it in plain text.',
    keyNotSavedAction: 'Start the computer’s keyring, or provision the key with PACKING_API_KEY.',
    keyNotSavedWhy: {
      none: 'this computer offers no encrypted storage',
      noKeyring:
        'no keyring (GNOME Keyring or KWallet) is running, so the key could only be stored in plain text',
    },
  },
};
