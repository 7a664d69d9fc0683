/** The built-in FAQ (from the operator's guide), shown when the operator gives none; loaded with the first step. */
import type { FaqKey } from '../zh-CN/faq.js';

export const messages: Record<FaqKey, string> = {
  'faq.default.1.q': 'Is my cloud PC data kept after I unsubscribe?',
  'faq.default.1.a':
    'After the service ends, your data is kept only for a limited time and then erased for good. Back up your documents, pictures, videos and software settings before you unsubscribe.',
  'faq.default.2.q': 'When will I get my refund?',
  'faq.default.2.a': 'Refunds go back the way you paid, usually within 7 to 15 working days; public holidays push the date back.',
  'faq.default.3.q': 'Do I pay a penalty for cancelling?',
  'faq.default.3.a':
    'That depends on your service agreement. The check page lists what you paid, what you used, any penalty and your refund, line by line.',
  'faq.default.4.q': 'Can I cancel my request after submitting it?',
  'faq.default.4.a': 'Once submitted, the request is processed. To withdraw it, contact support as soon as possible.',
  'faq.default.5.q': 'Why do you check who I am?',
  'faq.default.5.a': 'So that only you can unsubscribe your service, and nobody else can do it in your name.',
};
