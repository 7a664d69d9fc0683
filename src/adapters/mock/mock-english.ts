/**
 * The mock back end's own texts in English, by their zh-CN words: what an English-speaking
 * subscriber reads in the default content (terms, highlights, refund method, support hours,
 * security questions, a rejection reason). A chunk of its own, fetched only when a call asks for
 * English. Texts an operator put in the mock's options are theirs, in whatever language they wrote.
 */
export const ENGLISH: ReadonlyMap<string, string> = new Map([
  ['移动云电脑（软件版）', 'China Mobile Cloud PC (software edition)'],
  ['畅享型 4核8G · 100GB 云盘 · 包年', 'Enjoy, 4 cores and 8 GB · 100 GB cloud disk · yearly'],
  ['移动云电脑产品服务协议', 'China Mobile Cloud PC service agreement'],
  ['https://example.com/cloudpc/agreement', 'https://example.com/cloudpc/agreement?lang=en'],
  [
    '选择立即退订的，按当期剩余天数折算退款，已使用天数的费用不予退还。',
    'If you unsubscribe with immediate effect, you get back the price of the days left in the current period. Days already used are not refunded.',
  ],
  [
    '包年套餐提前退订收取违约金 50 元；选择到期退订的不收取违约金，也不产生退款。',
    'Ending a yearly plan early costs a ¥50 penalty. Ending it when the period runs out costs nothing, and nothing is refunded.',
  ],
  [
    '服务终止后，云电脑内的数据保留 7 天，期满后彻底删除且无法恢复，请提前备份。',
    'When the service ends, the data on your cloud PC is kept for 7 days, then deleted for good. Back it up before then.',
  ],
  [
    '退款原路退回至您的支付账户，一般在 7–15 个工作日内到账。',
    'Refunds go back to the account you paid from, usually within 7 to 15 working days.',
  ],
  ['原路退回', 'Back to the original payment method'],
  ['每天 8:00–22:00', 'Every day, 8:00–22:00'],
  ['您开通移动云电脑时所在的城市是？', 'In which city were you when you signed up for Cloud PC?'],
  ['您第一只宠物的名字是？（拼音或英文）', 'What was the name of your first pet? (in pinyin or English)'],
  [
    '该账户存在未结清的费用，暂时无法退订。请结清欠费后重新提交，或拨打 10086 咨询。',
    'This account has unpaid charges, so it cannot be unsubscribed yet. Pay what is owed and send the request again, or call 10086.',
  ],
]);
