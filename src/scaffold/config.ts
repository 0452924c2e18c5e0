// persona.config.yaml as `persona init` writes it: every setting present with its default, and a comment in the
// user's language saying what it does, so the file doubles as the reference.
import type { Lang } from '../i18n/text.js';

const EN = `# persona.config.yaml — the team policy. Every persona in personas/ is planned under these rules;
# a persona may set stricter density in its own file, never looser.
# Editors with YAML support check this file against \`persona schema config\`.

# Folder of persona profiles, one <id>.yaml per salesperson. \`persona new\` adds one.
personas: personas

# Your own template folders, searched in order. Team templates live in templates/custom/ so their ids
# (the path without .hbs) never clash with the bundled library's.
templates: [templates]

# Also use the library that ships with persona (300+ templates in zh-CN and en).
builtinTemplates: true

# Where \`persona plan\` writes plans: plans/<week>/<persona>.json and .md. Commit them: earlier
# weeks are the history the rules look back on (cooldowns, rolling 7-day windows).
out: plans

# Marketing density ceilings for everyone (these are the defaults).
density:
  # At most this share of the posts in any 7 consecutive days may be marketing.
  maxMarketingShare: 0.25
  # Marketing posts on one calendar day.
  maxMarketingPerDay: 1
  # Hours between two marketing posts, so nobody sees two in one scroll.
  minHoursBetweenMarketing: 36
  # Sum of salesiness (0 calm … 1 hard sell) over any 7 consecutive days; a product post is about 0.5.
  weeklySalesinessBudget: 2.0
  # A post at or above this salesiness counts as marketing, whatever its kind.
  marketingThreshold: 0.5
  # Days before one persona may reuse a template, unless the template sets cooldownDays.
  defaultCooldownDays: 28

# Dates with no marketing at all (lifestyle posts still go out), e.g.:
#   quietDays: [2026-12-13]
quietDays: []

# Official days off and make-up workdays that override the bundled calendar (known to 2026), e.g.:
#   holidays:
#     - { date: 2027-02-06, name: 春节, type: holiday }
#     - { date: 2027-02-14, name: 春节调休, type: workday }
holidays: []

calendar:
  # No marketing on 清明节 for zh-CN personas.
  builtinQuietDays: true
  # More festivals or solar terms without marketing, e.g. [中元节].
  quietSeasons: []

team:
  # Personas of one team share contacts: one template is used by at most this many of them a day.
  maxPersonasPerTemplatePerDay: 1

# Words no template or post may contain.
bannedWords: [微商, 代理, 招商, 躺赚, 月入过万]

# \`persona lint\`: the highest salesiness each template kind may have, and rule severities.
lint:
  ceilings:
    lifestyle: 0.2
    expertise: 0.3
    interaction: 0.3
    story: 0.5
    chat: 0.6
    product: 0.7
    live: 0.7
  # Severity per rule id (off | info | warning | error), e.g.  exclamation: off
  rules: {}

# \`persona touches\`: proactive 1:1 messages, so no contact ever feels chased.
touches:
  # Local hours in which a salesperson may write to a contact first.
  hours: "09:00-21:00"
  # Proactive messages one contact may get in any 7 days.
  maxPerContactPerWeek: 1
  # After \`count\` messages in a row without a reply, wait \`days\` after the last one.
  waitAfterUnanswered:
    count: 2
    days: 30
  # Proactive 1:1 messages per salesperson per day, so the list is doable.
  maxPerDay: 20

# Campaign weeks (618, 双11) with a temporary, bounded density allowance, e.g.:
#   campaigns:
#     - name: 双11
#       from: 2026-11-09
#       to: 2026-11-11
#       density: { maxMarketingShare: 0.4, maxMarketingPerDay: 2 }
campaigns: []
`;

const ZH = `# persona.config.yaml —— 团队规则。personas/ 中的每个人设都按这些规则排期；
# 人设可以在自己的文件里把密度设得更严，但不能更松。
# 支持 YAML 的编辑器会按 \`persona schema config\` 检查本文件。

# 人设文件夹，每位销售一个 <id>.yaml。用 \`persona new\` 新建。
personas: personas

# 自己的模板文件夹，按顺序查找。团队模板放在 templates/custom/ 下，
# 这样模板 id（去掉 .hbs 的路径）不会和内置模板库重名。
templates: [templates]

# 同时使用 persona 自带的模板库（300 多个中英文模板）。
builtinTemplates: true

# \`persona plan\` 写出计划的位置：plans/<周>/<人设>.json 和 .md。请提交到 git：
# 之前各周的计划是规则回看的历史（冷却期、任意连续 7 天的窗口）。
out: plans

# 全员的营销密度上限（以下为默认值）。
density:
  # 任意连续 7 天里，营销内容最多占这个比例。
  maxMarketingShare: 0.25
  # 一天最多几条营销内容。
  maxMarketingPerDay: 1
  # 两条营销内容至少间隔几小时，免得朋友一次刷到两条。
  minHoursBetweenMarketing: 36
  # 任意连续 7 天的推销分总和（0 很平和 … 1 硬广），一条产品内容约 0.5。
  weeklySalesinessBudget: 2.0
  # 推销分达到这个值就算营销内容，不管是什么类型。
  marketingThreshold: 0.5
  # 同一人设多少天内不重复用同一个模板（模板自己写了 cooldownDays 时以模板为准）。
  defaultCooldownDays: 28

# 完全不发营销的日子（生活内容照发），例如：
#   quietDays: [2026-12-13]
quietDays: []

# 覆盖内置日历（数据到 2026 年）的放假和调休安排，例如：
#   holidays:
#     - { date: 2027-02-06, name: 春节, type: holiday }
#     - { date: 2027-02-14, name: 春节调休, type: workday }
holidays: []

calendar:
  # 清明节当天，中文人设不发营销。
  builtinQuietDays: true
  # 其他不发营销的节日或节气，例如 [中元节]。
  quietSeasons: []

team:
  # 同一团队的人设共享联系人：同一天里，一个模板最多被这么多人使用。
  maxPersonasPerTemplatePerDay: 1

# 任何模板和内容都不能出现的词。
bannedWords: [微商, 代理, 招商, 躺赚, 月入过万]

# \`persona lint\`：每类模板允许的最高推销分，以及各规则的级别。
lint:
  ceilings:
    lifestyle: 0.2
    expertise: 0.3
    interaction: 0.3
    story: 0.5
    chat: 0.6
    product: 0.7
    live: 0.7
  # 按规则 id 设级别（off | info | warning | error），例如  exclamation: off
  rules: {}

# \`persona touches\`：主动发起的一对一私聊，别让任何一位联系人觉得被追着推销。
touches:
  # 每天可以主动找联系人的时段（人设所在时区）。
  hours: "09:00-21:00"
  # 任意 7 天里，同一位联系人最多收到几条主动消息。
  maxPerContactPerWeek: 1
  # 连续 \`count\` 条没有回复后，从最后一条起等 \`days\` 天再联系。
  waitAfterUnanswered:
    count: 2
    days: 30
  # 每位销售每天最多主动发几条，保证清单做得完。
  maxPerDay: 20

# 大促周（618、双11）临时放宽的密度额度，有上限，例如：
#   campaigns:
#     - name: 双11
#       from: 2026-11-09
#       to: 2026-11-11
#       density: { maxMarketingShare: 0.4, maxMarketingPerDay: 2 }
campaigns: []
`;

export function configYaml(lang: Lang): string {
  return lang === 'zh-CN' ? ZH : EN;
}
