/** Strings for taking a request back (撤销退订) on `status` and `done`. Keys start with `withdraw.`. */
export const messages = {
  'withdraw.title': '改变主意了？',
  'withdraw.intro': '退订还没有生效。{time}（{zone}）前，您可以撤销这次退订申请。',
  'withdraw.action': '撤销退订',
  'withdraw.confirm.title': '确定撤销退订申请吗？',
  'withdraw.confirm.body': '撤销后，{product}照常使用，套餐、数据和设置都不变。',
  'withdraw.confirm.free': '撤销不收取任何费用；这次申请的退款也不再发放。',
  'withdraw.confirm.yes': '确认撤销',
  'withdraw.confirm.no': '不撤销，继续退订',
  'withdraw.done.body': '您的退订申请已撤销，{product}照常使用，套餐、数据和设置都不变，撤销不收取任何费用。',
  'withdraw.done.at': '撤销时间：{time}（{zone}）',
} as const;

export type WithdrawKey = keyof typeof messages;
