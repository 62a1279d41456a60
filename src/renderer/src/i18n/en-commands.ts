// English texts: the command cards and the labels-waiting list (merged into en.ts).

export const enTrayList = {
  trayList: {
    title: 'Labels waiting',
    printAll: 'Print all waiting labels',
    print: 'Print',
    discard: 'Discard…',
    discardConfirm: 'Discard this label',
    state: { ready: 'label ready', waiting_label: 'label not fetched yet' },
  },
};

export const enCommands = {
  title: 'Command cards',
  hint: 'Scan a card instead of using the mouse.',
  ACK: 'OK / continue',
  REPRINT_LAST: 'Reprint last label',
  FINISH_VERIFY: 'Finish item check',
  CANCEL_CURRENT: 'Put this order aside',
  NEXT_PICKUP: 'Next pickup time',
  PRINT_TRAY: 'Print waiting labels',
  END_SESSION: 'End my packing session',
  RETURNS: 'Returns bench (on / off)',
  RETURN_CUSTOMER_REQUEST: 'Return: customer request',
  RETURN_DAMAGED: 'Return: damaged',
  RETURN_WRONG_ITEM: 'Return: wrong item',
  RETURN_COURIER_FAILED: 'Return: courier failed',
  RETURN_OTHER: 'Return: other',
  unknown: 'Unknown command card',
};
