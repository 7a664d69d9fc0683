/**
 * The zh-CN message table: the source of the message keys. `en.ts` must have the same keys
 * (the type checker enforces it, and a test checks no string is empty).
 * `{name}` placeholders are filled by `format()`; values are always inserted as text.
 */
export const zhCN = {
  'widget.label': '退订{product}',
  'widget.loading': '正在加载退订信息…',
  'step.prepare': '退订前准备',
  'step.reason': '选择退订原因',
  'step.verify': '验证身份',
  'step.confirm': '确认退订信息',
  'step.one-click': '一键退订',
  'step.status': '等待处理',
  'step.done': '退订完成',
  'progress.stepOf': '第 {current} 步，共 {total} 步',
  'summary.account': '账号',
  'summary.product': '产品',
  'summary.plan': '套餐',
  'summary.price': '资费',
  'summary.period': '当前计费周期',
  'blocked.login-required': '请先登录，再办理退订。',
  'blocked.nothing-to-unsubscribe': '没有可以退订的业务。',
  'blocked.unreachable': '暂时无法连接服务，您填写的内容都已保留。',
  'blocked.invalid-data': '服务返回的信息有误，暂时无法继续。',
  'blocked.configuration': '退订服务配置有误：人脸识别不能作为唯一的验证方式。请联系客服。',
  'blocked.no-adapter': '退订组件尚未连接服务。',
  'action.retry': '重试',
  'action.keep': '不退订了，保留业务',
  'timezone.beijing': '北京时间',
} as const;

export type MessageKey = keyof typeof zhCN;
export type MessageTable = Record<MessageKey, string>;
