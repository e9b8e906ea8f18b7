import type { resources } from './i18n';

// Typed keys: a `t('…')` call naming a key missing from the English catalog fails to compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: (typeof resources)['en'];
  }
}
