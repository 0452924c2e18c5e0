// How a phrase is used: urged ("赶紧下单！"), said plainly, described ("很多客户会直接下单"), negated or quoted.
// Salesiness is about what the text asks of its reader, so the same word weighs very differently.
import { exclaimedEn, isClauseMark, isVerbPhrase, modeEn } from './context-en.js';

export type Mode = 'imperative' | 'plain' | 'descriptive' | 'negated' | 'quoted';

/** Modes in which a phrase is talked about rather than used: counted lightly, never reported by lint. */
export function isMention(mode: Mode): boolean {
  return mode === 'descriptive' || mode === 'negated' || mode === 'quoted';
}

export const MODE_FACTOR: Readonly<Record<Mode, number>> = {
  imperative: 1.3,
  plain: 1,
  descriptive: 0.1,
  negated: 0.1,
  quoted: 0.1,
};

type Marker = readonly [text: string, mode: Mode];

/** What the writer paid as a customer: "给妈妈买的围巾打了五折", "AA，每人68", "给老公买了双跑鞋，原价699". */
const ZH_PAID = ['打了', '打完折', '买的', '买了', '多拿了', '交了', '付了', '续了', '凑钱', '人均', 'AA', '捡的漏', '捡漏', '捡到', '淘到'] as const;

/** What a seller might say, put to them: 你说…, 如果你说…. */
const ZH_IF_YOU_SAY = ['你说', '如果你说', '你要是说', '要是你说', '假如你说'] as const;
/** A comparison names a price, it tells no story and no other shop's sale: 比去年便宜, 比超市便宜一半. */
const ZH_COMPARED = ['比去年', '比上次', '比以前', '比之前', '比平时', '比原来', '比往年', '比超市', '比商场', '比别家', '比网上', '比市场', '比专柜', '比外面', '比同行', '只要同行', '同行一半', '同行的一半', '低于同行', '同行价', '过超市', '过商场', '过外面', '过网上', '过专柜'] as const;

/** Another shop's sale is news, not an offer ("楼下水果店打折"); our own shop's is (本店, 小店, 门店). */
const ZH_SHOPS: readonly Marker[] = [
  ...(['店', '超市', '商场', '菜市场', '市场', '网上', '别家', '隔壁', '那家', '铺', '铺子', '摊', '摊子', '面馆', '档口', '邻居开的', '朋友开的', '老板说', '老板讲'] as const).map((m): Marker => [m, 'descriptive']),
  // Hotels and restaurants are no other shop's sale: 五星级酒店同款枕头.
  ...(['酒店', '饭店', '宾馆'] as const).map((m): Marker => [m, 'plain']),
  ...(['本店', '小店', '门店', '店铺', '我家店', '我们店', '店里', '旗舰店', '实体店', '网店', '新店', '到店', '进店', '开业', '开张', '店庆', '店长', '店主', '全店', '店内', '全店通用'] as const).map((m): Marker => [m, 'plain']),
];

