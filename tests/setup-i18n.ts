// Tests read the app in English, its source language, unless a test switches language itself. Every
// catalog is loaded: tests render each page without waiting for its words.
import { i18n } from '@lingui/core';
import { englishCatalogs } from './english-catalogs.ts';

i18n.loadAndActivate({ locale: 'en', messages: englishCatalogs });
