// `tsx --import ./scripts/lingui/register-macros.ts script.ts`: lets a script load modules that use
// Lingui's macros, and reads the app's messages in English, its source language.
import { register } from 'node:module';
import { i18n } from '@lingui/core';

register('./macro-hooks.ts', import.meta.url);

// No catalog is loaded: each message reads in its own English source, compiled as it is first used.
i18n.loadAndActivate({ locale: 'en', messages: {} });