const ZH_BEFORE: readonly Marker[] = [
  ...(['赶紧', '赶快', '快', '快来', '快去', '快快', '马上', '立即', '立刻', '立马', '速', '速速', '抓紧', '别犹豫', '不要犹豫', '不用犹豫', '别错过', '不要错过', '还等什么', '还不', '现在就', '今天就', '今晚就', '记得', '一定要', '都来', '欢迎', '请', '值得', '建议', '推荐', '赶紧去', '直接冲', '闭眼'] as const).map((m): Marker => [m, 'imperative']),
  // Those not in yet, called on: "还没报的家长抓紧私我" (没 here negates nothing said to them).
  ...(['还没报的', '还没报名的', '还没买的', '还没下单的', '还没入手的', '没抢到的', '还没抢到的', '还没上车的', '没买到的', '还没买到的'] as const).map((m): Marker => [m, 'imperative']),
  // Longer words that merely contain a marker (特别 is not 别, 会员 is not 会).
  ...(['市场价', '现在', '在线', '实在', '存在', '自在', '好在', '所在', '在用的', '在喝的', '在吃的', '在穿的', '在涂的', '特别', '分别', '区别', '告别', '级别', '类别', '差别', '个别', '会员', '机会', '说明', '小说', '问题', '请问', '顾问', '学问', '访问', '多少', '至少', '少女', '少年', '少儿', '少量', '愉快', '凉快', '快乐', '快递', '快餐', '快手', '会议', '体会', '社会', '学会', '约会', '聚会', '晚会', '展会', '年会', '庙会', '开会', '发布会', '品鉴会', '读书会', '音乐会', '演唱会', '其他', '吉他', '他乡', '没事', '恐怕', '哪怕', '让利', '转让', '被子', '被套', '棉被', '请客'] as const).map((m): Marker => [m, 'plain']),
  // Hearsay: "茶叶好像经常被说能降三高".
  ...(['被说', '被说成', '据说', '听说', '传说'] as const).map((m): Marker => [m, 'quoted']),
  ...(['去掉了', '去掉', '删掉了', '拿掉了', '不追求', '不求', '不图', '不靠', '不敢说', '不能说', '不是说', '别说', '不说', '谈不上', '不建议', '不推荐', '不太建议', '并不建议', '不太推荐'] as const).map((m): Marker => [m, 'negated']),
  // Not at once is not urged: "可能不会马上带来报名".
  ...(['不会马上', '不会立刻', '不会立即', '不要马上', '不用马上', '不一定马上', '没法马上', '不能马上'] as const).map((m): Marker => [m, 'negated']),
  // A comparison with any of them names a kind: "这比任何一次打折促销都有用", "是任何秒杀活动都换不来的".
  ...(['比任何', '任何一次', '任何'] as const).map((m): Marker => [m, 'quoted']),
  // A feed described by what fills it: "满屏都是价格和倒计时".
  ...(['满屏都是', '满屏的', '满屏', '刷到的全是', '全都是'] as const).map((m): Marker => [m, 'quoted']),
  // What a seller might say, put to them: "你说你的茶是全国第一，客户只会想…".
  ...ZH_IF_YOU_SAY.map((m): Marker => [m, 'quoted']),
  // What someone wrote or claimed: "有学员写蜂蜜能根治胃病".
  ...(['学员写', '有人写', '有些人写', '别人写', '同行写', '商家写', '他们写', '写着', '写道', '宣称', '声称', '号称', '吹嘘', '喜欢说', '喜欢写', '爱写', '爱说', '总说', '总爱说', '常说', '动不动就说', '张口就是'] as const).map((m): Marker => [m, 'quoted']),
  ...(['不要', '别', '不用', '不必', '无需', '没有', '没', '不会', '从不', '从来不', '不再', '少', '拒绝', '不想', '不喜欢', '讨厌', '反感', '怕', '不是', '不敢', '不能', '并非', '谈不上'] as const).map((m): Marker => [m, 'negated']),
  ...(['冲着'] as const).map((m): Marker => [m, 'descriptive']),
  // A tactic named: "制造稀缺感".
  ...(['制造'] as const).map((m): Marker => [m, 'quoted']),
  ...(['怎么让人', '怎么让客户', '怎样让人', '如何让人', '如何让客户'] as const).map((m): Marker => [m, 'descriptive']),
  ...(['很多', '好多', '不少', '有人', '有的', '有些', '他们', '她们', '他', '她', '别人', '同行', '会', '经常', '常常', '总是', '曾经', '以前', '之前', '上次', '上回', '上周', '上个月', '前几天', '前阵子', '昨天', '去年', '那会儿', '那时', '当年', '小时候', '记得那', '说', '问', '让', '被', '在', '正在', '一般', '通常', '很快', '已经', '刚', '刚刚', '后来', '当时', '看到', '听说', '还记得', '那年'] as const).map((m): Marker => [m, 'descriptive']),
  // A comparison is no story: "比去年便宜一半".
  ...ZH_COMPARED.map((m): Marker => [m, 'plain']),
  ...(['很多销售', '不少销售', '有的销售', '有些销售', '很多商家', '很多老板', '很多主播', '很多团长', '很多微商', '很多卖家', '很多店主', '只剩下', '如果', '假如', '要是', '除非', '年轻时', '年轻的时候', '小的时候', '上学时', '读书时'] as const).map((m): Marker => [m, 'descriptive']),
  ...(['分不清', '不会用', '搞不懂', '看不懂', '不得', '禁止', '严禁', '不准', '虚构', '不允许', '缺乏', '缺少'] as const).map((m): Marker => [m, 'negated']),
  // Figures of the business, not prices on offer: "客单价200元", "营业额…".
  ...(['客单价', '均价', '营业额', '业绩', '工资', '月薪', '花了', '花掉', '赚了', '成本是', '算下来'] as const).map((m): Marker => [m, 'descriptive']),
  // What the writer paid, in the clause itself also its totals and fines: "学费交了4800", "一共十节", "罚单200块".
  ...[...ZH_PAID, '打完', '一共', '总共', '罚了', '罚单'].map((m): Marker => [m, 'descriptive']),
  // Asking how or where to do it ("客户怎么下单呢？"): the phrase is the topic of the question.
  ...(['怎么', '怎样', '如何', '在哪', '在哪里', '去哪', '去哪里', '哪里', '哪儿', '什么时候', '哪天'] as const).map((m): Marker => [m, 'descriptive']),
  ...ZH_SHOPS,
];

const ZH_AFTER: readonly Marker[] = [
  ...(['！', '!', '吧', '啦', '起来', '走起', '哦', '呀', '就对了'] as const).map((m): Marker => [m, 'imperative']),
  // Announcing it has begun: "秒杀开始！", "团购来啦", "开团".
  ...(['开始！', '开始!', '开始啦', '开始咯', '来了！', '来了!', '来啦', '来咯', '开团', '上线啦', '上线了！'] as const).map((m): Marker => [m, 'imperative']),
  ...(['了', '过', '的时候', '的人', '的', '时', '后', '之后', '以后', '率', '量', '流程', '方式'] as const).map((m): Marker => [m, 'descriptive']),
  // What someone said or asked by that channel: "朋友私聊我说她要结婚了".
  // Not 说 alone: "想要的找我说一声！" still invites.
  ...(['说她', '说他', '说我', '说要', '说想', '说自己', '说他们', '问我'] as const).map((m): Marker => [m, 'descriptive']),
  // 了解 is no 了 of a thing done: "加V了解详情"; 后天 is a day, not "after": "明天下单后天到".
  ...(['了解', '后天', '后台'] as const).map((m): Marker => [m, 'plain']),
  ...(['这种', '这类', '之类', '这些词', '这样的话', '这种话', '这几个字', '这个词', '字眼', '话术', '这样的写法', '这样的说法'] as const).map((m): Marker => [m, 'quoted']),
  // A kind of post or copy named after the phrase: "每发一条秒杀帖", "限时文案", "手慢无式的套路".
  ...(['帖', '帖子', '文案', '套路', '式营销', '式文案', '的套路', '的文案', '的帖子', '这类背书', '这种背书', '之类的背书', '标签', '的标签', '字样', '的字样'] as const).map((m): Marker => [m, 'quoted']),
];

/**
 * What the rest of a clause says of the phrase when the phrase is its topic: "限时和秒杀的问题在于…",
 * "秒杀这件事…". Read up to the end of the clause after the phrase.
 */
const ZH_TOPIC_AFTER = /^(?:[^。！？!?\n，,]{0,4}?什么的|[^。！？!?\n；;]{0,12}?[，,]\s*这些(?:都|也)?(?:可以|能|会)?(?:告诉|跟|讲给|说给)|[^。！？!?\n；;，,：:]{0,10}?(?:的问题|问题在于|的坏处|的弊端|的本质|的代价|的副作用|这件事|这些事|这类事|这种事|这回事|这种做法|这些做法|这一招|这招|怎么办|怎么处理|怎么写|怎么发|该怎么|不是不能|不是不可以|不是不行))/;

