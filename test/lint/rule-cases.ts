// Table of cases per text rule: `invalid` must report `match` (not as a mention), `valid` must report nothing
// at error or warning level. Both locales, with the near misses that must stay clean.
import type { Locale } from '../../src/model/common.js';

export interface RuleCase {
  text: string;
  locale: Locale;
  /** The matched text the finding must carry (invalid cases). */
  match?: string;
  avoid?: string[];
  bannedWords?: string[];
  /** A product or live template: the text sells whatever its words. */
  commercial?: boolean;
  /** Expected severity when not the rule's default. */
  severity?: 'error' | 'warning' | 'info';
}

type Cases = { valid: RuleCase[]; invalid: (RuleCase & { match: string })[] };

export const RULE_CASES: Record<string, Cases> = {
  cta: {
    invalid: [
      { text: '赶紧下单！', locale: 'zh-CN', match: '赶紧下单' },
      { text: '立即下单，今天发货', locale: 'zh-CN', match: '立即下单' },
      { text: '需要的私我，给你内部价。', locale: 'zh-CN', match: '需要的私' },
      { text: '有兴趣私聊我', locale: 'zh-CN', match: '私聊我' },
      { text: '扫码进群', locale: 'zh-CN', match: '扫码' },
      { text: '戳链接看看', locale: 'zh-CN', match: '戳链接' },
      { text: '链接在评论区', locale: 'zh-CN', match: '链接在评论区' },
      { text: '这个价格闭眼入', locale: 'zh-CN', match: '闭眼入' },
      { text: '赶紧入手吧', locale: 'zh-CN', match: '入手' },
      { text: '家人们，上链接！', locale: 'zh-CN', match: '上链接' },
      { text: '下单很方便', locale: 'zh-CN', match: '下单' },
      { text: '想了解的可以问我', locale: 'zh-CN', match: '想了解的可以问我', severity: 'info' },
      { text: 'Buy now!', locale: 'en', match: 'Buy now' },
      { text: 'DM me to order.', locale: 'en', match: 'DM me to order' },
      { text: 'Details? Link in bio.', locale: 'en', match: 'Link in bio' },
      { text: 'Click here for the recipe', locale: 'en', match: 'Click here' },
      { text: 'Order yours today.', locale: 'en', match: 'Order yours' },
      { text: 'Just order it, you will love it', locale: 'en', match: 'order' },
      { text: '今天上新，DM me', locale: 'zh-CN', match: 'DM me' },
      { text: 'Happy to tell you more if you ask.', locale: 'en', match: 'Happy to tell you more', severity: 'info' },
      { text: '想试的朋友私信我就好。', locale: 'zh-CN', match: '私信我', severity: 'info' },
      { text: 'DM me if you are curious.', locale: 'en', match: 'DM me', severity: 'info' },
      { text: '需要的朋友私我', locale: 'zh-CN', match: '私我' },
      // English imperatives: a sales verb opening its clause, after "just"/"go", or urged at the reader.
      { text: 'Order it now.', locale: 'en', match: 'Order it now' },
      { text: 'Just order it.', locale: 'en', match: 'order' },
      { text: 'Go buy it, you will not regret it.', locale: 'en', match: 'buy it' },
      { text: 'DM me', locale: 'en', match: 'DM me' },
      { text: 'Seriously, just DM me and I will sort it.', locale: 'en', match: 'DM me' },
      { text: 'Love this one. Order yours before Friday.', locale: 'en', match: 'Order yours' },
      { text: 'You should order it now.', locale: 'en', match: 'order it now' },
      { text: 'Everyone needs to buy it now.', locale: 'en', match: 'buy it now' },
      { text: "Don't forget to order today!", locale: 'en', match: 'order today' },
      { text: "Don't think twice, order now!", locale: 'en', match: 'order now' },
      { text: 'Why not order one today?', locale: 'en', match: 'order' },
      { text: 'New stock just landed, tap the link to buy!', locale: 'en', match: 'tap the link' },
      { text: 'Want one? DM me to reserve yours!', locale: 'en', match: 'reserve yours' },
      { text: 'Comment "YES" and I\'ll DM you the link!', locale: 'en', match: 'Comment "YES"' },
    ],
    valid: [
      { text: '很多客户会直接下单，但我更喜欢先聊聊。', locale: 'zh-CN' },
      { text: '上个月入手了一台咖啡机，每天早上都用。', locale: 'zh-CN' },
      { text: '拍下了今天的晚霞。', locale: 'zh-CN' },
      { text: '不要一上来就让人扫码。', locale: 'zh-CN' },
      { text: '少用"赶紧下单"这种话。', locale: 'zh-CN' },
      { text: '在店里扫码点餐，很快就上菜了。', locale: 'zh-CN' },
      { text: '想了解的可以问我。', locale: 'zh-CN' },
      { text: 'I ordered a flat white and sat by the window.', locale: 'en' },
      { text: 'In order to sleep well I stopped coffee after noon.', locale: 'en' },
      { text: "Customers always ask me what I drink, and I don't tell them to buy anything.", locale: 'en' },
      { text: 'Happy to tell you more if you ask.', locale: 'en' },
      // A sales verb with a subject before it describes what someone does; negated and asked, it urges nothing.
      { text: 'A lot of customers just order it straight away, but I usually tell them to try a sample first.', locale: 'en' },
      { text: 'Customers order it for their parents.', locale: 'en' },
      { text: 'People buy it now and then as a gift.', locale: 'en' },
      { text: 'They usually order online.', locale: 'en' },
      { text: 'She just buys it at the market.', locale: 'en' },
      { text: 'He orders the same thing every week.', locale: 'en' },
      { text: 'We order ours from a farm up north.', locale: 'en' },
      { text: 'I usually order a flat white.', locale: 'en' },
      { text: 'My mum orders online now and DMs me photos.', locale: 'en' },
      { text: 'Friends sometimes DM me for recipes.', locale: 'en' },
      { text: 'Most of my friends buy their coffee on the way to work.', locale: 'en' },
      { text: 'Some people order online and others like to see things first.', locale: 'en' },
      { text: "You don't have to order anything.", locale: 'en' },
      { text: 'Nobody needs to buy it now.', locale: 'en' },
      { text: 'I never tell people to buy now.', locale: 'en' },
      { text: 'Did you order it?', locale: 'en' },
      { text: 'Did you buy it in the end, or did you wait?', locale: 'en' },
      { text: 'Last week a client asked if she should buy the bigger size.', locale: 'en' },
      { text: 'A lot of people start by telling friends to scan a code, order now, grab a coupon.', locale: 'en' },
      { text: 'When we lived in the city we ordered takeaway far too often, and I used to buy it every Friday.', locale: 'en' },
    ],
  },
  urgency: {
    invalid: [
      { text: '限时秒杀！', locale: 'zh-CN', match: '限时秒杀' },
      { text: '手慢无', locale: 'zh-CN', match: '手慢无' },
      { text: '错过再等一年', locale: 'zh-CN', match: '错过再等一年' },
      { text: '活动最后一天，下单立减', locale: 'zh-CN', match: '最后一天' },
      { text: '优惠倒计时开始', locale: 'zh-CN', match: '倒计时' },
      { text: '折扣最后3小时', locale: 'zh-CN', match: '最后3小时' },
      { text: 'Hurry!', locale: 'en', match: 'Hurry' },
      { text: 'Last chance to get it', locale: 'en', match: 'Last chance' },
      { text: 'Limited time offer', locale: 'en', match: 'Limited time' },
      { text: 'Last day of the sale, 20% off', locale: 'en', match: 'Last day' },
      { text: '48 hours only', locale: 'en', match: '48 hours only' },
    ],
    valid: [
      { text: '假期最后一天，在家躺平。', locale: 'zh-CN' },
      { text: '最后一段路走得很慢，风很大。', locale: 'zh-CN' },
      { text: '新年倒计时的时候，楼下有人放了烟花。', locale: 'zh-CN' },
      { text: '最后两天假期，去爬山。', locale: 'zh-CN' },
      { text: 'No hurry this weekend.', locale: 'en' },
      { text: 'We were in a hurry and forgot the umbrella.', locale: 'en' },
      { text: 'The last day of the holiday, spent on the sofa.', locale: 'en' },
      { text: 'I never write "last chance" in a post.', locale: 'en' },
    ],
  },
  scarcity: {
    invalid: [
      { text: '仅剩3件', locale: 'zh-CN', match: '仅剩3件' },
      { text: '只剩两盒了', locale: 'zh-CN', match: '只剩两盒' },
      { text: '最后5个名额', locale: 'zh-CN', match: '最后5个名额' },
      { text: '库存告急', locale: 'zh-CN', match: '库存告急' },
      { text: '新品限量发售', locale: 'zh-CN', match: '限量发售' },
      { text: 'Only 2 left!', locale: 'en', match: 'Only 2 left' },
      { text: 'Limited stock.', locale: 'en', match: 'Limited stock' },
      { text: 'Selling fast, ask me', locale: 'en', match: 'Selling fast' },
    ],
    valid: [
      { text: '假期只剩两天了。', locale: 'zh-CN' },
      { text: '冰箱里只剩一个鸡蛋。', locale: 'zh-CN' },
      { text: 'The concert sold out years ago, I still have the ticket.', locale: 'en' },
      { text: 'Only two days of holiday left.', locale: 'en' },
    ],
  },
  price: {
    invalid: [
      { text: '现在只要¥99', locale: 'zh-CN', match: '¥99' },
      { text: '原价299', locale: 'zh-CN', match: '原价' },
      { text: '全场打折', locale: 'zh-CN', match: '打折' },
      { text: '顺丰包邮', locale: 'zh-CN', match: '包邮' },
      { text: '全场5折', locale: 'zh-CN', match: '5折' },
      { text: '满200减30', locale: 'zh-CN', match: '满200减30' },
      { text: '到手只要199', locale: 'zh-CN', match: '只要199' },
      { text: '今天下单立减50元', locale: 'zh-CN', match: '50元' },
      { text: '30% off this week', locale: 'en', match: '30% off' },
      { text: 'Free shipping on all orders', locale: 'en', match: 'Free shipping' },
      { text: 'Just $49!', locale: 'en', match: '$49' },
      { text: 'Use the promo code at checkout', locale: 'en', match: 'promo code' },
    ],
    valid: [
      { text: '我妈说那会儿一斤茶叶才5块钱，现在想想真是另一个时代。', locale: 'zh-CN' },
      { text: '小时候一根冰棍只要5毛，2块钱能买一大袋零食。', locale: 'zh-CN' },
      { text: '楼下超市在打折，顺手买了两盒草莓。', locale: 'zh-CN' },
      { text: '买了2块蛋糕，一块给楼下的阿姨。', locale: 'zh-CN' },
      { text: 'Back then a coffee cost $1, my dad likes to remind me.', locale: 'en' },
      { text: 'The sale at the corner shop meant far too many lemons.', locale: 'en' },
      { text: 'Went to a yard sale and found a teapot.', locale: 'en' },
    ],
  },
  'absolute-claim': {
    invalid: [
      { text: '全网最低价', locale: 'zh-CN', match: '全网最低' },
      { text: '国家级品质', locale: 'zh-CN', match: '国家级' },
      { text: '我们家的茶品质第一', locale: 'zh-CN', match: '品质第一' },
      { text: '这是市面上最好的净水器', locale: 'zh-CN', match: '最好' },
      { text: '顶级原料，世界级工艺', locale: 'zh-CN', match: '顶级' },
      { text: '100%纯天然', locale: 'zh-CN', match: '100%' },
      { text: '万能清洁剂', locale: 'zh-CN', match: '万能' },
      { text: '史上最好用的锅', locale: 'zh-CN', match: '史上最' },
      { text: '我们是全网唯一的授权店', locale: 'zh-CN', match: '全网唯一' },
      { text: '特供茶叶', locale: 'zh-CN', match: '特供' },
      { text: '这款锅绝对好用', locale: 'zh-CN', match: '绝对', commercial: true },
      { text: 'The best tea in the world, guaranteed.', locale: 'en', match: 'guaranteed' },
      { text: 'The best tea in the world, guaranteed.', locale: 'en', match: 'The best tea in the world' },
      { text: 'We are the #1 brand in China', locale: 'en', match: '#1' },
      { text: 'Lowest price anywhere', locale: 'en', match: 'Lowest price' },
      { text: 'Best quality tea', locale: 'en', match: 'Best quality' },
    ],
    valid: [
      { text: '最近天气转凉，早上出门要多穿一件了。', locale: 'zh-CN' },
      { text: '今天第一次自己包饺子。', locale: 'zh-CN' },
      { text: '最后一段路走得很慢。', locale: 'zh-CN' },
      { text: '唯一的缺点是有点重。', locale: 'zh-CN' },
      { text: '泡茶的时候最好先用热水温一下杯子。', locale: 'zh-CN' },
      { text: '这是我吃过最好吃的一碗牛肉面。', locale: 'zh-CN' },
      { text: '儿子这次考了班级第一。', locale: 'zh-CN' },
      { text: '她是我唯一的发小。', locale: 'zh-CN' },
      { text: '今天最低气温只有3度。', locale: 'zh-CN' },
      { text: '我绝对不会再熬夜了。', locale: 'zh-CN' },
      { text: '不敢说最好，只是我自己喜欢。', locale: 'zh-CN', commercial: true },
      { text: 'The best part of my day was the walk home.', locale: 'en' },
      { text: 'My best friend called.', locale: 'en' },
      { text: "Best coffee I've had all week.", locale: 'en' },
      { text: "It's best to let the tea cool a little.", locale: 'en' },
      { text: 'The only downside is the weight.', locale: 'en' },
    ],
  },
  'efficacy-claim': {
    invalid: [
      { text: '这款茶能降血压', locale: 'zh-CN', match: '降血压' },
      { text: '无副作用', locale: 'zh-CN', match: '无副作用' },
      { text: '立竿见影', locale: 'zh-CN', match: '立竿见影' },
      { text: '七天见效', locale: 'zh-CN', match: '七天见效' },
      { text: '7天瘦10斤', locale: 'zh-CN', match: '7天瘦10斤' },
      { text: '湿疹可以治愈', locale: 'zh-CN', match: '可以治愈' },
      { text: '这款面霜能治愈痘痘，下单立减', locale: 'zh-CN', match: '能治愈' },
      { text: 'It cures acne.', locale: 'en', match: 'cures' },
      { text: 'Guaranteed results in a week.', locale: 'en', match: 'Guaranteed results' },
      { text: 'Clinically proven formula', locale: 'en', match: 'Clinically proven' },
    ],
    valid: [
      { text: '被这只小猫治愈了，它睡觉的样子太可爱了。', locale: 'zh-CN' },
      { text: '治愈系的午后。', locale: 'zh-CN' },
      { text: '这个只是舒服一点，不能根治。', locale: 'zh-CN' },
      { text: 'Time heals, and so does a long walk.', locale: 'en' },
      { text: "It won't cure anything, it just smells nice.", locale: 'en' },
    ],
  },
  'contact-bait': {
    invalid: [
      { text: '加我微信', locale: 'zh-CN', match: '加我微信' },
      { text: '电话13812345678', locale: 'zh-CN', match: '13812345678' },
      { text: '电话 138 1234 5678', locale: 'zh-CN', match: '138 1234 5678' },
      { text: '微信：tea_lin2024', locale: 'zh-CN', match: '微信：tea_lin2024' },
      { text: 'More at https://example.com/tea', locale: 'en', match: 'https://example.com/tea' },
      { text: 'Call me at (415) 555-0100', locale: 'en', match: '(415) 555-0100' },
      { text: 'mail lin@example.com', locale: 'en', match: 'lin@example.com' },
    ],
    valid: [
      { text: '有问题直接在评论里问我就好。', locale: 'zh-CN' },
      { text: '跑了10公里，用时58分钟。', locale: 'zh-CN' },
      { text: 'Ran 10 km in 58 minutes.', locale: 'en' },
    ],
  },
  exclamation: {
    invalid: [
      { text: '太好用了！！！', locale: 'zh-CN', match: '！！！' },
      { text: 'Amazing!!', locale: 'en', match: '!!' },
      { text: '真好！太棒了！又来了！', locale: 'zh-CN', match: '！' },
    ],
    valid: [
      { text: '终于跑完半马了！', locale: 'zh-CN' },
      { text: 'Done! Time for tea.', locale: 'en' },
    ],
  },
  'emoji-density': {
    invalid: [
      { text: '今天的咖啡☕☕☕', locale: 'zh-CN', match: '☕☕☕' },
      { text: 'New in 🔥 🔥 🔥', locale: 'en', match: '🔥 🔥 🔥' },
      { text: '好🌿天😊气☀️呀🌈', locale: 'zh-CN', match: '☀️呀🌈' },
    ],
    valid: [
      { text: '周末的咖啡☕', locale: 'zh-CN' },
      { text: 'Morning run done 🏃‍♀️ and breakfast 🥣', locale: 'en' },
    ],
  },
  caps: {
    invalid: [
      { text: 'LAST CHANCE to join', locale: 'en', match: 'LAST CHANCE' },
      { text: 'This is AMAZING', locale: 'en', match: 'AMAZING' },
    ],
    valid: [
      { text: 'Made a DIY shelf, OK time', locale: 'en' },
      { text: '今天测了MBTI，是个INFP', locale: 'zh-CN' },
    ],
  },
  'hashtag-spam': {
    invalid: [
      { text: '周末徒步 #户外#', locale: 'zh-CN', match: '#户外#' },
      { text: 'Morning run #fitness #motivation', locale: 'en', match: '#motivation' },
    ],
    valid: [
      { text: 'Room #12 at the end of the hall.', locale: 'en' },
      { text: '今天没有标签。', locale: 'zh-CN' },
    ],
  },
  'banned-word': {
    invalid: [
      { text: '亲，今天的茶到了', locale: 'zh-CN', match: '亲', bannedWords: ['亲'] },
      { text: 'A GIVEAWAY for friends', locale: 'en', match: 'GIVEAWAY', bannedWords: ['giveaway'] },
      { text: 'ＤＭ me', locale: 'en', match: 'ＤＭ', bannedWords: ['dm'] },
      { text: 'Thanks hun, see you', locale: 'en', match: 'hun', bannedWords: ['hun'] },
      { text: '宝子ok吗', locale: 'zh-CN', match: '宝子ok', bannedWords: ['宝子ok'] },
      { text: '宝子们好', locale: 'zh-CN', match: '宝子们', bannedWords: ['宝子', '宝子们'] },
    ],
    valid: [
      { text: '今天的茶到了', locale: 'zh-CN', bannedWords: ['亲'] },
      { text: 'A give away', locale: 'en', bannedWords: ['giveaway'] },
      { text: 'Went hunting for mushrooms', locale: 'en', bannedWords: ['hun'] },
      { text: '宝子okay吗', locale: 'zh-CN', bannedWords: ['宝子ok'] },
    ],
  },
  'persona-avoid': {
    invalid: [
      { text: '宝宝们，早上好', locale: 'zh-CN', match: '宝宝们', avoid: ['宝宝们'] },
      { text: 'Hey Babe, morning', locale: 'en', match: 'Babe', avoid: ['babe'] },
      { text: 'Thanks hun, see you', locale: 'en', match: 'hun', avoid: ['hun'] },
      { text: 'HUN! Morning', locale: 'en', match: 'HUN', avoid: ['hun'] },
      { text: '我母亲们', locale: 'zh-CN', match: '亲们', avoid: ['亲们'] },
      { text: '家人们ok', locale: 'zh-CN', match: '家人们ok', avoid: ['家人们ok'] },
      { text: 'ok家人们', locale: 'zh-CN', match: 'ok家人们', avoid: ['ok家人们'] },
    ],
    valid: [
      { text: '早上好', locale: 'zh-CN', avoid: ['宝宝们'] },
      { text: 'Hey, morning', locale: 'en', avoid: ['babe'] },
      { text: 'Went hunting for mushrooms', locale: 'en', avoid: ['hun'] },
      { text: 'Shun the noise', locale: 'en', avoid: ['hun'] },
      { text: '家人们okay', locale: 'zh-CN', avoid: ['家人们ok'] },
      { text: 'book家人们', locale: 'zh-CN', avoid: ['ok家人们'] },
    ],
  },
  length: {
    invalid: [
      { text: '今天早上去河边跑步，'.repeat(14), locale: 'zh-CN', match: '今天早上去河边跑步，'.repeat(14).trim() },
      { text: 'a\nb\nc\nd\ne\nf\ng', locale: 'en', match: 'a\nb\nc\nd\ne\nf\ng' },
      { text: 'Walked the long way home along the canal today. '.repeat(8), locale: 'en', match: 'Walked the long way home along the canal today. '.repeat(8).trim() },
    ],
    valid: [
      { text: '今天早上去河边跑步，'.repeat(11), locale: 'zh-CN' },
      { text: 'Walked the long way home along the canal today. '.repeat(5), locale: 'en' },
    ],
  },
};
