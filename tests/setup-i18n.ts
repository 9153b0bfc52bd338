// Tests read the app in English, its source language, unless a test switches language itself. Every
// catalog is loaded: tests render the content and method pages without waiting for their words.
import { i18n } from '@lingui/core';
import { messages as content } from '../src/locales/en/content.po';
import { messages } from '../src/locales/en/messages.po';
import { messages as method } from '../src/locales/en/method.po';

i18n.loadAndActivate({ locale: 'en', messages: { ...messages, ...content, ...method } });