/** The rest of a clause ending in a yes/no question: "能根治吗？", "是最低价吗". */
const ZH_QUESTION_AFTER = /^[^，。！!,\n；;：:]{0,10}?[吗么][？?]?(?:$|[，。！？!?\n])/;

/** A marker governs its own clause: "会有大额优惠券，手慢无！" is urged although 会 describes. */
const CLAUSE_END = new Set(['。', '！', '？', '!', '?', '\n', '；', ';', '…', '，', ',', '：', ':', '.']);
/** Where a Chinese sentence ends; a comma or colon ends only a clause. */
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n', '；', ';', '.']);

/**
 * Sellers punctuate with spaces, emoji and marks as often as with commas: "闺蜜价就这一次🤫 私戳拿 过期不候",
 * "今晚不抢 明天就没了🔥 速度". In Chinese text each of these ends a clause as a comma would.
 */
function endsClauseZh(text: string, i: number): boolean {
  const ch = text[i]!;
  if (CLAUSE_END.has(ch)) return true;
  const c = ch.charCodeAt(0);
  // Spaces (a full-width one too) and · • separators, besides the marks both languages punctuate with.
  return c === 32 || c === 0x3000 || c === 9 || c === 0xb7 || c === 0x2022 || isClauseMark(c);
}

/**
 * Verbs of writing and shouting right before a phrase quote it without quotation marks: "每条都写仅剩三件",
 * "文案里全是限时". Only when adjacent: "写" further away is about something else.
 */
const ZH_QUOTING = ['说成', '说成是', '吹成', '写', '写着', '配上', '写上', '打上', '标着', '喊', '喊着', '满屏', '满屏的', '满篇的', '满是', '全是', '动不动就', '天天发', '每天发', '整天发', '老是发', '总发', '连发', '刷屏', '强调', '一直强调', '总强调', '发再多的', '发再多', '再多的', '满屏都是', '天天都是', '每天都是', '到处都是', '满眼都是', '宣称', '声称', '号称', '任何承诺'];

/**
 * Later in the sentence, words that turn what came before into examples of copy: "什么清仓甩卖、全场五折，
 * 这种话我们一句都不要有", "…，这些都是绝对化用语".
 */
const ZH_EXAMPLES_BEFORE = /(?:(?:什么|比如|例如|诸如|像是|包括|包含|至于)[：:]?|(?:广告|文案|帖子|轰炸|刷屏)[，,：:]|(?:形容|描述|夸|吹)[^，。！？!?\n：:]{0,6}[：:])(?:(?:[^，。！？!?,\n；;：:、]{0,12}、)+[^，。！？!?,\n；;：:、]{0,12})?$/;
const ZH_EXAMPLES_AFTER = /^(?:[^。！？!?\n]{0,30}?[，,]\s*(?:那|这)(?:就是|就成了|就变成)(?:广告|硬广|促销|推销))|^(?:的(?:说法|写法|字眼|词|承诺|话(?=[，,：:]?\s*(?:像|比如|例如|譬如))))|^\s*[，,：:]\s*(?:比如|例如|像是|譬如)|^[^。！？!?\n]{0,40}?(?:(?:这些|这类|这种|这样的)(?:[^，。！？!?\n]{1,12}的)?(?:写法|说法|字眼|信息|内容|文案|套路|表述|用语|词|标签|工具|手段|玩法|招数|手法|做法|方法|伎俩|话术|口号)|这种话|这类话|这些话|这样的话|这种写法|这样的写法|这类写法|这样的说法|这样的字眼|这样的(?:功效|绝对化)?(?:宣传|承诺|表述|用语)|这些词|这类词|这样的词|这些都是|一句都不要|都不要写|不要写|别写|都不能写|都不能用|不能用|都?属于(?:违法|违规|虚假|夸大|违禁)|其实就是夸大|就是夸大宣传|那一套|挂在嘴边|(?:写|放|摆)在(?:最前面|开头|第一句|标题)|(?:全|都)是[^。！？!?\n]{0,8}(?:套路|话术|老一套)|都是违法|都是违规|均属违规|是违禁词|都是违禁|都换成|换成|改成|替换成|都删掉|删掉|这类背书|这种背书|之类的背书|这些说法|这类说法|这种说法|属于这一类|也属于这一类|同样要小心|也要小心|都要小心|写多了|惹上麻烦|惹麻烦|有风险|风险很大|会踩雷|也是同样的道理|同样的道理|也是一个道理|一条接一条|一条又一条|一遍又一遍|轮番轰炸|轮番发|反复发|来回发|天天如此|成了促销|像促销|像广告|像[^，。！？!?\n]{1,6}(?:促销单|传单|广告)|不仅违规|这是违规|属于违规|违反广告法|违反了广告法|的字样|字样|不能承诺|不得承诺|不能保证|不能打包票|多留个心眼|多留心眼|要当心|要警惕|别信|不要信|是骗局|都是骗局|非法集资|的非法|诈骗|被查处|被罚款)/;

/** A practice judged in general at the end of its sentence: 是一件很正常的事, 再正常不过. */
const ZH_JUDGED_AFTER = /^[^。！？!?\n]{0,40}?(?:是(?:一件)?(?:很|挺|非常)?(?:正常|常见|平常|合理)的事(?:情|儿)?|再正常不过|(?:也)?是应该的|无可厚非|理所当然)|^[^。！？!?\n，,]{0,6}(?:也许|或许|可能)(?:能|会)?(?:多卖|卖出|带来|拉动|有用)|^[^。！？!?\n]{0,4}[，,]\s*(?:就|也|反而)?(?:没(?:有)?人|没人会|谁都不|大家都不)(?:再)?(?:相信|信|看|理|在意|当真)/;

/**
 * Subjects and story time that govern a whole Chinese sentence, lists included: "很多新人一上来就天天刷屏，
 * 早上发新品，中午发秒杀" describes what others post; "小时候一根冰棍只要5毛，2块钱能买一大袋零食" what things cost.
 */
