// Tests read the app in English, its source language, unless a test switches language itself.
import { i18n } from '@lingui/core';
import { messages } from '../src/locales/en/messages.po';

i18n.loadAndActivate({ locale: 'en', messages });
