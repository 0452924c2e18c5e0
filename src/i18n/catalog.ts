// All message catalogs, merged under their part's prefix. A part adds its messages.ts here once.
import type { Catalog } from './text.js';
import { messages as calendar } from '../calendar/messages.js';
import { messages as cli } from '../cli/messages.js';
import { messages as formats } from '../formats/messages.js';
import { messages as lint } from '../lint/messages.js';
import { messages as load } from '../load/messages.js';
import { messages as model } from '../model/messages.js';
import { messages as plan } from '../plan/messages.js';
import { messages as render } from '../render/messages.js';

function prefixed(prefix: string, catalog: Catalog): Catalog {
  return Object.fromEntries(Object.entries(catalog).map(([k, v]) => [`${prefix}.${k}`, v]));
}

export const CATALOG: Catalog = {
  ...prefixed('calendar', calendar),
  ...prefixed('cli', cli),
  ...prefixed('formats', formats),
  ...prefixed('lint', lint),
  ...prefixed('load', load),
  ...prefixed('model', model),
  ...prefixed('plan', plan),
  ...prefixed('render', render),
};
