/**
 * Plain wording for the large appearance: shorter sentences in place of the dense ones, one idea
 * each. Only these keys change; every other string is the usual one. The en table has the same keys
 * (test/i18n checks it).
 */
import type { MessageKey } from '../../keys.js';

export const messages: Partial<Record<MessageKey, string>> = {
  'prepare.notYou': '这不是您的账号？请不要继续。',
  'prepare.notYou.hotline': '这不是您的账号？请不要继续，可以打客服电话 {hotline}。',
  'prepare.data.kept': '停用后，云电脑里的资料再留 {days} 天，然后全部删除，找不回来。',
  'prepare.data.keptOneDay': '停用后，云电脑里的资料再留 1 天，然后全部删除，找不回来。',
  'prepare.data.erased': '停用时，云电脑里的资料马上全部删除，找不回来。',
  'prepare.backup.intro': '要留下的东西，请先从云电脑存到自己的电脑、手机或 U 盘里：',
  'prepare.backup.software': '装的软件和它的设置（比如激活码、登录账号）',
  'verify.intro': '请先证明是您本人在办理。',
  'confirm.intro': '请看一下下面的内容，都对了再点“确认退订”。',
  'confirm.quote.arrivalHint': '只算工作日，节假日不算。',
  'confirm.submitHint': '点“确认退订”后，我们就开始办理。',
};
