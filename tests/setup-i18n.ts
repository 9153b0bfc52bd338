// Tests read the app in English, its source language, unless a test switches language itself. Both
// catalogs are loaded: tests render the content pages without waiting for their words to arrive.
import { i18n } from '@lingui/core';
import { messages as content } from '../src/locales/en/content.po';
import { messages } from '../src/locales/en/messages.po';

i18n.loadAndActivate({ locale: 'en', messages: { ...messages, ...content } });
