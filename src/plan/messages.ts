// Messages of the planner and of verify(): what rule cannot be met, and what would fix it.
import type { Catalog } from '../i18n/text.js';
import { messenger } from '../i18n/text.js';

export const messages = {
  // Rule names, as people say them.
  'rule.windows': { en: 'posting windows', 'zh-CN': '发布时段' },
  'rule.posts-per-day': { en: 'posts per day', 'zh-CN': '每日条数' },
  'rule.rest-days': { en: 'rest days', 'zh-CN': '休息日' },
  'rule.series': { en: 'series rituals', 'zh-CN': '固定栏目' },
  'rule.lead-ups': { en: 'live lead-ups before their stream', 'zh-CN': '直播预告在直播之前' },
  'rule.marketing-per-day': { en: 'marketing posts per day', 'zh-CN': '每日营销条数' },
  'rule.marketing-gap': { en: 'hours between marketing posts', 'zh-CN': '营销间隔小时数' },
  'rule.rolling-share': { en: 'marketing share of any 7 days', 'zh-CN': '任意 7 天的营销占比' },
  'rule.salesiness-budget': { en: 'salesiness budget of any 7 days', 'zh-CN': '任意 7 天的推销分预算' },
  'rule.cooldown': { en: 'template cooldown', 'zh-CN': '模板冷却期' },
  'rule.quiet-days': { en: 'quiet days', 'zh-CN': '静默日' },
  'rule.team-template': { en: 'one template per team per day', 'zh-CN': '同团队同日同模板上限' },
  'rule.topic-per-day': { en: 'one post per topic per day', 'zh-CN': '同一话题每天一条' },
  'rule.voice': { en: 'words to avoid', 'zh-CN': '忌用词' },
  'rule.unique-text': { en: 'no repeated text', 'zh-CN': '文字不重复' },
  'rule.marketing-flag': { en: 'marketing classification', 'zh-CN': '营销判定' },

  'cannot-plan': {
    en: 'persona {persona}: cannot plan {date} without breaking the rule "{rule}"',
    'zh-CN': '人设 {persona}：无法在不违反"{rule}"的前提下安排 {date}',
  },
  'no-fitting-templates': {
    en: 'persona {persona}: no {locale} template fits ({kinds}); {needed} needed',
    'zh-CN': '人设 {persona}：没有适合的 {locale} 模板（{kinds}），至少需要 {needed} 个',
  },
  'no-fitting-templates-hint': {
    en: 'Add lifestyle templates with locale: {locale} and topics from its interests ({topics}), or generic expertise/interaction/story templates.',
    'zh-CN': '添加 locale: {locale}、topics 取自其兴趣（{topics}）的生活类模板，或通用的知识/互动/故事模板。',
  },
  'library-too-small': {
    en: 'persona {persona}: {available} {locale} templates fit, {needed} needed for {posts} post(s) a day under a {cooldown}-day cooldown',
    'zh-CN': '人设 {persona}：适合的 {locale} 模板有 {available} 个，每天 {posts} 条、冷却期 {cooldown} 天需要 {needed} 个',
  },
  'library-too-small-mixed': {
    en: 'persona {persona}: the {available} {locale} templates that fit can go out {capacity} times in {days} days under their cooldowns ({cooldowns} days), and {posts} post(s) a day needs {needed}',
    'zh-CN': '人设 {persona}：适合的 {available} 个 {locale} 模板在各自的冷却期（{cooldowns} 天）下，{days} 天里最多发 {capacity} 次，每天 {posts} 条需要 {needed} 次',
  },
  'library-too-small-hint': {
    en: 'Add templates for its interests ({topics}), lower cooldownDays in the templates or defaultCooldownDays in persona.config.yaml, or lower schedule.postsPerDay.',
    'zh-CN': '为其兴趣（{topics}）添加模板，调低模板的 cooldownDays 或 persona.config.yaml 中的 defaultCooldownDays，或调低 schedule.postsPerDay。',
  },
  'hint.cooldown': {
    en: '{rejected} of {candidates} fitting templates were used within their cooldown; add templates for its interests ({topics}) or lower cooldownDays.',
    'zh-CN': '{candidates} 个适合的模板中有 {rejected} 个还在冷却期内；为其兴趣（{topics}）添加模板，或调低 cooldownDays。',
  },
  'hint.team-template': {
    en: 'Teammates already use the remaining templates that day; add templates or raise team.maxPersonasPerTemplatePerDay.',
    'zh-CN': '剩下的模板当天已被同团队的人用了；添加模板，或调高 team.maxPersonasPerTemplatePerDay。',
  },
  'hint.topic-per-day': {
    en: 'Every fitting template shares a topic already posted that day; add interests or generic templates (topics: []).',
    'zh-CN': '所有适合的模板都与当天已发的话题重复；增加兴趣，或添加通用模板（topics: []）。',
  },
  'hint.salesiness-budget': {
    en: 'The 7 days around this post have no room left under weeklySalesinessBudget ({budget}) for any template that fits here (posts already planned or written in those days count, calm ones too: postsPerDay.min {min} means {posts} posts or more in any 7 days); raise the budget in persona.config.yaml, lower postsPerDay.min, add calm templates that measure lower (persona score) for its interests, or plan fewer marketing posts.',
    'zh-CN': '这条内容前后 7 天的 weeklySalesinessBudget（{budget}）已经没有余量，放不下任何合适的模板（这些天里已排或已写入的内容都算在内，平和的也算：postsPerDay.min 为 {min}，任意 7 天至少 {posts} 条）；可以在 persona.config.yaml 中调高预算，调低 postsPerDay.min，为它的兴趣补充测得 salesiness 更低的平和模板（persona score），或少排营销内容。',
  },
  'hint.voice': {
    en: 'The remaining templates render words the persona avoids or the policy bans ({words}); edit those templates or the word lists.',
    'zh-CN': '剩下的模板渲染出了人设忌用或策略禁用的词（{words}）；修改这些模板或词表。',
  },
  'hint.unique-text': {
    en: 'The remaining templates would repeat a text already posted; add pick variants or templates.',
    'zh-CN': '剩下的模板会重复已发过的文字；给模板加 pick 变体，或添加模板。',
  },
  'hint.marketing-flag': {
    en: 'The remaining templates measure as marketing (salesiness ≥ {threshold}); rewrite them more calmly.',
    'zh-CN': '剩下的模板被判定为营销（推销分 ≥ {threshold}）；把它们改得更平和。',
  },
  'hint.marketing-flag-zero': {
    en: 'marketingThreshold is 0, so every post counts as marketing however calm; raise marketingThreshold (the default is 0.5).',
    'zh-CN': 'marketingThreshold 为 0，再平和的帖子也算营销；调高 marketingThreshold（默认 0.5）。',
  },
  'hint.also-fix': {
    en: '{hint} {n} other template(s) were turned away by the rule "{rule}": {fix}',
    'zh-CN': '{hint}另有 {n} 个模板因规则"{rule}"不能用：{fix}',
  },
  'hint.also': {
    en: '{hint} {n} other template(s) were turned away by the rule "{rule}".',
    'zh-CN': '{hint}另有 {n} 个模板因规则"{rule}"不能用。',
  },
  'hint.generic': {
    en: 'Add templates for its interests ({topics}) or loosen the rule in persona.config.yaml.',
    'zh-CN': '为其兴趣（{topics}）添加模板，或在 persona.config.yaml 中放宽该规则。',
  },
  'no-window-left': {
    en: 'persona {persona}: on {date} the posting windows ({windows}) leave room for {available} post(s), postsPerDay.min is {min}',
    'zh-CN': '人设 {persona}：{date} 的发布时段（{windows}）只容得下 {available} 条，而 postsPerDay.min 为 {min}',
  },
  'no-window-left-hint': {
    en: 'The daylight-saving change that day erases some or all of a window; widen schedule.windows (or add one outside the skipped hour) or lower postsPerDay.min.',
    'zh-CN': '当天的夏令时切换吞掉了部分或整个时段；放宽 schedule.windows（或在被跳过的那一小时之外加一个时段），或调低 postsPerDay.min。',
  },
  'no-window-left-narrow-hint': {
    en: 'Posts go out at least a minute apart, so the windows are too narrow for that many posts; widen schedule.windows or lower postsPerDay.min.',
    'zh-CN': '每条至少相隔一分钟，时段太窄放不下这么多条；放宽 schedule.windows，或调低 postsPerDay.min。',
  },

  // Warnings carried in the plan.
  'warn.interest-without-templates': {
    en: 'interest "{topic}" has no {locale} template; it was skipped',
    'zh-CN': '兴趣"{topic}"没有 {locale} 模板，已跳过',
  },
  'warn.lead-up-missing': {
    en: 'live "{title}" on {date}: no lead-up post fits on the day or the two before without breaking the rule "{rule}"',
    'zh-CN': '直播"{title}"（{date}）：当天和前两天都排不下预告，否则会违反规则"{rule}"',
  },
  'warn.lead-up-cap': {
    en: 'live "{title}" on {date}: no lead-up post, because the week already has as many marketing posts as maxMarketingShare ({share}) and weeklySalesinessBudget ({budget}) allow week after week with the templates that fit; raise them, or declare a campaign for the week of the stream',
    'zh-CN': '直播"{title}"（{date}）：没有预告，因为按 maxMarketingShare（{share}）和 weeklySalesinessBudget（{budget}）以及现有模板，这周能长期维持的营销帖已经排满；可以调高这两项，或为直播所在的一周设一个 campaign',
  },
  'warn.lead-up-earlier-plan': {
    en: 'live "{title}" on {date}: no lead-up post: this plan has no posting time before the stream, and the days from {from} to {to} belong to an earlier plan, which placed none; re-plan that week to give it one',
    'zh-CN': '直播"{title}"（{date}）：没有预告：本次计划里直播前没有可发的时段，而 {from} 至 {to} 属于之前的计划，那里也没有排预告；重新规划那一周即可补上',
  },
  'warn.lead-up-no-slot': {
    en: 'live "{title}" on {date}: no lead-up post, because there is no posting time on the day before the stream starts or on the two days before (rest days or quiet days); add a window or move a rest day',
    'zh-CN': '直播"{title}"（{date}）：没有预告，因为直播开始前当天和前两天都没有可发的时段（休息日或静默日）；请加一个时段或调整休息日',
  },
  'warn.lead-up-live-ruled-out': {
    en: 'live "{title}" on {date}: no live template could announce it without breaking the rule "{rule}", so a product post about {product} went out instead and the stream is not announced',
    'zh-CN': '直播"{title}"（{date}）：任何直播模板做预告都会违反规则"{rule}"，只发了一条关于 {product} 的产品帖，直播本身没有预告',
  },
  'warn.lead-up-no-live': {
    en: 'live "{title}" on {date}: no live template was free for its lead-up (used within its cooldown or ruled out by another rule), so a product post about {product} went out instead and the stream is not announced; add live templates',
    'zh-CN': '直播"{title}"（{date}）：预告时没有可用的直播模板（在冷却期内或被其他规则排除），只发了一条关于 {product} 的产品帖，直播本身没有预告；请添加直播模板',
  },
  'warn.lead-up-no-live-free': {
    en: 'live "{title}" on {date}: no live template was free for its lead-up (used within its cooldown or ruled out by another rule), so the stream is not announced; add live templates',
    'zh-CN': '直播"{title}"（{date}）：预告时没有可用的直播模板（在冷却期内或被其他规则排除），直播没有预告；请添加直播模板',
  },
  'warn.lead-up-no-template': {
    en: 'live "{title}" on {date}: no live or product template fits product {product}',
    'zh-CN': '直播"{title}"（{date}）：没有适合产品 {product} 的直播或产品模板',
  },
  'warn.series-fallback': {
    en: 'series "{series}" on {date}: no {topic} template was free, another calm post takes its place',
    'zh-CN': '栏目"{series}"（{date}）：没有可用的 {topic} 模板，换成了另一条日常',
  },
  'warn.series-wrong-days': {
    en: 'series "{series}" on {date}: every {topic} template is limited by days: to {days}, not {day}; another calm post takes its place (add a {topic} template for {day} or move the series)',
    'zh-CN': '栏目"{series}"（{date}）：{topic} 模板都用 days: 限定在 {days}，不含 {day}，换成了另一条日常（请添加适合 {day} 的 {topic} 模板，或调整栏目日期）',
  },
  'warn.series-dropped': {
    en: 'series "{series}" on {date}: more series than postsPerDay.max that day; left out',
    'zh-CN': '栏目"{series}"（{date}）：当天栏目数超过 postsPerDay.max，已略过',
  },
  'warn.series-no-time': {
    en: 'series "{series}" on {date}: the clocks change that day and skip all of {window}; no ritual that day',
    'zh-CN': '栏目"{series}"（{date}）：当天时钟调整，{window} 整段不存在，这一期暂停',
  },
  'warn.campaign': {
    en: 'campaign {name} ({from} – {to}): up to {perDay} marketing a day, {hours} h apart, {share} of any 7 days, salesiness {budget}',
    'zh-CN': '活动 {name}（{from} – {to}）：每天最多 {perDay} 条营销，间隔 {hours} 小时，任意 7 天占比 {share}，推销分 {budget}',
  },
  'warn.every-day-rest': {
    en: 'every day of the week is a rest day (schedule.restDays), so nothing is planned; remove a day from restDays to post again',
    'zh-CN': '一周每天都是休息日（schedule.restDays），所以没有排任何帖子；从 restDays 里去掉一天就能继续发',
  },
  'warn.library-thin': {
    en: 'the templates that fit cover about {posts} posts in {days} days and postsPerDay.min needs {needed}: later weeks may be refused; add templates for its interests ({topics}) or lower postsPerDay.min ({min})',
    'zh-CN': '适合的模板在 {days} 天里大约只够发 {posts} 条，而 postsPerDay.min 需要 {needed} 条：之后几周可能排不出来；请为其兴趣（{topics}）添加模板，或调低 postsPerDay.min（{min}）',
  },
  'warn.products-over-budget': {
    en: 'no product post can go out: the lightest product template declares salesiness {lightest}, above weeklySalesinessBudget {budget} (raise the budget or add a gentler product template)',
    'zh-CN': '产品帖发不出去：最轻的产品模板声明推销分 {lightest}，高于 weeklySalesinessBudget {budget}（请提高预算，或添加更温和的产品模板）',
  },
  'warn.share-allows-none': {
    en: 'no marketing post can go out: any 7 days hold at most {posts} posts ({max} a day on {days} active days), and maxMarketingShare {share} allows none of them (raise the share or post more often)',
    'zh-CN': '营销帖发不出去：任意 7 天最多 {posts} 条（每天 {max} 条，{days} 个发帖日），maxMarketingShare {share} 一条也不允许（请提高占比，或多发几条）',
  },
  'warn.share-zero': {
    en: 'maxMarketingShare is 0, so no marketing post goes out (no product posts, no live lead-ups); raise it to let some through',
    'zh-CN': 'maxMarketingShare 为 0，所以不会发任何营销帖（没有产品帖，也没有直播预告）；调高它才会有',
  },
  'warn.no-products': {
    en: 'no product template fits any of its products, so this plan has no marketing posts',
    'zh-CN': '没有适合其产品的产品模板，本计划没有营销内容',
  },

  // Revising one post of a plan (persona swap, plan --interactive).
  'revise.no-post': { en: 'plan of {persona} has no post "{post}"', 'zh-CN': '{persona} 的计划中没有 "{post}" 这条' },
  'revise.no-post-hint': { en: 'Post ids in this plan: {ids}.', 'zh-CN': '本计划中的帖子 id：{ids}。' },
  'revise.refused': { en: '{post}: this change would break "{rule}"', 'zh-CN': '{post}：这样改会违反"{rule}"' },
  'revise.refused-hint': {
    en: 'Keep the post as it is, try another swap, or change a different day.',
    'zh-CN': '保留原样、换一条试试，或改别的日子。',
  },
  'revise.no-alternative': { en: '{post}: no other template fits this slot', 'zh-CN': '{post}：没有别的模板适合这个时段' },
  'revise.no-alternative-hint': {
    en: 'Add templates for this persona, or edit the text instead.',
    'zh-CN': '给这个人设添加模板，或直接修改文字。',
  },

  // verify(): one message per violated guarantee, with the numbers.
  'verify.offset': {
    en: '{post}: {at} is not a real local time in {timezone} (that instant is {offset} there)',
    'zh-CN': '{post}：{at} 在 {timezone} 不是真实存在的本地时间（那一刻当地是 {offset}）',
  },
  'verify.lead-up-after': {
    en: '{post}: a live lead-up at {at} with no stream of {product} in the {days} days after it',
    'zh-CN': '{post}：{at} 的直播预告之后 {days} 天内没有 {product} 的直播',
  },
  'verify.second-occurrence': {
    en: '{post}: {at} is the second {time} of {date} in {timezone} (the clocks go back that day); a repeated time means its first occurrence',
    'zh-CN': '{post}：{at} 是 {timezone} {date} 第二次出现的 {time}（当天时钟回拨）；重复的时间应取第一次',
  },
  'verify.outside-window': { en: '{post}: {time} is outside the posting windows ({windows})', 'zh-CN': '{post}：{time} 不在发布时段内（{windows}）' },
  'verify.outside-range': { en: '{post}: {date} is outside the plan range {from}…{to}', 'zh-CN': '{post}：{date} 不在计划范围 {from}…{to} 内' },
  'verify.rest-day': { en: '{date} is a rest day but has {count} post(s)', 'zh-CN': '{date} 是休息日，却有 {count} 条' },
  'verify.posts-per-day': { en: '{date} has {count} post(s), outside [{min}, {max}]', 'zh-CN': '{date} 有 {count} 条，不在 [{min}, {max}] 内' },
  'verify.series-missing': { en: '{date}: series "{series}" has no post inside {window}', 'zh-CN': '{date}：栏目"{series}"在 {window} 内没有帖子' },
  'verify.marketing-flag': {
    en: '{post}: kind {kind} with salesiness {salesiness} must be marked marketing (threshold {threshold})',
    'zh-CN': '{post}：类型 {kind}、推销分 {salesiness}，应标为营销（阈值 {threshold}）',
  },
  'verify.marketing-per-day': { en: '{date} has {count} marketing posts, at most {max} allowed', 'zh-CN': '{date} 有 {count} 条营销，最多允许 {max} 条' },
  'verify.marketing-gap': {
    en: '{first} and {second} are {hours} hours apart, at least {min} required between marketing posts',
    'zh-CN': '{first} 与 {second} 相隔 {hours} 小时，营销之间至少要隔 {min} 小时',
  },
  'verify.rolling-share': {
    en: '{from}…{to}: {marketing} marketing of {posts} posts, above the share {share}',
    'zh-CN': '{from}…{to}：{posts} 条中有 {marketing} 条营销，超过占比 {share}',
  },
  'verify.salesiness-budget': {
    en: '{from}…{to}: summed salesiness {sum}, above the budget {budget}',
    'zh-CN': '{from}…{to}：推销分合计 {sum}，超过预算 {budget}',
  },
  'verify.cooldown': {
    en: '{post}: template {template} was also used on {other}, within its {days}-day cooldown',
    'zh-CN': '{post}：模板 {template} 在 {other} 也用过，仍在 {days} 天冷却期内',
  },
  'verify.quiet-day': { en: '{post}: marketing on quiet day {date}', 'zh-CN': '{post}：静默日 {date} 发了营销' },
  'verify.team-template': {
    en: '{date}: template {template} is used by {count} personas of team {team} ({personas}), at most {max}',
    'zh-CN': '{date}：模板 {template} 被团队 {team} 的 {count} 个人设使用（{personas}），最多 {max} 个',
  },
  'verify.topic-per-day': { en: '{date}: two posts on topic {topic} ({posts})', 'zh-CN': '{date}：话题 {topic} 有两条（{posts}）' },
  'verify.voice': { en: '{post}: the text contains "{word}"', 'zh-CN': '{post}：文字里有"{word}"' },
  'verify.emoji': { en: '{post}: the text has "{emoji}", and the persona\'s voice has no emoji (emoji: none)', 'zh-CN': '{post}：文字里有"{emoji}"，而人设的语气设定为不用表情（emoji: none）' },
  'verify.voice-chat': { en: '{post}: its {stage} chat script contains "{word}"', 'zh-CN': '{post}：配套的 {stage} 私聊话术里有"{word}"' },
  'verify.unique-text': { en: '{post}: the same text was posted as {other}', 'zh-CN': '{post}：与 {other} 的文字完全相同' },
  'overlapping-plan': {
    en: 'persona {persona}: {from} – {to} overlaps {label} ({planFrom} – {planTo}), which is already planned; nothing was written',
    'zh-CN': '人设 {persona}：{from} – {to} 与已排好的 {label}（{planFrom} – {planTo}）有重叠，未写出任何文件',
  },
  'overlapping-plan-hint': {
    en: 'Two plans for the same days would both be posted. Re-plan {label} itself ({again}), or delete {file} first.',
    'zh-CN': '同一天有两份计划会被重复发出。请直接重排 {label}（{again}），或先删除 {file}。',
  },
  'overlapping-plans': {
    en: '{n} personas ({personas}): {from} – {to} overlaps {label} ({planFrom} – {planTo}), which is already planned; nothing was written',
    'zh-CN': '{n} 个人设（{personas}）：{from} – {to} 与已排好的 {label}（{planFrom} – {planTo}）有重叠，未写出任何文件',
  },
  'overlapping-plans-hint': {
    en: 'Two plans for the same days would both be posted. Re-plan {label} itself ({again}), or delete their files in {dir} first.',
    'zh-CN': '同一天有两份计划会被重复发出。请直接重排 {label}（{again}），或先删除 {dir} 里这些人设的文件。',
  },
  'verify.refused': {
    en: 'persona {persona}: the planner produced a plan that breaks "{rule}"; nothing was written',
    'zh-CN': '人设 {persona}：规划结果违反"{rule}"，未写出任何文件',
  },
  'verify.history-looser': {
    en: 'persona {persona}: {labels}, already written under a looser "{rule}" ceiling ({was}, now {now}), leave the 7 days that reach into this week over the new one; nothing was written',
    'zh-CN': '人设 {persona}：已写出的 {labels} 是按更宽的"{rule}"上限（{was}，现为 {now}）排的，与本周相连的 7 天已超出新上限；未写出任何文件',
  },
  'verify.history-looser-hint': {
    en: 'Plan those weeks again under the new rules, earliest first ({again}), then this one; or keep the old ceiling until those weeks are more than 7 days back.',
    'zh-CN': '先按新规则从最早的一周起重新规划这些周（{again}），再规划本周；或在这些周过去 7 天以上之前保留原来的上限。',
  },
  'verify.refused-hint': {
    en: 'This is a planner bug; please report it with the persona and the command. Try another --seed meanwhile.',
    'zh-CN': '这是规划器的缺陷，请附上人设和命令报告。可暂时换一个 --seed 试试。',
  },
} as const satisfies Catalog;

export const msg = messenger('plan', messages);
