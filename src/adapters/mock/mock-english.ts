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
    '选择立即生效的，按当期剩余天数折算退款，已使用天数的费用不予退还。',
    'If it takes effect straight away, you get back the price of the days left in the current period. Days already used are not refunded.',
  ],
  [
    '选择计费周期结束时生效的，不收取违约金，已付费用不予退还。',
    'If it takes effect at the end of the billing period, there is no penalty, and nothing already paid is refunded.',
  ],
  ['原路退回', 'Back to the original payment method'],
  ['办公电脑', 'Office PC'],
  ['家里的电脑', 'Home PC'],
  ['旧电脑', 'Old PC'],
  ['轻享型 2核4G · 40GB 云盘 · 包月', 'Light, 2 cores and 4 GB · 40 GB cloud disk · monthly'],
  ['云盘从 100GB 减为 40GB，超出部分需先清理', 'Your cloud disk goes from 100 GB to 40 GB: clear out anything above that first'],
  ['不再支持 4K 画质和多屏显示', 'No more 4K picture or several screens'],
  ['每天 8:00–22:00', 'Every day, 8:00–22:00'],
  ['您开通移动云电脑时所在的城市是？', 'In which city were you when you signed up for Cloud PC?'],
  ['您第一只宠物的名字是？（拼音或英文）', 'What was the name of your first pet? (in pinyin or English)'],
  [
    '该账户存在未结清的费用，暂时无法退订。请结清欠费后重新提交，或拨打 10086 咨询。',
    'This account has unpaid charges, so it cannot be unsubscribed yet. Pay what is owed and send the request again, or call 10086.',
  ],
]);
