/** Strings of the `reason` step. Keys start with `reason.`. */
export const messages = {
  'reason.legend.one': '退订原因',
  'reason.legend.many': '退订原因',
  'reason.hint.one': '请选择一项。',
  'reason.hint.any': '可以多选。',
  'reason.hint.upTo': '最多选择 {max} 项。',
  'reason.needsComment': '选择此项需要在下方填写具体原因',
  'reason.comment.label': '具体原因',
  'reason.comment.hint': '您的意见能帮助我们改进。请不要填写密码、验证码等个人信息。',
  'reason.comment.required': '您选择了“{reason}”，需要填写具体原因。请不要填写密码、验证码等个人信息。',
  'reason.offer.eyebrow': '为您准备的优惠',
  'reason.offer.fallbackTitle': '留下来，享受专属优惠',
  'reason.offer.note': '接受优惠后不会退订，您的业务照常保留。',
  'reason.offer.accept': '接受优惠，保留业务',
  'reason.offer.decline': '不用了，继续退订',
  'reason.offer.announce': '为您准备了一项优惠：{title}',
} as const;

export type ReasonKey = keyof typeof messages;
