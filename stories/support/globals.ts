/**
 * What the Storybook toolbar sets for every story (.storybook/preview.ts reads it; the axe test
 * checks it): the language, in this one place; the scheme; and the viewport, a phone first.
 */
import type { Preview } from '@storybook/web-components-vite';

/**
 * Where designers look: a phone first (most subscribers open the page on one, often inside an
 * app), and a desktop portal beside it in the toolbar.
 */
export const VIEWPORTS = {
  phone: { name: 'Phone (390 × 844)', styles: { width: '390px', height: '844px' }, type: 'mobile' },
  'phone-small': { name: 'Small phone (320 × 568)', styles: { width: '320px', height: '568px' }, type: 'mobile' },
  tablet: { name: 'Tablet (768 × 1024)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  desktop: { name: 'Desktop (1280 × 800)', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

export const GLOBAL_TYPES: NonNullable<Preview['globalTypes']> = {
  // Every story reads the language from here (stories/support/widget.ts), never from a control.
  locale: {
    description: 'UI language of the widget',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: [
        { value: 'zh-CN', title: '简体中文' },
        { value: 'en', title: 'English' },
      ],
      dynamicTitle: true,
    },
  },
  scheme: {
    description: 'Light or dark custom properties around the widget',
    toolbar: {
      title: 'Scheme',
      icon: 'contrast',
      items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
      ],
      dynamicTitle: true,
    },
  },
};

export const INITIAL_GLOBALS = {
  locale: 'zh-CN',
  scheme: 'light',
  viewport: { value: 'phone' satisfies keyof typeof VIEWPORTS, isRotated: false },
};
