// `persona touches`: read a contacts export and print the week's 1:1 messages under the per-contact caps.
// Contacts are personal data: they are read, used for this list and printed, never written anywhere.
import { Chalk } from 'chalk';
import type { Lang, Text } from '../../i18n/text.js';
import { t } from '../../i18n/translate.js';
import { loadPersonas, loadTemplates, loadWorkspace } from '../../load/workspace.js';
import { PersonaError } from '../../model/errors.js';
import { productNameOf } from '../../model/products.js';
import { prepareChat } from '../../chat/scripts.js';
import { msg as chatMsg } from '../../chat/messages.js';
import { caseLabel, GREETING_SEASONS } from '../../chat/stages.js';
import { parseContacts } from '../../touches/contacts.js';
import { msg } from '../../touches/messages.js';
import { planTouches, type Touch } from '../../touches/touches.js';
import { createZoneClocks, dayNumber } from '../../plan/time.js';
import { readExport } from '../export-file.js';
import { todayIn } from '../../plan/time.js';
import { EXIT, type Io } from '../io.js';
import { resolveRanges } from './plan.js';
import type { TouchesCliOptions } from '../commands/touches.js';

export interface TouchesOptions extends TouchesCliOptions {
  id: string;
  config?: string;
}

function usage(message: Text, hint?: Text): never {
  throw new PersonaError({ code: 'usage', message, ...(hint ? { hint } : {}) });
}

function weekdayName(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'zh-CN' ? 'zh-CN' : 'en-US', { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

export async function runTouches(options: TouchesOptions, io: Io): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') usage(msg('bad-format', { value: format }));
  if (!options.contacts) usage(msg('contacts-required'), msg('contacts-required-hint'));

  const ws = loadWorkspace({ cwd: io.cwd, ...(options.config ? { config: options.config } : {}) });
  const loaded = loadPersonas(ws, [options.id]);
  if (loaded.problems.length) throw new PersonaError(loaded.problems);
  const persona = loaded.items[0]!;
  const range = resolveRanges({ week: options.week ?? 'next' }, todayIn(persona.timezone, io.now))[0]!;

  const { records, file } = readExport(options.contacts, io);
  // Times without an offset (Excel's "2026/11/20 19:30") are the persona's local times.
  const clock = createZoneClocks()(persona.timezone);
  const contacts = parseContacts(records, file, (isoDate, minute) => clock.instantOf(dayNumber(isoDate), minute)?.epochMs ?? null, persona.timezone);
  if (!contacts.ok) throw new PersonaError(contacts.problems);

  const library = loadTemplates(ws);
  if (library.problems.length) throw new PersonaError(library.problems);
  const chat = prepareChat(library.items);
  if (chat.problems.length) throw new PersonaError(chat.problems);

  const { createCalendar, seasonsFor } = await import('../../calendar/index.js');
  const calendar = createCalendar({ holidays: ws.policy.holidays, builtinQuietDays: ws.policy.calendar.builtinQuietDays, quietSeasons: ws.policy.calendar.quietSeasons });
  const days = new Map(calendar.days(range.from, range.to, persona.locale).map((d) => [d.date, d]));
  const greetings = GREETING_SEASONS[persona.locale];
  const outcome = planTouches({
    persona,
    contacts: contacts.value,
    range,
    rules: ws.policy.touches,
    restDays: persona.schedule.restDays,
    isQuiet: (iso) => ws.policy.quietDays.includes(iso) || days.get(iso)?.quiet === true,
    festival: (iso) => seasonsFor(days.get(iso)?.seasons ?? [], persona.locale, persona.timezone).find((s) => greetings.includes(s)) ?? null,
    notBefore: io.now.getTime(),
    seed: options.seed !== undefined ? `${options.seed}/${persona.id}/${range.label}` : `${persona.id}/${range.label}`,
    library: chat.prepared,
    avoid: [...persona.voice.avoid, ...ws.policy.bannedWords],
  });
  if (!outcome.ok) throw new PersonaError(outcome.problems);

  if (format === 'json') {
    io.stdout(`${JSON.stringify(outcome.touches.map((x) => ({ contact: x.contact, at: x.at, stage: x.stage, text: x.text })), null, 2)}\n`);
    return EXIT.ok;
  }
  const chalk = new Chalk({ level: io.color ? 1 : 0 });
  const lang = io.lang;
  const rules = ws.policy.touches;
  const out: string[] = [
    chalk.bold(t(lang, msg('heading', { name: persona.name, from: range.from, to: range.to, count: outcome.touches.length, max: rules.maxPerDay, hours: rules.hours, timezone: persona.timezone }))),
    '',
  ];
  if (outcome.touches.length === 0) out.push(t(lang, msg('none-this-week')), '');
  const byDay = new Map<string, Touch[]>();
  for (const touch of outcome.touches) byDay.set(touch.at.slice(0, 10), [...(byDay.get(touch.at.slice(0, 10)) ?? []), touch]);
  for (const [date, list] of [...byDay.entries()].sort((a, b) => dayNumber(a[0]) - dayNumber(b[0]))) {
    out.push(chalk.bold(`${weekdayName(date, lang)} ${date}`));
    for (const touch of list) {
      const stage = t(lang, chatMsg(`stage.${touch.stage}`));
      // The product by its name, as in the plan files; JSON keeps the id.
      const product = touch.product ? productNameOf(persona, touch.product) : null;
      const about = [stage, touch.case ? t(lang, caseLabel(touch.case)) : null, product].filter(Boolean).join(' · ');
      out.push(`  ${touch.at.slice(11, 16)}  ${chalk.bold(touch.contact)} · ${about}`);
      for (const line of touch.text.split('\n')) out.push(`         ${line}`);
    }
    out.push('');
  }
  if (outcome.skipped.length) {
    out.push(chalk.bold(t(lang, msg('skipped', { count: outcome.skipped.length }))));
    for (const s of outcome.skipped) out.push(`  - ${s.contact}: ${t(lang, s.message)}`);
    out.push('');
  }
  out.push(t(lang, msg('contacts-summary', { contacts: contacts.value.length, touches: outcome.touches.length, skipped: outcome.skipped.length })));
  out.push(chalk.dim(t(lang, msg('privacy-note'))));
  io.stdout(`${out.join('\n')}\n`);
  return EXIT.ok;
}
