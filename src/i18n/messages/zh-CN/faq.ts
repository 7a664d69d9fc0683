/** The built-in FAQ (from the operator's guide), shown when the operator gives none; loaded with the first step. */
export const messages = {
  'faq.default.1.q': '退订后云电脑里的数据还在吗？',
  'faq.default.1.a': '服务结束后，数据只保留一段时间，之后会被彻底删除且无法恢复。请在退订前备份文档、图片、视频和软件配置。',
  'faq.default.2.q': '退订后多久能收到退款？',
  'faq.default.2.a': '退款按原支付方式退回，一般在 7 至 15 个工作日内到账，节假日顺延。',
  'faq.default.3.q': '退订需要支付违约金吗？',
  'faq.default.3.a': '是否收取违约金以您的业务协议为准，确认页会逐项列出已付、已用、违约金和退款金额。',
  'faq.default.4.q': '提交后还能撤销吗？',
  'faq.default.4.a': '申请一旦提交就会进入处理，如需撤销请尽快联系客服。',
  'faq.default.5.q': '为什么要验证身份？',
  'faq.default.5.a': '为了确保只有您本人才能退订您的业务，防止他人冒用。',
} as const;

export type FaqKey = keyof typeof messages;
