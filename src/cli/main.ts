// commander wiring: parse argv, load the one command that runs, render errors, return the exit code.
// Registrations are light and each command's work is imported lazily. This module imports nothing until it
// knows the run is not `persona --version`: commander alone costs a quarter of node's own start-up.
import { isatty } from 'node:tty';
import type { Catalog } from '../i18n/text.js';
import type { CommandContext, GlobalOptions } from './context.js';
import type { Io } from './io.js';

/** What every run but `--version` needs: commander, the registrations, the message catalogs, the error renderer. */
async function shell() {
  const [commander, commands, translate, errors, commanderText, context, io, lang, messages] = await Promise.all([
    import('commander'),
    import('./commands/index.js'),
    import('../i18n/translate.js'),
    import('../model/errors.js'),
    import('./commander-text.js'),
    import('./context.js'),
    import('./io.js'),
    import('./lang.js'),
    import('./messages.js'),
  ]);
  return {
    Command: commander.Command,
    CommanderError: commander.CommanderError,
    COMMANDS: commands.COMMANDS,
    t: translate.t,
    PersonaError: errors.PersonaError,
    commanderError: commanderText.commanderError,
    helpConfiguration: commanderText.helpConfiguration,
    helpTexts: context.helpTexts,
    colorEnabled: io.colorEnabled,
    EXIT: io.EXIT,
    formatProblem: io.formatProblem,
    detectLang: lang.detectLang,
    langChosen: lang.langChosen,
    unknownLang: lang.unknownLang,
    langAsked: (argv: readonly string[], env: Record<string, string | undefined>) => lang.langFromArgv(argv) !== undefined || !!env.PERSONA_LANG,
    msg: messages.msg,
  };
}

declare const __PERSONA_VERSION__: string;
const VERSION = typeof __PERSONA_VERSION__ === 'string' ? __PERSONA_VERSION__ : '0.0.0-dev';

const HELP = {
  description: {
    en: 'Plan warm WeChat Moments posts with a guaranteed ceiling on marketing density, and lint salesy phrasing.',
    'zh-CN': '为私域销售规划有温度的朋友圈：保证营销密度不超上限，并检查模板中的推销腔。',
  },
  version: { en: 'print the version', 'zh-CN': '显示版本号' },
  help: { en: 'show help for a command', 'zh-CN': '显示命令帮助' },
  debug: { en: 'show stack traces for unexpected errors', 'zh-CN': '出现意外错误时显示调用栈' },
  config: {
    en: 'persona.config.yaml to use (default: found in this folder or its parents)',
    'zh-CN': '使用的 persona.config.yaml（默认在当前文件夹或上级文件夹中查找）',
  },
  lang: { en: 'language of messages: en or zh-CN (default: PERSONA_LANG or the system locale)', 'zh-CN': '界面语言：en 或 zh-CN（默认取 PERSONA_LANG 或系统语言）' },
  helpAfterError: { en: '(run with --help for usage)', 'zh-CN': '（加 --help 查看用法）' },
} as const satisfies Catalog;

function defaultIo(argv: readonly string[], { colorEnabled, detectLang, langChosen }: Awaited<ReturnType<typeof shell>>): Io {
  const env = process.env;
  return {
    cwd: process.cwd(),
    env,
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    // isatty(0), not process.stdin.isTTY: the getter builds the stdin stream, 10 ms of every run that never reads it.
    stdinIsTTY: isatty(0),
    stdoutIsTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
    now: new Date(),
    color: colorEnabled(env, !!process.stdout.isTTY),
    debug: argv.includes('--debug'),
    lang: detectLang(argv, env),
    langChosen: langChosen(argv, env),
  };
}

export async function run(argv: string[], ioOverrides: Partial<Io> = {}): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    (ioOverrides.stdout ?? ((text: string) => void process.stdout.write(text)))(`${VERSION}\n`);
    return 0;
  }
  const loaded = await shell();
  const { Command, CommanderError, COMMANDS, t, PersonaError, commanderError, helpConfiguration, helpTexts, EXIT, formatProblem, detectLang, msg } = loaded;
  const base = defaultIo(argv, loaded);
  const io: Io = {
    ...base,
    ...ioOverrides,
    debug: ioOverrides.debug ?? base.debug,
    lang: ioOverrides.lang ?? detectLang(argv, ioOverrides.env ?? base.env),
    langChosen: ioOverrides.langChosen ?? (ioOverrides.lang !== undefined || loaded.langChosen(argv, ioOverrides.env ?? base.env)),
    langAsked: ioOverrides.langAsked ?? (ioOverrides.lang !== undefined || loaded.langAsked(argv, ioOverrides.env ?? base.env)),
  };
  const unknown = loaded.unknownLang(argv, ioOverrides.env ?? base.env);
  if (unknown) {
    io.stderr(`${formatProblem({ code: 'usage', message: msg('unknown-lang', unknown), hint: msg('unknown-lang-hint', { source: unknown.source }) }, io.lang)}\n`);
    return EXIT.badInput;
  }
  const h = helpTexts(HELP, io.lang);
  // commander's own words (headings, "(default: …)", usage errors) follow the UI language too.
  const output = {
    writeOut: io.stdout,
    writeErr: io.stderr,
    outputError: (text: string, write: (s: string) => void) => write(commanderError(text, io.lang)),
    // Colour was decided once (NO_COLOR, FORCE_COLOR, TTY); commander would otherwise look at process.stdout.
    getOutHasColors: () => io.color,
    getErrHasColors: () => io.color,
  };
  const help = helpConfiguration(io.lang, io.color);
  let exitCode: number = EXIT.ok;
  const program = new Command('persona');
  program
    .description(h('description'))
    .version(VERSION, '-v, --version', h('version'))
    .helpOption('-h, --help', h('help'))
    .helpCommand(false)
    .option('--config <file>', h('config'))
    .option('--lang <lang>', h('lang'))
    .option('--debug', h('debug'))
    .showHelpAfterError(h('helpAfterError'))
    .exitOverride()
    .configureHelp(help)
    .configureOutput(output);

  const context: CommandContext = {
    io,
    globals: () => program.opts<GlobalOptions>(),
    setExit: (code) => {
      exitCode = code;
    },
  };
  for (const register of COMMANDS) {
    const command = register(program, context);
    command.helpOption('-h, --help', h('help')).exitOverride().configureHelp(help).configureOutput(output);
  }

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.badInput;
    }
    if (err instanceof PersonaError) {
      for (const p of err.problems) io.stderr(`${formatProblem(p, io.lang)}\n`);
      return EXIT.badInput;
    }
    io.stderr(`${t(io.lang, msg('internal-error', { detail: (err as Error)?.message ?? String(err) }))}\n`);
    if (io.debug) io.stderr(`${(err as Error)?.stack}\n`);
    else io.stderr(`${t(io.lang, msg('internal-error-hint'))}\n`);
    return EXIT.badInput;
  }
  return exitCode;
}
