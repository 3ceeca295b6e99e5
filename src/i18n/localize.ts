// A catalogue message in both languages, for a message nested inside another (e.g. a skj.yaml error).
import type { Localized, MessageParams } from '../core/diagnostic.js';
import { message } from './messages.js';

export const localize = (key: string, params: MessageParams = {}): Localized => ({ id: message('id', key, params), en: message('en', key, params) });
