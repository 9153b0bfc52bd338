// Every English message. Tests read every page without waiting for its words, so English starts with
// all of its catalogs loaded (setup-i18n.ts), and a test that switched languages goes back to this.
import type { Messages } from '@lingui/core';
import { catalogsOf } from './catalogs.ts';

export const englishCatalogs: Messages = await catalogsOf('en');