const ZH_SENTENCE_WIDE: readonly Marker[] = (
  // Not 记得 alone: "记得定好闹钟" reminds the reader; "还记得", "我记得" remember.
  ['小时候', '那会儿', '那时候', '那时', '当年', '以前', '从前', '还记得', '我记得', '记得那', '上次', '上回', '上周', '上个月', '前几天', '前阵子', '去年', '那年', '当时', '很多人', '好多人', '不少人', '有人', '有些人', '有的人', '他们', '她们', '同行', '别人', '新人', '微商', '见过', '看到', '看过', '刷到', '听说', '刚入行', '短信说', '短信里说', '骗子', '年轻时', '年轻的时候', '医生说', '大夫说', '很多销售', '不少销售', '有的销售', '有些销售', '很多商家', '很多老板', '很多主播', '很多团长', '很多卖家', '有一次', '跟我说', '对我说', '告诉我'] as const
)
  .map((m): Marker => [m, 'descriptive'])
  .concat(ZH_COMPARED.map((m): Marker => [m, 'plain']))
  // What the writer paid, told across the sentence.
  .concat(ZH_PAID.map((m): Marker => [m, 'descriptive']))
  // Our comparison with the market, not another shop's sale: "市场价上万，今天直播间只要2980".
  .concat((['市场价'] as const).map((m): Marker => [m, 'plain']))
  // The same across the sentence.
  .concat(ZH_IF_YOU_SAY.map((m): Marker => [m, 'quoted']))
  // Addressing the reader, not telling what was seen: "看到这条的朋友 今天下单都有小礼物".
  .concat((['看到这条', '看到这里的', '刷到这条', '看到的朋友', '看到的姐妹', '看到的宝妈', '看到的家人', '看过来', '看这里', '看这边'] as const).map((m): Marker => [m, 'plain']))
  .concat(ZH_SHOPS);

/** Opening quotes and their closing partners; ASCII " pairs up within a line. */
const OPENING: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '《': '》', '‘': '’', '"': '"' };

/**
 * A label that introduces an example of copy, at the start of a line or sentence and before a colon: "错误示范：
 * 今晚8点限时秒杀", "例如：降三高、防癌", "Wrong: Flash sale tonight", numbered ("第二条错误示范：", "Third
 * example:") or as the original of a rewrite ("Original:"). What follows, to the end of the line, is the example. Only labels nobody opens a sale with (not "Before:", which strikes through a price).
 */
const EXAMPLE_LABEL =
  /(?:^|[\n。！？!?；;，,])[ \t]*[（(【[]?[ \t]*(?:第[一二三四五六七八九十\d]+(?:条|个|种|句|段)的?|(?:(?:the )?(?:first|second|third|fourth|fifth|sixth|next|last|another|one more|a) ))?(?:(?:错误|反面|违规|负面|正确|正面)(?:示范|示例|写法|例子|案例|文案|做法|版本)|问题在哪|错在哪|改写说明|修改说明|what['’]s wrong|the problem|反例|正例|例如|比如|举例|举个例子|示例|原文|原句|改写前|改写后|改前|改后|问|提问|q|question|(?:bad|wrong|poor|good|right|better)(?: (?:example|copy|version|post|caption))?|don['’]t(?: write| say| post)?|do not (?:write|say|post)|avoid|never write|examples?(?: of (?:what not to (?:do|write|post)|bad copy|what to avoid))?|for (?:example|instance)|e\.g\.|instead of|original|the original|original (?:copy|post|version|caption))[ \t]*[）)】\]]?[ \t]*[：:]/giu;

/**
 * A post or caption someone wrote, after a colon: "有个学员每天发：艾灸一次见效，立即预约", "she posted: buy now".
 * Only verbs of posting and writing: "老板说：今天五折" may be our own offer told through someone.
 */
const QUOTED_POST = /(?:(?:发|发了|写|写着|写道|配文|问|问我|暗示(?:对方|客户|你)?|意思是|潜台词是|等于在说|言下之意是|这样写|这样说|像[^，。：:！？!?\n]{0,12}一样|(?<!\byou )asked|posted|posts|wrote|writes|captioned|the caption read|the post said|(?:posted|posts|wrote|writes|said|says|shared|shares) (?:something|stuff|things|lines|captions) like)[ \t]*[：:]|(?:写的是|配的文字是|配的文案是|配文是|文案是|文案写着|标题是|标题写着|写法是|写法就是|说法是|模板是)[：:]?|(?:朋友圈|文案|广告|标题|海报|详情页)(?:里|上|中)?(?:写|写着|写了|写的是)[：:]?)/giu;

const QUOTED_POST_WORDS = ['写', '配的', '配文', '文案', '标题', '问', '暗示', '意思是', '潜台词', '等于在说', '言下之意', '这样说', '一样'];
const BOTH = [EXAMPLE_LABEL, QUOTED_POST];
const POSTS = [QUOTED_POST];
const NONE: RegExp[] = [];

/**
 * Square brackets act as quotation marks after a word that introduces examples: "违规写法包括【全网最低价】
 * 【行业第一】", "violations include [lowest price online], [#1 in the industry]". Elsewhere 【限时秒杀】 is a
 * headline, not a quote.
 */
const BRACKET_INTRO = /(?:包括|包含|比如|例如|诸如|像是|写法|违规词|禁用词|include|includes|including|such as|e\.g\.)/i;
const BRACKETS: Readonly<Record<string, string>> = { '【': '】', '[': ']' };

export interface Span {
  start: number;
  end: number;
}

/**
 * The quoted stretches of a text, each [start, end) between its marks: a phrase inside one is talked about.
 * An unclosed quotation runs to the end of its line; ’ between letters is the apostrophe of "don’t".
 */
