// English texts: checking the items into the box (merged into en.ts).

export const enVerify = {
  verify: {
    title: 'Item check',
    progress: '{{counted}} of {{expected}} items',
    countFor: 'Count for {{sku}}',
    finish: 'Finish check',
    requiredHint: 'All items must be scanned before the order can be packed.',
    complete: 'All items checked',
    itemOk: '{{sku}}: {{counted}} of {{expected}}',
    wrong_item: 'Wrong item: {{code}} is not in this order. Take it out of the box.',
    over_count: 'Too many: {{code}} is already complete. Take one out of the box.',
    invalid_quantity: 'Type a whole number from 0 to the quantity ordered.',
    unknown_line: 'That line is not in this order.',
    nothingToVerify: 'Every line of this order is cancelled: there is nothing to pack.',
  },
};
