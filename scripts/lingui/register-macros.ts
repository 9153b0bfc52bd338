// `tsx --import ./scripts/lingui/register-macros.ts script.ts`: lets a script load modules that use
// Lingui's macros, and reads the app's messages in English, its source language.
import { register } from 'node:module';

register('./macro-hooks.ts', import.meta.url);