export function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  labelledExamples(text, out);
  if (text.includes('【') || text.includes('[')) bracketQuotes(text, out);
  if (SHOUT_INTRO_HINT.test(text)) shoutedQuotes(text, out);
  if (!/[“「『《‘"]/.test(text)) return out;
  let i = 0;
  while (i < text.length) {
    const open = OPENING[text[i]!];
    if (!open) {
      i++;
      continue;
    }
    let j = i + 1;
    for (; j < text.length && text[j] !== '\n'; j++) {
      if (text[j] !== open) continue;
      if (open === '’' && j + 1 < text.length && /\p{L}/u.test(text[j + 1]!) && /\p{L}/u.test(text[j - 1] ?? '')) continue;
      break;
    }
    out.push({ start: i + 1, end: j });
    i = j + 1;
  }
  return out;
}

/** The example after each label (EXAMPLE_LABEL), to the end of its line. */
function labelledExamples(text: string, out: Span[]): void {
  // Both need a colon, or one of the few words that quote without one (写的是, 配的文字是, 文案是, 标题是).
  const colon = text.includes(':') || text.includes('：');
  for (const re of colon ? BOTH : QUOTED_POST_WORDS.some((w) => text.includes(w)) ? POSTS : NONE) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + m[0].length;
      const nl = text.indexOf('\n', start);
      const end = nl < 0 ? text.length : nl;
      out.push({ start, end });
      re.lastIndex = Math.max(end, re.lastIndex);
    }
  }
}

/** A sign or an ad shouting in capitals, quoted without quotation marks: "an ad shouting LAST 3 DAYS! EVERYTHING HALF PRICE!". */
const SHOUT_INTRO = /\b(?:ad|ads|advert|adverts|advertisement|sign|signs|poster|posters|banner|banners|billboard|flyer|flyers|leaflet|caption|captions|message|messages|email|video|videos|window|seller|sellers|speaker|loudspeaker|megaphone)\b[^.!?\n]{0,40}?\b(?:shouting|screaming|yelling|blaring|flashing|saying|says|said|reading|reads|that said|that says)\s+(?=[A-Z0-9$£€])/g;
const SHOUT_INTRO_HINT = /[A-Z]{2}/;
/** A word in capitals (or a figure) of the shouted stretch, with what may follow it before the next. */
const SHOUTED_WORD = /[A-Z0-9$£€%][A-Z0-9$£€%'’.&-]*[!?:,]*\s*/y;

/** The capitals after a sign or ad that shouts them (SHOUT_INTRO): two words or more, one of them a word. */
function shoutedQuotes(text: string, out: Span[]): void {
  SHOUT_INTRO.lastIndex = 0;
  for (let m = SHOUT_INTRO.exec(text); m; m = SHOUT_INTRO.exec(text)) {
    const start = m.index + m[0].length;
    let end = start;
    let count = 0;
    let word = false;
    SHOUTED_WORD.lastIndex = start;
    for (let w = SHOUTED_WORD.exec(text); w; w = SHOUTED_WORD.exec(text)) {
      count++;
      if (/[A-Z]{2}/.test(w[0])) word = true;
      end = w.index + w[0].trimEnd().length;
      // Lower case next: the shouting is over ("… HALF PRICE! and I nearly …").
      if (/[a-z]/.test(text[SHOUTED_WORD.lastIndex] ?? '')) break;
    }
    if (count >= 2 && word) out.push({ start, end });
    SHOUT_INTRO.lastIndex = Math.max(end, SHOUT_INTRO.lastIndex);
  }
}

/** Bracketed stretches after a word introducing examples in the same sentence (BRACKET_INTRO). */
function bracketQuotes(text: string, out: Span[]): void {
  let sentence = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (SENTENCE_END.has(c) && c !== '.') sentence = i + 1;
    const close = BRACKETS[c];
    if (!close) continue;
    const j = text.indexOf(close, i + 1);
    if (j < 0 || text.slice(i + 1, j).includes('\n')) continue;
    if (BRACKET_INTRO.test(text.slice(sentence, i))) out.push({ start: i + 1, end: j });
    i = j;
  }
}

/** Whether offset `at` lies inside one of the spans (a quotation, say). */
export function inside(spans: readonly Span[], at: number): boolean {
  for (const s of spans) if (at >= s.start && at < s.end) return true;
  return false;
}

function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** Markers indexed by their last code unit, longest first, so a window is read backwards once. */
function byLastChar(markers: readonly Marker[]): Map<number, Marker[]> {
  const map = new Map<number, Marker[]>();
  for (const marker of [...markers].sort((a, b) => b[0].length - a[0].length)) {
    const c = marker[0].charCodeAt(marker[0].length - 1);
    (map.get(c) ?? map.set(c, []).get(c)!).push(marker);
  }
  return map;
}

const ZH_BEFORE_INDEX = byLastChar(ZH_BEFORE);
const ZH_SENTENCE_INDEX = byLastChar(ZH_SENTENCE_WIDE);
const ZH_SHOP_INDEX = byLastChar(ZH_SHOPS);

/** The marker ending closest to the hit wins; at one end position the longest (特别 over 别). */
function closestBefore(text: string, from: number, to: number, index: Map<number, Marker[]>, others: readonly Span[]): Mode | null {
  for (let e = to; e > from; e--) {
    const list = index.get(text.charCodeAt(e - 1));
    if (!list) continue;
    for (const [m, mode] of list) {
      const at = e - m.length;
      if (at < from || !text.startsWith(m, at)) continue;
      // A marker inside another sales phrase belongs to it: the 别 of 别错过 is part of that phrase.
      if (others.some((o) => o.start < e && at < o.end)) continue;
      return mode;
    }
  }
  return null;
}

function after(text: string, end: number, markers: readonly Marker[]): Mode | null {
  let best: Mode | null = null;
  let bestLen = 0;
  for (const [m, mode] of markers) {
    if (m.length > bestLen && text.startsWith(m, end)) {
      best = mode;
      bestLen = m.length;
    }
  }
  return best;
}

function hasCjk(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isCjk(text.charCodeAt(i))) return true;
  return false;
}

/** Latin context: the hit has no Chinese and neither has what precedes it ("¥99" after 只要 is Chinese). */
function isLatinContext(text: string, start: number, end: number): boolean {
  if (hasCjk(text, start, end)) return false;
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    return !isCjk(c) && c < 0x3000;
  }
  return true;
}

/**
 * Someone other than the writer as the subject of a call to action describes what they did: "客户私戳我问孩子
 * 几个月了", "学员私信我说…". Not 宝妈 or 朋友, whom a slogan addresses (宝妈必囤).
 */
