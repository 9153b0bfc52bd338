// A PO catalog imported by the app is compiled at build time to its messages.
declare module '*.po' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
