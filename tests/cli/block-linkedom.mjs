// `node --import` this file to register block-linkedom-hook.mjs (see lazy-linkedom.test.ts).
import { register } from 'node:module';

register('./block-linkedom-hook.mjs', import.meta.url);