/** 需要的家长, 还没报的学生 are spoken to, not told about: 家长 and 学生 after 的 are no subject. */
const ZH_SUBJECT_BEFORE = /(?:[\d一二两三四五六七八九十百几]+多?个人|客户|顾客|客人|(?<!的)家长|(?<!的)学生|患者|熟客|老客|学员|读者|网友|邻居|同事|老公|老婆|婆婆|同学|有个人|有位|(?:一位|有位|有个|一个|老|好)朋友)(?:从[^，。！？!?,]{0,8}到(?:第一次)?)?(?:直接|也|又|还|都|就|刚|偷偷)?[^，。！？!?,\s们]{0,6}$/;

/** 的 after a phrase names people by it, and what follows urges them: "没接龙的赶紧", "还没下单的姐妹们抓紧". */
const ZH_ADDRESSED_AFTER = /^的(?:朋友|姐妹|宝子|宝妈|亲|家人)?们?[，,\s]*(?:赶紧|抓紧|快来|快点|速来|速度|别犹豫|别错过|抓住)/;
/** A price word said of prices in general: "原价往往是虚构的", "折扣本身没有错". */
const ZH_GENERIC_AFTER = /^(?:往往|通常|一般都?|总是|常常|本身|从来|一结束|一停|一过|一没)/;

/** A promise refused right before the phrase: "也不承诺疗效", "我们从不宣传根治". */
const ZH_NOT_PROMISING = /(?:不|从不|绝不|不会|不能|不敢|不要)(?:承诺|宣传|提|夸|吹|保证|标榜|许诺)$/;

/** Saying or writing earlier in the phrase's clause; with others speaking earlier in the sentence, what they say. */
const ZH_SAID_IN_CLAUSE = /^[^，。！？!?\n]{0,2}(?:说|写|讲|吹|宣传|号称)[^，。！？!?\n]{0,16}$/;
const ZH_OTHERS_SAY = /(?:有些人|一些人|很多人|有人|他们|她们|同行|别人|有的人|不少人|商家|微商)[^。！？!?\n]*$/;

/** A denial of saying or writing the phrase that follows, a few words back in its clause. */
const ZH_NOT_SAYING = /(?:与其|不会|不能|不要|不该|不应该|不需要|不用|没必要|用不着|从不|从来不|(?<![特区告分级类个差性])别|不可以)[^，。！？!?\n]{0,8}(?:说|写|发|讲|用|搞|喊)(?:它|自己|自家|产品|东西|(?:你|我|我们|你们)的?[\u4e00-\u9fff]{0,3})?(?:能|会|可以|是)?(?:立即|马上|赶紧|立刻|赶快|快)?$/;

/** Words that bring a sentence back to the present, from a story or from what others do. */
const ZH_NOW = ['今天', '今晚', '这周', '本周', '这次', '这回', '现在', '目前', '明天', '本月', '这个月', '今年', '这批', '这款', '这一批'];
/** An offer opening: the sentence has turned to what is on sale now, whatever came before. */
const ZH_OFFER_NOW = ['到货', '开始报名', '开放报名', '开始预订', '可以预订', '可以订', '有活动', '做活动', '上新', '开售', '开团', '又到了', '又到货', '补货', '回归'];

const NOW_RE = new RegExp([...ZH_NOW, ...ZH_OFFER_NOW].sort((a, b) => b.length - a.length).join('|'), 'g');
const OFFER_NOW = new Set(ZH_OFFER_NOW);
/** The text whose NOW words were last found, and where each is: one pass per text, not per phrase. */
let nowText: string | null = null;
let nowWords: { start: number; end: number; offer: boolean }[] = [];

/**
 * Where the last of ZH_NOW or ZH_OFFER_NOW in [from, to) ends, or `from` when there is none. A time word that
 * is part of a sales phrase, or opens one, is that phrase's ("有人天天发限时秒杀，今天秒杀明天秒杀" tells what
 * others post).
 */
function lastNowWord(text: string, from: number, to: number, others: readonly Span[]): number {
  if (nowText !== text) {
    nowText = text;
    nowWords = [];
    NOW_RE.lastIndex = 0;
    for (let m = NOW_RE.exec(text); m; m = NOW_RE.exec(text)) nowWords.push({ start: m.index, end: m.index + m[0].length, offer: OFFER_NOW.has(m[0]) });
  }
  for (let k = nowWords.length - 1; k >= 0; k--) {
    const w = nowWords[k]!;
    if (w.end > to) continue;
    if (w.start < from) break;
    if (!w.offer && others.some((o) => o.start <= w.end && w.start < o.end)) continue;
    return w.end;
  }
  return from;
}

const ZH_WRITTEN_LIST = /(?:写着|写的是|配上|配着|标着|挂着|喊着)[^。！？!?\n，,；;：:]{1,16}、[\u4e00-\u9fff]{0,3}$/;
/** How a post is worded, told: "而不是写成今天最后一天，错过再等一个月". */
const ZH_WRITTEN_AS = /(?:写成|说成|改成|写的是)[^。！？!?\n；;]{0,20}$/;
const ZH_OFTEN_TOPIC = /(?:[月周天年拜]|偶尔|每次)一次的$/;
const ZH_OFTEN_PREDICATE = /(?:[月周天年拜]|偶尔|每次)一次的[\u4e00-\u9fff]{1,4}(?:就是|是|算是|算)$/;
const ZH_OCCASIONALLY = /偶尔(?:发|推|搞|做|来)(?:一次|一两次|一条|一下)?$|(?:最多|至多|顶多|只)(?:发|推|搞|做|来)?(?:一次|一两次|两次|一条)$/;
const ZH_COPULA_AFTER = /^(?:就|也|才|都)?(?:是|算|叫)/;

/** Whether the clause before a phrase says how often such a thing is posted, as a judgement in general. */
function howOften(clause: string, next: string): boolean {
  return ZH_OCCASIONALLY.test(clause) || ZH_OFTEN_PREDICATE.test(clause) || (ZH_OFTEN_TOPIC.test(clause) && ZH_COPULA_AFTER.test(next));
}

function modeZh(text: string, start: number, end: number, others: readonly Span[], action: boolean): Mode {
  if (action && ZH_SUBJECT_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return 'descriptive';
  // Those who do it, named: "找我买东西的人反而多了".
  if (action && /^(?!给)[\u4e00-\u9fff]{0,3}的人/.test(text.slice(end, end + 8))) return 'descriptive';
  for (const q of ZH_QUOTING) {
    const at = start - q.length;
    if (at >= 0 && text.startsWith(q, at) && !others.some((o) => o.start < start && at < o.end)) return 'quoted';
  }
  // 不 right before a phrase denies it ("它不完美", "今天不打折"); 被 tells what happened to it ("被抢光了");
  // further away either may belong to another word.
  const before = text[start - 1];
  // 还不/再不 before a phrase urges ("还不下单？", "再不抢就没了"); 不 alone denies it.
  if (before === '不' && (text[start - 2] === '还' || text[start - 2] === '再')) return 'imperative';
  // Those who have (not) done it, told to hurry: "没接龙的赶紧！", "想要的抓紧" address the reader, whatever 没 says.
  if (ZH_ADDRESSED_AFTER.test(text.slice(end, end + 12)) || (text[end - 1] === '们' && ZH_ADDRESSED_AFTER.test(`的${text.slice(end, end + 12)}`))) return 'imperative';
  if ((before === '不' || before === '被') && !others.some((o) => o.start < start && start - 1 < o.end)) return before === '不' ? 'negated' : 'descriptive';
  if (ZH_TOPIC_AFTER.test(text.slice(end, end + 24))) return 'quoted';
  if (ZH_EXAMPLES_AFTER.test(text.slice(end, end + 48))) return 'quoted';
  if (!action && ZH_GENERIC_AFTER.test(text.slice(end, end + 4))) return 'descriptive';
  // A practice judged in general ("节日做一次优惠…是一件很正常的事"): an offer talked about, unless urged.
  if (!action && ZH_JUDGED_AFTER.test(text.slice(end, end + 48))) return 'descriptive';
  // "什么威信、私聊、加V" / "比如国家级、最高级": examples listed after 什么 or 比如 in the same clause.
  if (ZH_EXAMPLES_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return 'quoted';
  let from = start;
  while (from > 0 && start - from < 16 && !endsClauseZh(text, from - 1)) from--;
  // What a post had written on it, listed: "几乎每条都写着新豆到货、欢迎订购".
  const written = text.slice(Math.max(0, start - 24), start);
  if (ZH_WRITTEN_LIST.test(written) || ZH_WRITTEN_AS.test(written)) return 'quoted';
  // How to make people buy, asked: "每天想的都是怎么让人立即抢购".
  if (/(?:怎么|怎样|如何)让(?:人|客户|大家|别人|顾客)[\u4e00-\u9fff]{0,3}$/.test(text.slice(from, start))) return 'descriptive';
  // An example put as a whole clause: "比如说护肤品能根治什么，其实就是夸大宣传".
  if (/(?:比如说|比方说|例如说)[^，。！？!?\n]{0,10}$/.test(text.slice(Math.max(0, start - 14), start))) return 'quoted';
  // Another shop's opening: "楼下那家面馆今天开业打八折", "门口那家奶茶店开业搞买一送一" (开业 alone is our own).
  if (/(?:那家|隔壁|对面|楼下的?|门口的?|朋友开的|邻居开的|新开的|(?:朋友|闺蜜|同学|邻居|亲戚|表姐|表妹|我妈|我姐)的|(?:他|她|他们|人家|同学|朋友|邻居|亲戚)家的?)[^，。！？!?\n]{0,12}(?:开业|开张|店庆)[^。！？!?\n]{0,12}$/.test(text.slice(Math.max(0, start - 40), start))) return 'descriptive';
  // A question nobody answers: "谁家的名额能一年四季都只剩五个？" describes the claim it mocks.
  if (/(?:^|[，,。！？!?\n])\s*(?:谁家|谁能|哪家|哪有|哪儿有)[^，。！？!?\n]*$/.test(text.slice(Math.max(0, start - 30), start)) && /^[^，。！？!?\n]*[？?]/.test(text.slice(end, end + 30))) return 'descriptive';
  // The list goes on: "比如说某种茶能降三高，或者说练几节课就能治好腰椎间盘突出".
  if (/(?:比如|比方|例如|譬如)[^。！？!?\n]{0,60}[，,；;](?:或者说|或者|还有|再比如|又或者)[^，。！？!?\n]{0,12}$/.test(text.slice(Math.max(0, start - 90), start))) return 'quoted';
  // What the writer leaves out: "不加“仅此一天”，也不写划掉的原价".
  if (/(?:也|从|就|我)?不(?:写|加|标|放|发)[^，。！？!?\n]{0,6}$/.test(text.slice(Math.max(0, start - 10), start))) return 'negated';
  // A reason denied: "不是因为我发了多少优惠，而是因为他们记得我".
  if (/^(?:并)?不是因为/.test(text.slice(from, start))) return 'negated';
  // How often offers are posted, judged in general: "一个月一次的优惠是福利，每天一次的优惠就是噪音", "偶尔发一次优惠信息".
  if (!action && howOften(text.slice(from, start), text.slice(end, end + 4))) return 'descriptive';
  // Saying it denied, words apart: "你不会对朋友说全城最低价".
  if (ZH_NOT_SAYING.test(text.slice(from, start)) || ZH_NOT_PROMISING.test(text.slice(from, start))) return 'negated';
  // What others say or write, words apart: "有一些人喜欢写疗效，说某个膏药能根治腰疼".
  if (ZH_SAID_IN_CLAUSE.test(text.slice(from, start)) && ZH_OTHERS_SAY.test(text.slice(Math.max(0, start - 60), from))) return 'quoted';
  const mode = closestBefore(text, from, start, ZH_BEFORE_INDEX, others);
  let next = after(text, end, ZH_AFTER);
  // 了 after an action, or before an object, is done ("下单了", "团购了一箱橙子"); closing the clause after a
  // deadline or a price it announces ("错过就要等明年了！", "打折了！").
  if (next === 'descriptive' && !action && text[end] === '了' && !isCjk(text.charCodeAt(end + 1))) {
    next = after(text, end + 1, ZH_AFTER) === 'imperative' ? 'imperative' : null;
  }
  if (next === 'quoted') return 'quoted';
  if (mode === 'negated' || mode === 'descriptive' || mode === 'quoted') return mode;
  // Asked about, not offered: "这个病能根治吗？" (an urging question like 还不下单？ was decided above).
  if (mode !== 'imperative' && ZH_QUESTION_AFTER.test(text.slice(end, end + 16))) return 'descriptive';
  if (mode === 'imperative') return next === 'descriptive' ? 'descriptive' : 'imperative';
  // Urging right after the phrase outweighs who the sentence is about: "好多人都在抢，手慢无！".
  if (next === 'imperative') return next;
  let sentence = from;
  // Two or three clauses back at most: in a long post one 很多人都说 early on does not make a pitch at its end a story.
  while (sentence > 0 && start - sentence < 60 && !SENTENCE_END.has(text[sentence - 1]!)) sentence--;
  // A story told earlier in the sentence ends where the writer turns to now: "上次好多朋友说没抢到，这次我多备了
  // 一点，199三件套", "最近好多人问我在喝什么，就是这款玫瑰花茶，今天买二送一".
  const now = Math.max(sentence, lastNowWord(text, sentence, start, others));
  if (now < from) {
    const wide = closestBefore(text, now, from, ZH_SENTENCE_INDEX, others);
    if (wide) return wide;
  }
  // Whose shop it is holds through "today": "朋友开的咖啡店今天周年庆，全场打八折" is the friend's sale.
  if (sentence < now && sentence < from) {
    const shop = closestBefore(text, sentence, Math.min(now, from), ZH_SHOP_INDEX, others);
    if (shop) return shop;
  }
  return next ?? 'plain';
}

function modeLatin(text: string, start: number, end: number, others: readonly Span[], verb: boolean | undefined): Mode {
  const mode = modeEn(text, start, end, others, verb ?? isVerbPhrase(text.slice(start, end)));
  if (mode) return mode;
  if (text[end] === '!' || exclaimedEn(text, end)) return 'imperative';
  // Someone else bought it, later in the sentence: "Half price fleece jackets in the farm shop, Gareth bought two".
  if (/^[^.!?\n]{0,80}?[,;]\s*(?:i|we|she|he|they|my [a-z]+|[A-Z][a-z]+)\s+(?:bought|got|picked up|grabbed|snapped up)\b/.test(text.slice(end))) return 'descriptive';
  // A phrase opening its clause is an instruction or a headline: "Free shipping on all orders". A figure there
  // is what something cost: "$60 parking ticket for ten minutes".
  if (/^[$€£¥￥\d]/.test(text.slice(start, end))) return 'plain';
  let from = start;
  while (from > 0 && start - from < 60 && !CLAUSE_END.has(text[from - 1]!)) from--;
  return /[\p{L}\p{N}]/u.test(text.slice(from, start)) ? 'plain' : 'imperative';
}

/**
 * How the phrase at [start, end) is used in its sentence; `others` are the other hits of the text, `quotes`
 * its quoted stretches (quoteSpans, computed once per text by the caller), `action` whether the phrase is
 * something the reader is asked to do (a call to action) rather than a price, a deadline or a claim, and `verb`
 * whether it opens with an English verb (isVerbPhrase; known in advance for a lexicon entry).
 */
export function modeOf(text: string, start: number, end: number, others: readonly Span[] = [], quotes: readonly Span[] = quoteSpans(text), action = false, verb?: boolean): Mode {
  if (inside(quotes, start)) return 'quoted';
  const latin = isLatinContext(text, start, end);
  const mode = latin ? modeLatin(text, start, end, others, verb) : modeZh(text, start, end, others, action);
  if (isMention(mode)) return mode;
  // A phrase of one language in a sentence of the other: that sentence's own words may say it is talked about
  // ("forbids words like 最佳, 最低价", "英文里的 best 和 #1 同样要小心").
  const from = Math.max(0, start - 80);
  if (!latin && /[A-Za-z]{3}/.test(text.slice(from, start))) {
    const other = modeEn(text, start, end, others, false);
    if (other && isMention(other)) return other;
  } else if (latin && hasCjk(text, from, Math.min(text.length, end + 40))) {
    const other = modeZh(text, start, end, others, action);
    if (isMention(other)) return other;
  }
  return mode;
}

const EXPERIENCE = /^[^.!?。！？\n]{0,40}?\b(?:i've ever|i have ever|i ever|i've had|i've owned|i've used|i've bought|i've tasted|i've tried|i've seen|i've read|we've ever|of my life|in years|in ages|all week|all year|so far)\b/i;

/** "the best coffee I've had all week" is an experience, not a claim about goods (SAMR 2023). */
export function isExperience(text: string, end: number): boolean {
  return EXPERIENCE.test(text.slice(end, end + 60));
}

const SOFT_AFTER_ZH = /^(?:就好|就行|即可|就可以了|就可以|哈)/;
const SOFT_BEFORE_ZH = /(?:想了解|想试|想看看|想知道|感兴趣|好奇)[^，。！？!?\n]{0,6}$/;
const SOFT_AFTER_EN = /^\s+(?:if|whenever|anytime)\b/i;
const SOFT_BEFORE_EN = /\b(?:feel free to|you can always|happy if you|curious\??)\s*$/i;

/**
 * A call to action made conditional or optional: "想试的朋友私信我就好", "DM me if you're curious". It still
 * invites, so it counts a little, but it leaves the decision with the reader.
 */
export function isSoftened(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const rest = text.slice(end, end + 24);
  return SOFT_AFTER_ZH.test(rest) || SOFT_BEFORE_ZH.test(before) || SOFT_AFTER_EN.test(rest) || SOFT_BEFORE_EN.test(before);
}
