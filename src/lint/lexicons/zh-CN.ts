// zh-CN lexicon: salesy phrases as Chinese speakers write them on WeChat, matched on the raw text.
// Weights: about 1 for a hard sell on its own, 0.5–0.8 for a phrase that sells in context, 0.3 for soft talk.
import type { Lexicon } from './types.js';

const NUM = '[\\d一二两三四五六七八九十百几]+';
/** Hint literals of a pattern that needs a figure: it runs only on a text with a digit. */
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const UNIT = '(?:件|份|单|套|盒|瓶|杯|支|包|袋|罐|箱|台|个名额|名额|个坑位|个坑|坑位|坑|个位(?![数置子])|位|斤|只|饼|提|条|双|款|颗|枚|片|桶|组|对|本|张|席|间|桌|期|个库存|坛|缸|壶|听)';

export const ZH_CN: Lexicon = {
  terms: {
    cta: [
      { term: '速约', weight: 1.0, gentler: '' },
      { term: '快订', weight: 0.9, gentler: '' },
      { term: 'jm们冲', weight: 1.0, gentler: '' },
      { term: '先拍先得', weight: 1.0, gentler: '' },
      { term: '先买先得', weight: 1.0, gentler: '' },
      { term: '先订先得', weight: 1.0, gentler: '' },
      { term: '赶紧锁位', weight: 1.1, gentler: '' },
      { term: '速速锁位', weight: 1.1, gentler: '' },
      { term: '马上锁位', weight: 1.1, gentler: '' },
      { term: '锁位', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '留位', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '私聊入群', weight: 1.1, gentler: '' },
      { term: '私聊咨询', weight: 1.0, gentler: '' },
      { term: '私聊订', weight: 1.0, gentler: '' },
      { term: '团长招募', weight: 1.0, gentler: '' },
      { term: '招募团长', weight: 1.0, gentler: '' },
      { term: '找我投保', weight: 1.1, gentler: '' },
      { term: '立即投保', weight: 1.1, gentler: '' },
      { term: '抢位', weight: 1.0, gentler: '' },
      { term: '抢座', weight: 1.0, gentler: '' },
      { term: '抢名额', weight: 1.0, gentler: '' },
      { term: '速戳', weight: 1.1, gentler: '' },
      { term: '速度戳', weight: 1.1, gentler: '' },
      { term: '立即锁定', weight: 1.0, gentler: '' },
      { term: '立刻锁定', weight: 1.0, gentler: '' },
      { term: '速私', weight: 1.1, gentler: '' },
      { term: '速订', weight: 1.0, gentler: '' },
      { term: '速度私', weight: 1.1, gentler: '' },
      { term: '回购无数次', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '不踩雷', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '转账留货', weight: 1.0, gentler: '' },
      { term: '付款留货', weight: 1.0, gentler: '' },
      { term: '转发本条朋友圈', weight: 0.9, gentler: '' },
      { term: '找我领', weight: 1.0, gentler: '' },
      { term: '要的赶快', weight: 1.0, gentler: '' },
      { term: '马上申请', weight: 1.1, gentler: '' },
      { term: '立即申请', weight: 1.1, gentler: '' },
      { term: '立即签约', weight: 1.1, gentler: '' },
      { term: '马上签约', weight: 1.1, gentler: '' },
      { term: '立即办理', weight: 1.0, gentler: '' },
      { term: '马上办理', weight: 1.0, needs: 'commercial', gentler: '' },
      { term: '立刻行动', weight: 1.0, gentler: '' },
      { term: '赶紧行动', weight: 1.0, gentler: '' },
      { term: '马上行动', weight: 1.0, gentler: '' },
      { term: '立即开户', weight: 1.2, gentler: '' },
      { term: '马上开户', weight: 1.2, gentler: '' },
      { term: '速速联系', weight: 1.1, gentler: '' },
      { term: '马上锁定', weight: 1.0, needs: 'commercial', gentler: '' },
      { term: '赶紧锁定', weight: 1.0, needs: 'commercial', gentler: '' },
      { term: '赶紧转给', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: 'dm我', weight: 1.2, gentler: '' },
      { term: '链接在主页', weight: 1.0, gentler: '' },
      { term: '放心买', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '了解详情', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '立即拨打', weight: 1.2, needs: 'commercial', gentler: '' },
      { term: '订购热线', weight: 1.0, gentler: '' },
      { term: '立即下单', weight: 1.2, gentler: '想了解的可以问我' },
      { term: '马上下单', weight: 1.2, gentler: '想了解的可以问我' },
      { term: '赶紧下单', weight: 1.2, gentler: '想了解的可以问我' },
      { term: '找我下单', weight: 1.1, gentler: '想了解的可以问我' },
      { term: '下单', weight: 0.8, gentler: '想了解的可以问我' },
      { term: '下单链接', weight: 1.2, gentler: '' },
      { term: '拍下', weight: 0.8, needs: 'imperative', gentler: '' },
      { term: '抢购', weight: 1.0, gentler: '' },
      { term: '快抢', weight: 1.2, gentler: '' },
      { term: '开抢', weight: 1.0, gentler: '' },
      { term: '抢起来', weight: 1.1, gentler: '' },
      { term: '私聊我', weight: 1.0, gentler: '想了解的可以问我' },
      { term: '私我', weight: 1.0, gentler: '想了解的可以问我' },
      { term: '私信我', weight: 1.0, gentler: '想了解的可以问我' },
      { term: '私聊', weight: 0.8, needs: 'imperative', gentler: '想了解的可以问我' },
      { term: '赶紧上车', weight: 1.0, gentler: '' },
      { term: '赶紧来', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '还不快来', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '快来', weight: 0.6, needs: 'commercial', gentler: '' },
      { term: '赶紧来买', weight: 1.1, gentler: '' },
      { term: '给我私信', weight: 1.0, gentler: '想了解的可以问我' },
      { term: '快上车', weight: 1.0, gentler: '' },
      { term: '进群送', weight: 1.1, gentler: '' },
      { term: '公众号回复', weight: 1.0, gentler: '' },
      { term: '关注公众号', weight: 0.9, gentler: '' },
      { term: '滴滴我', weight: 0.9, gentler: '想了解的可以问我' },
      { term: '戳我', weight: 0.8, gentler: '想了解的可以问我' },
      { term: '需要的私', weight: 1.0, gentler: '有需要可以问我' },
      { term: '要的私', weight: 1.0, gentler: '有需要可以问我' },
      // 想看的扣1 is a poll; 扣1 next to a sale (上车, 团购, a price) takes an order.
      { term: '扣1', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '评论区留言', weight: 0.9, gentler: '' },
      { term: '私发', weight: 0.9, gentler: '想了解的可以问我' },
      { term: '抢', weight: 0.6, needs: 'imperative', gentler: '' },
      { term: '扫码', weight: 1.0, gentler: '' },
      { term: '扫一扫', weight: 0.9, gentler: '' },
      { term: '长按识别', weight: 1.1, gentler: '' },
      { term: '识别二维码', weight: 1.1, gentler: '' },
      { term: '戳链接', weight: 1.2, gentler: '' },
      { term: '点击链接', weight: 1.2, gentler: '' },
      { term: '点链接', weight: 1.1, gentler: '' },
      { term: '点击购买', weight: 1.2, gentler: '' },
      { term: '立即购买', weight: 1.2, gentler: '' },
      { term: '马上购买', weight: 1.2, gentler: '' },
      { term: '购买', weight: 0.7, needs: 'imperative', gentler: '' },
      { term: '点我头像', weight: 1.0, gentler: '' },
      { term: '戳头像', weight: 1.0, gentler: '' },
      { term: '主页有链接', weight: 1.1, gentler: '' },
      { term: '进店选购', weight: 1.1, gentler: '' },
      { term: '进店', weight: 0.7, needs: 'imperative', gentler: '' },
      { term: '选购', weight: 0.7, needs: 'imperative', gentler: '' },
      { term: '点击下方', weight: 1.0, gentler: '' },
      { term: '链接在评论区', weight: 1.2, gentler: '' },
      { term: '评论区有链接', weight: 1.2, gentler: '' },
      { term: '购买链接', weight: 1.1, gentler: '' },
      { term: '小黄车', weight: 1.0, gentler: '' },
      { term: '加入购物车', weight: 1.0, gentler: '' },
      { term: '加购', weight: 0.8, gentler: '' },
      { term: '买它', weight: 1.2, gentler: '' },
      { term: '买买买', weight: 1.0, gentler: '' },
      { term: '闭眼入', weight: 1.2, gentler: '' },
      { term: '闭眼买', weight: 1.2, gentler: '' },
      { term: '闭眼冲', weight: 1.2, gentler: '' },
      { term: '无脑入', weight: 1.2, gentler: '' },
      { term: '必入', weight: 1.0, gentler: '' },
      { term: '必买', weight: 1.0, gentler: '' },
      { term: '入手', weight: 0.8, needs: 'imperative', gentler: '' },
      { term: '囤起来', weight: 1.0, gentler: '' },
      { term: '囤货', weight: 0.8, needs: 'imperative', gentler: '' },
      { term: '快来买', weight: 1.2, gentler: '' },
      { term: '快来抢', weight: 1.2, gentler: '' },
      { term: '赶紧来抢', weight: 1.2, gentler: '' },
      { term: '需要的加我', weight: 1.0, gentler: '' },
      { term: '要的加我', weight: 1.0, gentler: '' },
      { term: '速来', weight: 1.0, gentler: '' },
      { term: '报名', weight: 0.7, needs: 'imperative', gentler: '' },
      { term: '预约', weight: 0.6, needs: 'imperative', gentler: '' },
      { term: '锁定直播间', weight: 1.1, gentler: '' },
      { term: '直播间见', weight: 0.8, gentler: '' },
      { term: '进直播间', weight: 0.8, gentler: '' },
      { term: '转发朋友圈', weight: 1.0, gentler: '' },
      { term: '转发集赞', weight: 1.2, gentler: '' },
      { term: '集赞', weight: 1.0, gentler: '' },
      { term: '转发这条朋友圈', weight: 0.9, gentler: '' },
      { term: '转账给我', weight: 1.0, needs: 'commercial', gentler: '' },
      { term: '直接转账给我', weight: 1.0, gentler: '' },
      { term: '赶紧带回家', weight: 1.1, gentler: '' },
      { term: '转发给需要的朋友', weight: 0.9, gentler: '' },
      { term: '赶快转发', weight: 0.9, gentler: '' },
      { term: '上链接', weight: 1.2, gentler: '' },
      { term: '冲冲冲', weight: 0.9, gentler: '' },
      { term: '赶紧冲', weight: 1.0, gentler: '' },
      { term: '快冲', weight: 1.0, gentler: '' },
      { term: '冲就完了', weight: 1.0, gentler: '' },
      { term: '提前购', weight: 0.8, gentler: '' },
      { term: '速拍', weight: 1.2, gentler: '' },
      { term: '秒拍', weight: 1.2, gentler: '' },
      { term: '戳这里', weight: 1.0, gentler: '' },
      { term: '点这里', weight: 1.0, gentler: '' },
      { term: '有需要私信', weight: 1.0, gentler: '有需要可以问我' },
      { term: '需要私信', weight: 1.0, gentler: '有需要可以问我' },
      { term: '私信了解', weight: 1.0, gentler: '想了解的可以问我' },
      { term: '私信咨询', weight: 1.0, gentler: '想了解的可以问我' },
      { term: '咨询下单', weight: 1.1, gentler: '想了解的可以问我' },
      { term: '开团', weight: 1.0, gentler: '' },
      { term: '拼团', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '接龙', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '接单', weight: 0.6, gentler: '' },
      { term: '招代理', weight: 1.2, gentler: '' },
      { term: '招募代理', weight: 1.2, gentler: '' },
      { term: '一手货源', weight: 1.0, gentler: '' },
      { term: '亲们', weight: 0.5, address: true, gentler: '' },
      { term: '姐妹们冲', weight: 1.0, gentler: '' },
      // 冲鸭！ to a sunrise hike is joy; next to a sale it pushes.
      { term: '冲鸭', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '下手', weight: 0.7, needs: 'imperative', gentler: '' },
      { term: '找我订', weight: 1.0, gentler: '' },
      { term: '赶紧买', weight: 1.2, gentler: '' },
      { term: '快去买', weight: 1.1, gentler: '' },
      { term: 'vip群', weight: 0.8, gentler: '' },
      { term: '福利群', weight: 0.9, gentler: '' },
      { term: '找我拿', weight: 1.0, gentler: '' },
      { term: '找我买', weight: 1.0, gentler: '' },
      { term: '联系我', weight: 0.6, needs: 'commercial', gentler: '' },
      // Taking orders gently (set 15): "想要的告诉我", "要的话回我一声", "需要的提前跟我说" ask for an order next to a sale.
      { term: '想要的告诉我', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '要的话告诉我', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '要的告诉我', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '想要的回我', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '要的话回我', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '要的回我', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '回我一声', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '回我一句', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '需要的回复', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '需要的回我', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '跟我说一声', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '提前跟我说', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '跟我预订', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '找我预订', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '联系我预订', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '提前预订', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '开始预订', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '开始报名', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '开始报名了', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '开始报名啦', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '开始预订了', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '开始预订啦', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '开放报名', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '报个名', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '给我留言', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '留言告诉我', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '评论区告诉我', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '告诉我地址', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '回复地址', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '回复数字', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '找我登记', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '找我就行', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '来找我', weight: 0.6, needs: 'commercial', gentler: '' },
      { term: '私信预约', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '帮您预约', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '给你留一', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '给你留了', weight: 0.6, needs: 'commercial', gentler: '' },
      { term: '回我就好', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '回我就行', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '回我一下', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '要几斤回我', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '在下面留言', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '早点告诉我', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '提前告诉我', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '跟我约时间', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '要囤的', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '要订的', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '订的话', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '下单的宝宝', weight: 1.0, gentler: '' },
      { term: '要的尽快', weight: 1.0, gentler: '' },
      { term: '要不要给你留', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '现在订', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '工费全免', weight: 1.0, gentler: '' },
      { term: '下单的朋友', weight: 1.0, gentler: '' },
      { term: '下单的姐妹', weight: 1.0, gentler: '' },
      { term: '走过路过不要错过', weight: 1.2, gentler: '' },
      { term: '订购', weight: 0.7, needs: 'imperative', gentler: '' },
      { term: '预定', weight: 0.6, needs: 'imperative', gentler: '' },
      { term: '准时开抢', weight: 1.2, gentler: '' },
      { term: '拉你进群', weight: 1.0, gentler: '' },
      { term: '拉你进团购群', weight: 1.1, gentler: '' },
      { term: '私聊报价', weight: 1.0, gentler: '' },
      { term: '加群', weight: 0.8, gentler: '' },
      { term: '进群', weight: 0.9, gentler: '' },
      // Sellers' own words for "message me": 私戳, 私戳拿, dd我.
      { term: '私戳', weight: 1.0, gentler: '想了解的可以问我' },
      { term: 'dd我', weight: 0.9, needs: 'commercial', gentler: '想了解的可以问我' },
      { term: '加我送', weight: 1.1, gentler: '' },
      { term: '下单再送', weight: 1.1, gentler: '' },
      { term: '下单就送', weight: 1.1, gentler: '' },
      { term: '下单即送', weight: 1.1, gentler: '' },
      { term: '下单都送', weight: 1.1, gentler: '' },
      { term: '现在下单', weight: 1.0, gentler: '' },
      { term: '送价值', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '立刻拥有', weight: 1.1, gentler: '' },
      { term: '立即拥有', weight: 1.1, gentler: '' },
      { term: '马上拥有', weight: 1.1, gentler: '' },
      { term: '报名通道', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '赶紧拉人', weight: 1.0, gentler: '' },
      { term: '拉人成团', weight: 1.0, gentler: '' },
      { term: '不信你试', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '抓紧', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '上车', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '还没上车', weight: 1.0, gentler: '' },
      { term: '关注我', weight: 0.6, gentler: '' },
      { term: '直接拍', weight: 1.0, gentler: '' },
      // 强烈推荐给自己 (a day off) recommends nothing on sale.
      { term: '强烈推荐', weight: 0.9, needs: 'commercial', gentler: '我自己挺喜欢' },
      { term: '私信问价', weight: 1.0, gentler: '想了解的可以问我' },
      { term: '私信', weight: 0.8, needs: 'imperative', gentler: '想了解的可以问我' },
      { term: '点我主页', weight: 1.0, gentler: '' },
      { term: '主页链接', weight: 1.0, gentler: '' },
      { term: '墙裂推荐', weight: 1.0, gentler: '我自己挺喜欢' },
      // 种草 slang that urges buying: "谁用谁知道" promises the result to whoever tries it; next to a product,
      // "拍它" is "buy it" (elsewhere "take a photo of it").
      { term: '谁用谁知道', weight: 0.9, gentler: '我自己用着挺好' },
      { term: '谁买谁知道', weight: 0.9, gentler: '我自己用着挺好' },
      { term: '拍它', weight: 1.0, needs: 'commercial', gentler: '' },
      { term: '安排上', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '冲！', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '人手一', weight: 0.8, gentler: '' },
      { term: '无限回购', weight: 0.8, gentler: '' },
      { term: '安利', weight: 0.5, needs: 'commercial', gentler: '' },
      { term: '种草', weight: 0.5, gentler: '' },
      { term: '好物推荐', weight: 0.6, gentler: '' },
      { term: '爆款', weight: 0.9, gentler: '' },
      { term: '必备', weight: 0.5, gentler: '' },
      { term: '必囤', weight: 1.0, gentler: '' },
      { term: '必抢', weight: 1.0, gentler: '' },
      // 家人们谁懂啊 is a meme; 家人们 opening a pitch is 微商 talk.
      { term: '家人们', weight: 0.5, needs: 'commercial', address: true, gentler: '' },
      { term: '宝子们', weight: 0.5, needs: 'commercial', address: true, gentler: '' },
      { term: '老铁们', weight: 0.5, needs: 'commercial', address: true, gentler: '' },
      { term: '双击666', weight: 0.9, gentler: '' },
      { term: '双击六六六', weight: 0.9, gentler: '' },
      { term: '关注主播不迷路', weight: 0.9, gentler: '' },
      { term: '放心拍', weight: 0.9, gentler: '' },
      { term: '欢迎来撩', weight: 0.9, gentler: '' },
      { term: '直播间等你', weight: 0.9, gentler: '' },
      { term: '立即咨询', weight: 1.0, gentler: '' },
      { term: '谁拍到就是谁的', weight: 1.0, gentler: '' },
      { term: '去拍', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '想了解的可以问我', weight: 0.3, soft: true },
      { term: '感兴趣的可以问我', weight: 0.3, soft: true },
      { term: '可以问我', weight: 0.3, soft: true },
      { term: '有需要可以找我', weight: 0.35, soft: true },
      { term: '需要的话可以找我', weight: 0.35, soft: true },
      { term: '可以私信我', weight: 0.4, soft: true },
      { term: '欢迎咨询', weight: 0.4, soft: true },
      { term: '有兴趣的朋友', weight: 0.3, soft: true },
    ],
    urgency: [
      { term: '错过不候', weight: 1.0, gentler: '' },
      { term: '机会不等人', weight: 0.9, gentler: '' },
      { term: '别再犹豫了', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '即将停售', weight: 1.0, gentler: '' },
      { term: '停售倒计时', weight: 1.1, gentler: '' },
      { term: '错过再无', weight: 1.0, gentler: '' },
      { term: '错过不再有', weight: 1.0, gentler: '' },
      { term: '冲就完事了', weight: 1.0, gentler: '' },
      { term: 'xsms', weight: 1.0, gentler: '' },
      { term: '老板疯了', weight: 1.0, gentler: '' },
      { term: '即将下架', weight: 1.0, needs: 'commercial', gentler: '' },
      { term: '最后一次返场', weight: 1.1, gentler: '' },
      { term: '即将过期', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '定好闹钟', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '设好闹钟', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '仅此一次', weight: 1.0, gentler: '' },
      { term: '今日限定', weight: 1.0, needs: 'commercial', gentler: '' },
      { term: '错过涨价', weight: 1.1, gentler: '' },
      { term: '最后一周', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '限时', weight: 0.9, gentler: '' },
      // A group buy's order deadline: 截单!, 今晚10点截单.
      { term: '截单', weight: 1.0, gentler: '' },
      { term: '错过拍大腿', weight: 1.0, gentler: '' },
      { term: '限时抢购', weight: 1.3, gentler: '' },
      { term: '限时优惠', weight: 1.3, gentler: '' },
      { term: '限时特价', weight: 1.3, gentler: '' },
      { term: '限时秒杀', weight: 1.3, gentler: '' },
      { term: '秒杀', weight: 1.0, gentler: '' },
      { term: '最后一天', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '最后机会', weight: 1.1, gentler: '' },
      { term: '最后一波', weight: 1.0, gentler: '' },
      { term: '最后一批', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '倒计时', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '手慢无', weight: 1.2, gentler: '' },
      { term: '手慢则无', weight: 1.2, gentler: '' },
      { term: '手快有', weight: 1.1, gentler: '' },
      { term: '手慢就抢不到', weight: 1.1, gentler: '' },
      { term: '别等了', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '别犹豫了', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '只在今晚', weight: 1.0, gentler: '' },
      { term: '首发价', weight: 1.0, gentler: '' },
      { term: '别说我没提醒你', weight: 1.0, gentler: '' },
      { term: '错过真的亏大了', weight: 1.1, gentler: '' },
      { term: '今天就发货', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '最大促销', weight: 1.0, gentler: '' },
      { term: '手慢就没了', weight: 1.1, gentler: '' },
      { term: '手慢就没', weight: 1.1, gentler: '' },
      { term: '过期不候', weight: 1.0, gentler: '' },
      { term: '即将关闭', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '抢完即止', weight: 1.1, gentler: '' },
      { term: '拼满即发', weight: 1.0, gentler: '' },
      { term: '拼满立发', weight: 1.0, gentler: '' },
      { term: '拼满就发', weight: 1.0, gentler: '' },
      { term: '错过再等一年', weight: 1.2, gentler: '' },
      { term: '错过就没了', weight: 1.2, gentler: '' },
      { term: '错过就没有了', weight: 1.2, gentler: '' },
      { term: '再也没有这个价', weight: 1.1, gentler: '' },
      { term: '卖完就涨价', weight: 1.1, gentler: '' },
      { term: '活动倒计时', weight: 1.0, gentler: '' },
      { term: '疯抢中', weight: 1.0, gentler: '' },
      { term: '力度最大', weight: 1.0, gentler: '' },
      { term: '下单的宝贝们', weight: 1.0, gentler: '' },
      { term: '错过不再', weight: 1.0, gentler: '' },
      { term: '过时不候', weight: 1.0, gentler: '' },
      { term: '机不可失', weight: 1.0, gentler: '' },
      { term: '仅限今天', weight: 1.1, gentler: '' },
      { term: '仅此一天', weight: 1.1, gentler: '' },
      { term: '只有今天', weight: 1.0, gentler: '' },
      { term: '只有今晚', weight: 1.0, gentler: '' },
      { term: '仅限今晚', weight: 1.1, gentler: '' },
      { term: '要的抓紧', weight: 1.0, gentler: '' },
      { term: '要的速度', weight: 1.0, gentler: '' },
      { term: '要的赶紧', weight: 1.0, gentler: '' },
      { term: '报名从速', weight: 1.2, gentler: '' },
      { term: '从速', weight: 0.9, gentler: '' },
      { term: '抢到就是赚到', weight: 1.2, gentler: '' },
      { term: '预售', weight: 0.7, gentler: '' },
      { term: '就今天', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '今天截止', weight: 1.0, needs: 'commercial', gentler: '' },
      { term: '今晚截止', weight: 1.0, needs: 'commercial', gentler: '' },
      { term: '即将截止', weight: 1.0, needs: 'commercial', gentler: '' },
      { term: '先到先得', weight: 1.0, gentler: '' },
      { term: '先付先得', weight: 1.0, gentler: '' },
      { term: '欲购从速', weight: 1.2, gentler: '' },
      { term: '抓紧时间', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '速抢', weight: 1.2, gentler: '' },
      { term: '赶紧抢', weight: 1.2, gentler: '' },
      { term: '即将涨价', weight: 1.0, gentler: '' },
      { term: '明天涨价', weight: 1.0, gentler: '' },
      { term: '马上涨价', weight: 1.0, gentler: '' },
      { term: '恢复原价', weight: 1.0, gentler: '' },
      { term: '福利不断', weight: 0.9, gentler: '' },
      { term: '抢空了', weight: 0.9, gentler: '' },
      { term: '不买就亏', weight: 1.2, gentler: '' },
      { term: '不买后悔', weight: 1.1, gentler: '' },
      { term: '错过后悔', weight: 1.0, gentler: '' },
      { term: '抢疯了', weight: 1.0, gentler: '' },
      { term: '疯抢', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '趁现在', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '仅限今日', weight: 1.1, gentler: '' },
      { term: '仅限本周', weight: 1.1, gentler: '' },
      { term: '限时免费', weight: 1.1, gentler: '' },
      { term: '今日特惠', weight: 1.1, gentler: '' },
      { term: '别错过', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '不要错过', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '千万别错过', weight: 1.0, needs: 'commercial', gentler: '' },
      { term: '还犹豫什么', weight: 1.1, gentler: '' },
      { term: '还在犹豫什么', weight: 1.1, gentler: '' },
      { term: '还在等什么', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '还等什么', weight: 0.9, needs: 'commercial', gentler: '' },
      // "If you don't buy now …": a threat about the price or the stock, always about buying.
      { term: '再不买', weight: 1.1, gentler: '' },
      { term: '还不买', weight: 1.0, gentler: '' },
      { term: '再不下单', weight: 1.1, gentler: '' },
      { term: '再不抢', weight: 1.1, gentler: '' },
      { term: '再等一年', weight: 1.0, gentler: '' },
      { term: '错过今天', weight: 1.0, gentler: '' },
      { term: '就没了', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '卖完就没了', weight: 1.0, gentler: '' },
      { term: '就是赚到', weight: 0.9, gentler: '' },
      { term: '卖完就没', weight: 1.0, gentler: '' },
      { term: '晚了就没了', weight: 1.1, gentler: '' },
      { term: '晚了就没有了', weight: 1.1, gentler: '' },
      { term: '快快快', weight: 0.8, needs: 'commercial', gentler: '' },
    ],
    scarcity: [
      { term: '档期紧张', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '档期告急', weight: 1.0, gentler: '' },
      { term: 'sl有限', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '没位置了', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '没位了', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '座位不多', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '仅此一只', weight: 1.0, gentler: '' },
      { term: '仅此一块', weight: 1.0, gentler: '' },
      { term: '仅此一条', weight: 1.0, gentler: '' },
      { term: '先抢先得', weight: 1.0, gentler: '' },
      { term: '卖完不再补货', weight: 1.1, gentler: '' },
      { term: '卖完不再补', weight: 1.1, gentler: '' },
      { term: '名额紧张', weight: 0.9, gentler: '' },
      { term: '全球限量', weight: 1.0, gentler: '' },
      { term: '稀缺', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '仅此一套', weight: 1.0, gentler: '' },
      { term: '仅此一间', weight: 1.0, gentler: '' },
      { term: '仅此一户', weight: 1.0, gentler: '' },
      { term: '名额告急', weight: 1.1, gentler: '' },
      { term: '仅限VIP', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '仅此一个', weight: 1.0, gentler: '' },
      { term: '仅此一件', weight: 1.0, gentler: '' },
      { term: '卖完关店', weight: 1.0, gentler: '' },
      { term: '卖完不补', weight: 1.1, gentler: '' },
      { term: '售完不补', weight: 1.1, gentler: '' },
      { term: '库存告急', weight: 1.2, gentler: '' },
      { term: '库存不多', weight: 1.0, gentler: '' },
      { term: '库存真的不多', weight: 1.0, gentler: '' },
      { term: '库存已经不多', weight: 1.0, gentler: '' },
      { term: '库存有限', weight: 1.0, gentler: '' },
      { term: '仅剩', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '只剩', weight: 0.6, needs: 'commercial', gentler: '' },
      { term: '名额有限', weight: 1.0, needs: 'commercial', gentler: '' },
      { term: '数量有限', weight: 1.0, gentler: '' },
      // A museum's 限量预约 is no pitch; 限量 goods on offer are.
      { term: '限量', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '限量发售', weight: 1.2, gentler: '' },
      { term: '即将售罄', weight: 1.2, gentler: '' },
      { term: '快卖完了', weight: 1.0, gentler: '' },
      { term: '快断货', weight: 1.0, gentler: '' },
      { term: '就要断货', weight: 1.0, gentler: '' },
      { term: '库存快没了', weight: 1.0, gentler: '' },
      { term: '断货', weight: 0.6, needs: 'commercial', gentler: '' },
      { term: '断货王', weight: 1.0, gentler: '' },
      { term: '机会难得', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '售罄', weight: 0.6, needs: 'commercial', gentler: '' },
      { term: '抢光', weight: 0.8, gentler: '' },
      { term: '抢完', weight: 0.8, gentler: '' },
      { term: '卖爆', weight: 0.8, gentler: '' },
      { term: '卖疯了', weight: 1.0, gentler: '' },
      { term: '卖疯啦', weight: 1.0, gentler: '' },
      { term: '成团', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '爆单', weight: 0.8, gentler: '' },
      { term: '供不应求', weight: 0.8, gentler: '' },
      { term: '最后几件', weight: 1.2, gentler: '' },
      { term: '最后几份', weight: 1.2, gentler: '' },
      { term: '最后几单', weight: 1.2, gentler: '' },
      // 门票差点秒没 is a concert; 秒没 of our stock is a pitch.
      { term: '秒没', weight: 1.0, needs: 'commercial', gentler: '' },
      { term: '厂家直销', weight: 0.8, gentler: '' },
      { term: '便宜一半', weight: 0.9, gentler: '' },
      { term: '荐股', weight: 1.0, gentler: '' },
      { term: '改价', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '代理招募', weight: 1.0, gentler: '' },
      { term: '现货秒发', weight: 1.0, gentler: '' },
      { term: '一件不留', weight: 0.9, gentler: '' },
      { term: '所剩无几', weight: 1.0, needs: 'commercial', gentler: '' },
      { term: '仅此一批', weight: 1.0, gentler: '' },
      { term: '就这一批', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '数量不多', weight: 1.0, gentler: '' },
      { term: '名额不多', weight: 1.0, gentler: '' },
      { term: '补货', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '限购', weight: 0.9, gentler: '' },
      { term: '送完即止', weight: 1.1, gentler: '' },
      { term: '售完即止', weight: 1.1, gentler: '' },
      { term: '卖完即止', weight: 1.1, gentler: '' },
      { term: '售完为止', weight: 1.1, gentler: '' },
      { term: '送完为止', weight: 1.1, gentler: '' },
    ],
    price: [
      { term: '下单还送', weight: 1.0, gentler: '' },
      { term: '高价回收', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '上门秒结', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '现金秒结', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '全包价', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '冲量价', weight: 1.0, gentler: '' },
      { term: '低于市场价', weight: 1.0, gentler: '' },
      { term: '一杯奶茶钱', weight: 0.9, gentler: '' },
      { term: '员工价', weight: 1.0, gentler: '' },
      // 领取会员价: a price handed out for adding the seller.
      { term: '领取会员价', weight: 1.0, gentler: '' },
      { term: '领会员价', weight: 1.0, gentler: '' },
      { term: '紧急通知', weight: 0.6, needs: 'commercial', gentler: '' },
      // A bulk price on request: 量大从优, 量大价优.
      { term: '量大从优', weight: 1.0, gentler: '' },
      { term: '量大价优', weight: 1.0, gentler: '' },
      { term: '无门槛券', weight: 1.0, gentler: '' },
      { term: '优惠链接', weight: 1.0, gentler: '' },
      { term: '起拍', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '底价', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '享受底价', weight: 1.0, gentler: '' },
      { term: '额外送', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '第二杯半价', weight: 1.0, gentler: '' },
      { term: '免费试吃', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '超低价', weight: 1.0, gentler: '' },
      { term: '代金券', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '免费配送', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '一折', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '买就送', weight: 1.0, gentler: '' },
      // 原价回家的机票 is a fare; 原价199 on offer is a price (pattern).
      { term: '原价', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '跳楼价', weight: 1.1, gentler: '' },
      { term: '批发价', weight: 0.8, gentler: '' },
      { term: '货到付款', weight: 0.8, gentler: '' },
      { term: '低价出', weight: 0.9, gentler: '' },
      { term: '点赞抽奖', weight: 0.9, gentler: '' },
      { term: '现价', weight: 0.9, gentler: '' },
      { term: '特价', weight: 1.0, gentler: '' },
      { term: '折扣', weight: 0.8, gentler: '' },
      { term: '打折', weight: 0.8, gentler: '' },
      { term: '折上折', weight: 1.1, gentler: '' },
      { term: '包邮', weight: 0.9, gentler: '' },
      { term: '优惠', weight: 0.6, gentler: '' },
      { term: '优惠券', weight: 0.9, gentler: '' },
      { term: '领券', weight: 1.0, gentler: '' },
      { term: '券后', weight: 1.0, gentler: '' },
      { term: '满减', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '立减', weight: 1.0, gentler: '' },
      { term: '直降', weight: 1.0, gentler: '' },
      { term: '低至', weight: 1.0, gentler: '' },
      { term: '到手价', weight: 1.0, gentler: '' },
      { term: '福利价', weight: 1.0, gentler: '' },
      { term: '团购价', weight: 1.0, gentler: '' },
      { term: '团长价', weight: 1.0, gentler: '' },
      { term: '拼团价', weight: 1.0, gentler: '' },
      { term: '冰点价', weight: 1.0, gentler: '' },
      { term: '囤货价', weight: 1.0, gentler: '' },
      { term: '闺蜜价', weight: 1.0, gentler: '' },
      { term: '活动价', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '跑量款', weight: 0.9, gentler: '' },
      { term: '起批', weight: 0.8, gentler: '' },
      { term: '内部价', weight: 1.0, gentler: '' },
      { term: '出厂价', weight: 1.0, gentler: '' },
      { term: '成本价', weight: 1.0, gentler: '' },
      { term: '秒杀价', weight: 1.2, gentler: '' },
      { term: '白菜价', weight: 1.0, gentler: '' },
      { term: '骨折价', weight: 1.0, gentler: '' },
      { term: '清仓', weight: 1.0, gentler: '' },
      { term: '甩卖', weight: 1.0, gentler: '' },
      { term: '亏本', weight: 0.9, gentler: '' },
      { term: '买一送一', weight: 1.0, gentler: '' },
      { term: '免息分期', weight: 1.0, gentler: '' },
      { term: '分期免息', weight: 1.0, gentler: '' },
      { term: '第二件半价', weight: 1.0, gentler: '' },
      { term: '半价', weight: 0.8, gentler: '' },
      { term: '超值', weight: 0.6, gentler: '' },
      { term: '划算', weight: 0.5, gentler: '' },
      { term: '性价比', weight: 0.3, gentler: '' },
      { term: '宠粉', weight: 0.8, gentler: '' },
      { term: '粉丝福利', weight: 1.0, gentler: '' },
      { term: '福利', weight: 0.5, gentler: '' },
      { term: '专享价', weight: 1.0, gentler: '' },
      { term: '专属价', weight: 1.0, gentler: '' },
      { term: '免费领', weight: 1.0, gentler: '' },
      { term: '免费送', weight: 0.8, gentler: '' },
      { term: '赠品', weight: 0.6, gentler: '' },
      { term: '送好礼', weight: 0.8, gentler: '' },
      { term: '买到就是赚到', weight: 1.2, gentler: '' },
      { term: '薅羊毛', weight: 0.8, gentler: '' },
      { term: '捡漏', weight: 0.8, gentler: '' },
      { term: '神价', weight: 1.0, gentler: '' },
      { term: '破价', weight: 1.0, gentler: '' },
      { term: '立省', weight: 1.0, gentler: '' },
      { term: '返现', weight: 1.0, gentler: '' },
      { term: '返利', weight: 1.0, gentler: '' },
      { term: '免单', weight: 1.0, gentler: '' },
      // The neighbourhood's 团购群 is everyday life; a 团购 on offer sells.
      { term: '团购', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '抽奖', weight: 0.6, needs: 'commercial', gentler: '' },
      { term: '领取', weight: 0.5, needs: 'commercial', gentler: '' },
      { term: '大降价', weight: 1.0, gentler: '' },
      { term: '降价', weight: 0.7, needs: 'commercial', gentler: '' },
      { term: '专属福利', weight: 1.0, gentler: '' },
      { term: '下单送', weight: 1.0, gentler: '' },
      { term: '下单即送', weight: 1.1, gentler: '' },
      { term: '精美礼品', weight: 0.7, gentler: '' },
      { term: '大促', weight: 0.9, needs: 'commercial', gentler: '' },
      { term: '当天发货', weight: 0.5, needs: 'commercial', gentler: '' },
      { term: '免费领取', weight: 1.0, gentler: '' },
      { term: '免费试用', weight: 0.8, gentler: '' },
      { term: '新人优惠', weight: 1.0, gentler: '' },
      { term: '新人价', weight: 1.0, gentler: '' },
      { term: '新人专享', weight: 1.0, gentler: '' },
      { term: '首单', weight: 0.8, gentler: '' },
      { term: '优惠价', weight: 1.0, gentler: '' },
      { term: '特惠', weight: 0.9, gentler: '' },
      { term: '特卖', weight: 0.9, gentler: '' },
      { term: '大酬宾', weight: 1.0, gentler: '' },
      { term: '酬宾', weight: 0.8, gentler: '' },
      { term: '免租', weight: 0.8, needs: 'commercial', gentler: '' },
      { term: '首月免租', weight: 1.0, gentler: '' },
    ],
    'absolute-claim': [
      { term: '保值增值', weight: 1.0, basis: 'AL-25', gentler: '' },
      { term: '升值空间', weight: 0.9, needs: 'commercial', basis: 'AL-25', gentler: '' },
      { term: '今天买明天涨', weight: 1.0, basis: 'AL-25', gentler: '' },
      { term: '赚佣金', weight: 0.9, needs: 'commercial', basis: 'AL-25', gentler: '' },
      { term: '全天津最便宜', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '全城最便宜', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '全市最便宜', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '只涨不跌', weight: 1.2, basis: 'AL-25', gentler: '' },
      { term: '保证回本', weight: 1.2, basis: 'AL-25', gentler: '' },
      { term: '保证理赔', weight: 1.1, basis: 'AL-25', gentler: '' },
      { term: '假一罚十', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '全球顶级', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '最佳', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '最好', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '最优', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '最低价', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '最低', weight: 0.9, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '全网最低', weight: 1.3, basis: 'AL-9-3', gentler: '' },
      { term: '全球独一份', weight: 1.1, basis: 'AL-9-3', gentler: '' },
      { term: '独一份', weight: 0.9, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '最便宜', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '最优惠', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '最划算', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '最实惠', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '最高级', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '最高端', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '最强', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '最牛', weight: 0.9, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '最全', weight: 0.9, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '最先进', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '最安全', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '最有效', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '最专业', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '最正宗', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '最受欢迎', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '最畅销', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '最热卖', weight: 1.1, basis: 'AL-9-3', gentler: '' },
      { term: '最火', weight: 0.8, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '最权威', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '最顶级', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '最健康', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '最天然', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '最纯正', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '最放心', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '最靠谱', weight: 0.8, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '最具', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '史上最', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '史无前例', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '前所未有', weight: 0.8, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '绝无仅有', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '独一无二', weight: 0.8, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '空前绝后', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '第一', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '全国第一', weight: 1.3, basis: 'AL-9-3', gentler: '' },
      { term: '全网第一', weight: 1.3, basis: 'AL-9-3', gentler: '' },
      { term: '行业第一', weight: 1.3, basis: 'AL-9-3', gentler: '' },
      { term: '行业顶级', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '全球首创', weight: 1.1, basis: 'AL-9-3', gentler: '' },
      { term: '全国首创', weight: 1.1, basis: 'AL-9-3', gentler: '' },
      { term: '独此一家', weight: 1.1, basis: 'AL-9-3', gentler: '' },
      { term: '全球第一', weight: 1.3, basis: 'AL-9-3', gentler: '' },
      { term: '世界第一', weight: 1.3, basis: 'AL-9-3', gentler: '' },
      { term: '排名第一', weight: 1.3, basis: 'AL-9-3', gentler: '' },
      { term: '第一品牌', weight: 1.3, basis: 'AL-9-3', gentler: '' },
      { term: '销量冠军', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '质量第一', weight: 1.1, basis: 'AL-9-3', gentler: '' },
      { term: '人气第一', weight: 1.1, basis: 'AL-9-3', gentler: '' },
      { term: '唯一', weight: 0.9, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '全网唯一', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '唯一一款', weight: 1.1, basis: 'AL-9-3', gentler: '' },
      { term: '只此一家', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '别无分店', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '唯一指定', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '首选', weight: 0.9, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '首家', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '全国首家', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '独家', weight: 0.9, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '全网独家', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '独家秘方', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '独家配方', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '全球首发', weight: 0.9, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '国际大奖', weight: 0.7, needs: 'commercial', basis: 'AL-28', gentler: '' },
      { term: '正品保证', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '零成本创业', weight: 1.1, basis: 'AL-25', gentler: '' },
      { term: '顶级', weight: 1.2, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '顶尖', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '国家级', weight: 1.3, basis: 'AL-9-3', gentler: '' },
      { term: '世界级', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '国际级', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '极品', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '王牌', weight: 0.8, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '遥遥领先', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '全球领先', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '世界领先', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '行业领先', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '领导品牌', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '领袖品牌', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      // 万能的老李, 万能胶带 and 万能的朋友圈 praise or ask; 万能 goods are a claim.
      { term: '万能', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '央视推荐', weight: 1.1, basis: 'AL-9-2', gentler: '' },
      { term: '央视广告产品', weight: 1.0, basis: 'AL-9-2', gentler: '' },
      { term: '医院都在用', weight: 1.1, basis: 'AL-17', gentler: '' },
      { term: '医生都在用', weight: 1.1, basis: 'AL-17', gentler: '' },
      { term: '零伤害', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '永不掉色', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '终极救星', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '天花板', weight: 0.9, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '宇宙无敌', weight: 1.1, basis: 'AL-9-3', gentler: '' },
      { term: '永不褪色', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '永不变形', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '无敌', weight: 0.7, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '假一赔十', weight: 0.9, basis: 'AL-4', gentler: '' },
      { term: '假一赔千', weight: 0.9, basis: 'AL-4', gentler: '' },
      { term: '假一赔万', weight: 0.9, basis: 'AL-4', gentler: '' },
      // 正宗第一, 品质第一: a rank claimed for the goods themselves.
      { term: '正宗第一', weight: 1.1, basis: 'AL-9-3', gentler: '' },
      { term: '品质第一', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '销量第一', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '口碑第一', weight: 1.0, basis: 'AL-9-3', gentler: '' },
      { term: '假一赔百', weight: 0.9, basis: 'AL-4', gentler: '' },
      { term: '明星都在用', weight: 0.9, basis: 'AL-28', gentler: '' },
      { term: '包教包会', weight: 0.8, basis: 'AL-24', gentler: '' },
      { term: '绝对', weight: 0.8, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '百分百', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '百分之百', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      // A battery at 100% claims nothing: a percentage is a claim next to something sold, or before a claim word (patterns).
      { term: '100%', weight: 1.0, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '永久', weight: 0.8, needs: 'commercial', basis: 'AL-28', gentler: '' },
      { term: '零风险', weight: 1.2, basis: 'AL-25', gentler: '' },
      { term: '稳赚', weight: 1.2, basis: 'AL-25', gentler: '' },
      { term: '保本', weight: 1.0, basis: 'AL-25', gentler: '' },
      { term: '躺赚', weight: 1.0, basis: 'AL-25', gentler: '' },
      { term: '月入过万', weight: 1.2, basis: 'AL-25', gentler: '' },
      { term: '轻松赚钱', weight: 1.1, basis: 'AL-25', gentler: '' },
      { term: '零投资', weight: 1.0, basis: 'AL-25', gentler: '' },
      { term: '高收益', weight: 1.0, basis: 'AL-25', gentler: '' },
      { term: '保证收益', weight: 1.2, basis: 'AL-25', gentler: '' },
      { term: '稳定收益', weight: 0.8, needs: 'commercial', basis: 'AL-25', gentler: '' },
      { term: '月入', weight: 0.9, basis: 'AL-25', gentler: '' },
      { term: '日赚', weight: 1.0, basis: 'AL-25', gentler: '' },
      { term: '高回报', weight: 1.0, basis: 'AL-25', gentler: '' },
      { term: '回报高', weight: 1.0, basis: 'AL-25', gentler: '' },
      { term: '权威', weight: 0.8, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '冠军', weight: 0.6, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '领先', weight: 0.6, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '极致', weight: 0.5, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '完美', weight: 0.5, needs: 'commercial', basis: 'AL-9-3', gentler: '' },
      { term: '堪称完美', weight: 0.9, basis: 'AL-9-3', gentler: '' },
      { term: '没有之一', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '历史最低', weight: 1.2, basis: 'AL-9-3', gentler: '' },
      { term: '保过', weight: 1.2, basis: 'AL-24', gentler: '' },
      { term: '包过', weight: 1.2, basis: 'AL-24', gentler: '' },
      { term: '特供', weight: 1.2, basis: 'AL-9-2', gentler: '' },
      { term: '专供', weight: 1.0, basis: 'AL-9-2', gentler: '' },
      { term: '国家认证', weight: 0.8, needs: 'commercial', basis: 'AL-9-2', gentler: '' },
      // Claims of purity a label or an advert cannot keep (misleading under art. 4): commercial context only.
      { term: '纯天然', weight: 0.6, needs: 'commercial', basis: 'AL-4', gentler: '' },
      { term: '无添加', weight: 0.5, needs: 'commercial', basis: 'AL-4', gentler: '' },
      { term: '零添加', weight: 0.6, needs: 'commercial', basis: 'AL-4', gentler: '' },
      { term: '国宴', weight: 0.8, basis: 'AL-9-2', gentler: '' },
    ],
    'efficacy-claim': [
      { term: '包爆护', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '亲测有效', weight: 0.9, needs: 'commercial', basis: 'AL-28', gentler: '' },
      { term: '保效果', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '包效果', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '百病不生', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '不节食不挨饿', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '不节食不运动', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '躺瘦', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '绝对有效', weight: 1.2, basis: 'AL-28', gentler: '' },
      { term: '美容养颜', weight: 1.0, basis: 'AL-28', needs: 'commercial', gentler: '' },
      { term: '延缓衰老', weight: 1.0, basis: 'AL-28', needs: 'commercial', gentler: '' },
      { term: '包瘦', weight: 1.2, basis: 'AL-28', gentler: '' },
      { term: '不瘦退款', weight: 1.2, basis: 'AL-28', gentler: '' },
      { term: '不瘦全额退款', weight: 1.2, basis: 'AL-28', gentler: '' },
      { term: '直到考过为止', weight: 1.1, basis: 'AL-24', gentler: '' },
      { term: '终身免费重读', weight: 1.0, basis: 'AL-24', gentler: '' },
      { term: '包学包会', weight: 1.2, basis: 'AL-24', gentler: '' },
      { term: '包提分', weight: 1.2, basis: 'AL-24', gentler: '' },
      { term: '包过', weight: 1.1, needs: 'commercial', basis: 'AL-24', gentler: '' },
      { term: '必过', weight: 1.0, needs: 'commercial', basis: 'AL-24', gentler: '' },
      { term: '过目不忘', weight: 1.0, needs: 'commercial', basis: 'AL-24', gentler: '' },
      { term: '终身不复发', weight: 1.3, basis: 'AL-17', gentler: '' },
      { term: '治百病', weight: 1.3, basis: 'AL-17', gentler: '' },
      { term: '老少皆宜', weight: 0.8, needs: 'commercial', basis: 'AL-28', gentler: '' },
      { term: '根治', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '壮阳', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '补肾', weight: 1.0, basis: 'AL-17', gentler: '' },
      // Bare 治愈 is everyday for "soothing" (被小猫治愈了); it is a medical claim next to something sold.
      { term: '治愈', weight: 1.2, needs: 'commercial', basis: 'AL-17', gentler: '' },
      { term: '能治愈', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '可以治愈', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '彻底治愈', weight: 1.3, basis: 'AL-17', gentler: '' },
      { term: '完全治愈', weight: 1.3, basis: 'AL-17', gentler: '' },
      { term: '治愈率', weight: 1.2, basis: 'AL-16', gentler: '' },
      { term: '有效率', weight: 1.0, basis: 'AL-16', gentler: '' },
      { term: '立竿见影', weight: 1.2, basis: 'AL-28', gentler: '' },
      { term: '通通治愈', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '统统治愈', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '全部治愈', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '无副作用', weight: 1.2, basis: 'AL-16', gentler: '' },
      { term: '零副作用', weight: 1.2, basis: 'AL-16', gentler: '' },
      { term: '药到病除', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '包治百病', weight: 1.3, basis: 'AL-17', gentler: '' },
      { term: '根除', weight: 1.0, basis: 'AL-17', gentler: '' },
      { term: '永不复发', weight: 1.2, basis: 'AL-16', gentler: '' },
      { term: '不反弹', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '一次见效', weight: 1.2, basis: 'AL-28', gentler: '' },
      { term: '效果保证', weight: 1.1, basis: 'AL-28', gentler: '' },
      { term: '不成功不收费', weight: 1.2, basis: 'AL-28', gentler: '' },
      { term: '保证练出', weight: 1.1, basis: 'AL-28', gentler: '' },
      { term: '一杯见效', weight: 1.2, basis: 'AL-28', gentler: '' },
      { term: '不复发', weight: 1.0, needs: 'commercial', basis: 'AL-17', gentler: '' },
      { term: '保证你满意', weight: 0.9, basis: 'AL-28', gentler: '' },
      { term: '保证满意', weight: 0.9, basis: 'AL-28', gentler: '' },
      { term: '白到发光', weight: 0.8, needs: 'commercial', basis: 'AL-28', gentler: '' },
      { term: '保证效果', weight: 1.1, basis: 'AL-28', gentler: '' },
      { term: '当天见效', weight: 1.2, basis: 'AL-28', gentler: '' },
      { term: '一晚见效', weight: 1.2, basis: 'AL-28', gentler: '' },
      { term: '一夜见效', weight: 1.2, basis: 'AL-28', gentler: '' },
      { term: '当晚见效', weight: 1.2, basis: 'AL-28', gentler: '' },
      { term: '第二天就见效', weight: 1.2, basis: 'AL-28', gentler: '' },
      { term: '可以停药', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '不用再吃降压药', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '专治', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '增高药', weight: 1.1, basis: 'AL-17', gentler: '' },
      { term: '白发变黑发', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '白发变黑', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '提高智商', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '智商提高', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '提升智商', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '赢在起跑线', weight: 0.7, needs: 'commercial', basis: 'AL-28', gentler: '' },
      { term: '输在起跑线', weight: 0.7, needs: 'commercial', basis: 'AL-28', gentler: '' },
      { term: '百病', weight: 1.1, needs: 'commercial', basis: 'AL-17', gentler: '' },
      { term: '百病全消', weight: 1.3, basis: 'AL-17', gentler: '' },
      { term: '百病不侵', weight: 1.3, basis: 'AL-17', gentler: '' },
      { term: '神药', weight: 1.0, needs: 'commercial', basis: 'AL-17', gentler: '' },
      { term: '保证有效', weight: 1.2, basis: 'AL-16', gentler: '' },
      { term: '无效退款', weight: 1.2, basis: 'AL-16', gentler: '' },
      { term: '疗效', weight: 0.9, needs: 'commercial', basis: 'AL-17', gentler: '' },
      { term: '治疗效果', weight: 1.0, basis: 'AL-17', gentler: '' },
      { term: '能治疗', weight: 1.1, basis: 'AL-17', gentler: '' },
      { term: '可治疗', weight: 1.1, basis: 'AL-17', gentler: '' },
      { term: '降血压', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '降血糖', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '降血脂', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '降三高', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '抗癌', weight: 1.3, basis: 'AL-17', gentler: '' },
      { term: '防癌', weight: 1.3, basis: 'AL-17', gentler: '' },
      { term: '抗肿瘤', weight: 1.3, basis: 'AL-17', gentler: '' },
      { term: '消炎', weight: 1.0, basis: 'AL-17', gentler: '' },
      { term: '排毒', weight: 1.0, basis: 'AL-18', gentler: '' },
      { term: '祛斑', weight: 1.0, basis: 'AL-17', gentler: '' },
      { term: '增强免疫力', weight: 1.0, basis: 'AL-18', gentler: '' },
      { term: '提高免疫力', weight: 1.0, basis: 'AL-18', gentler: '' },
      { term: '延年益寿', weight: 1.0, basis: 'AL-18', gentler: '' },
      { term: '抗衰老', weight: 0.8, basis: 'AL-28', gentler: '' },
      { term: '逆龄', weight: 0.8, basis: 'AL-28', gentler: '' },
      { term: '快速减肥', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '躺着瘦', weight: 1.2, basis: 'AL-28', gentler: '' },
      { term: '医用级', weight: 0.8, basis: 'AL-17', gentler: '' },
      { term: '治疗', weight: 0.8, needs: 'commercial', basis: 'AL-17', gentler: '' },
      { term: '改善睡眠', weight: 0.8, needs: 'commercial', basis: 'AL-18', gentler: '' },
      { term: '减肥', weight: 0.6, needs: 'commercial', basis: 'AL-28', gentler: '' },
      { term: '燃脂', weight: 0.8, basis: 'AL-28', gentler: '' },
      { term: '瘦身', weight: 0.6, needs: 'commercial', basis: 'AL-28', gentler: '' },
      { term: '祛痘', weight: 0.8, basis: 'AL-28', gentler: '' },
      { term: '抗皱', weight: 0.6, needs: 'commercial', basis: 'AL-28', gentler: '' },
      { term: '去皱', weight: 0.8, basis: 'AL-28', gentler: '' },
      { term: '美白', weight: 0.6, needs: 'commercial', basis: 'AL-28', gentler: '' },
      { term: '焕白', weight: 0.8, basis: 'AL-28', gentler: '' },
      { term: '淡斑', weight: 1.0, basis: 'AL-28', gentler: '' },
      { term: '专家推荐', weight: 1.0, basis: 'AL-16', gentler: '' },
      { term: '医生推荐', weight: 1.1, basis: 'AL-16', gentler: '' },
      // "医生都推荐多吃蔬菜" is advice; beside a product it vouches for it.
      { term: '医生都推荐', weight: 1.0, needs: 'commercial', basis: 'AL-16', gentler: '' },
      { term: '比药还管用', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '比药还灵', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '比吃药还管用', weight: 1.2, basis: 'AL-17', gentler: '' },
      { term: '专家认证', weight: 1.0, basis: 'AL-16', gentler: '' },
    ],
    'contact-bait': [
      { term: '加我微信', weight: 1.0, gentler: '' },
      { term: '赶紧加我', weight: 1.1, gentler: '' },
      { term: '快加我', weight: 1.0, gentler: '' },
      { term: '速加我', weight: 1.1, gentler: '' },
      { term: '马上加我', weight: 1.0, gentler: '' },
      { term: '抓紧加我', weight: 1.1, gentler: '' },
      { term: '加微信', weight: 0.9, gentler: '' },
      { term: '加v', weight: 0.9, gentler: '' },
      { term: '加vx', weight: 1.0, gentler: '' },
      { term: '加wx', weight: 1.0, gentler: '' },
      { term: 'qq群', weight: 0.9, gentler: '' },
      { term: '加威信', weight: 0.9, gentler: '' },
      // Homophones and letters that stand for 微信 where a platform filters the word itself.
      { term: '薇信', weight: 0.9, gentler: '' },
      { term: '加薇', weight: 0.9, gentler: '' },
      { term: 'v信', weight: 0.9, gentler: '' },
      { term: 'v我', weight: 0.9, gentler: '' },
      { term: '徽信', weight: 0.9, gentler: '' },
      { term: '威信号', weight: 0.9, gentler: '' },
      { term: '微信号', weight: 0.8, gentler: '' },
      { term: '微信同号', weight: 1.0, gentler: '' },
      { term: '联系电话', weight: 1.0, gentler: '' },
      { term: '手机号', weight: 0.6, needs: 'commercial', gentler: '' },
      { term: '电话咨询', weight: 1.0, gentler: '' },
    ],
  },
  patterns: {
    cta: [
      // 不信来试, 不信你就试试: the dare to try it.
      { pattern: /不信(?:你|就)?(?:来|去)?试(?:试|一试)?(?=[！!～~。]|$)/g, weight: 0.9, example: '100%有效，不信来试！', hint: ['不信'] },
      // 课时包 yh 最后一天，xd 送泳帽，sl 我: 优惠, 下单 and 私聊我 in pinyin initials, spaced from the Chinese.
      { pattern: /(?<=[\u4e00-\u9fff！!，,]\s?)(?:xd|sl\s?我)(?=\s?[\u4e00-\u9fff！!，,～~]|$)/g, weight: 0.9, example: '课时包最后一天，xd 送泳帽，sl 我！', hint: ['xd', 'sl'] },
      // 今日tj！sl我xd！: 特价, 私聊 and 下单 in pinyin initials, between Chinese (English "XD" stays a face).
      { pattern: /(?<=[\u4e00-\u9fff！!，,])(?:xd|sl我|sx我)(?=[\u4e00-\u9fff！!～~]|xd|$)/g, weight: 0.9, example: '牦牛绒披肩三百九一条，sl我xd！', hint: ['xd', 'sl我', 'sx我'] },
      // "…sl有限，dd！": dd (滴滴, message me) alone closing a clause, in a post that sells.
      { pattern: /(?<=^|[，,。！!\s])(?:dd|DD)(?=\s*(?:[！!。～~]|$))/g, weight: 0.9, needs: 'commercial', example: '门锁只要699！sl有限，dd！', hint: ['dd'] },
      // 马上来看琴, 赶紧来试驾: come and see it, urged.
      { pattern: /(?:马上|赶紧|赶快|快|速|立即|立刻)来(?:看|试|挑|选|拿|提)(?=[\u4e00-\u9fff]{0,3}(?:[！!～~。，,]|$))/g, weight: 1.0, example: '全天津最便宜的二手钢琴就在这里，马上来看琴！', hint: ['来看', '来试', '来挑', '来选', '来拿', '来提'] },
      // 先交定金先排期, 先付款先安排: paying first to be served first.
      { pattern: /先(?:付|交)(?:定金|订金|款|全款)先(?:排|排期|安排|施工|发|锁定)/g, weight: 1.0, example: '贴膜全包1999，先交定金先排期！', hint: ['先'] },
      // 先付定金先得, 先交订金先得: whoever pays first has it.
      { pattern: /先(?:付|交)(?:定金|订金|款|全款)先得|先交先得|先(?:转账|转|打款|给钱)先得/g, weight: 1.0, example: '同城包送，先付定金先得！', hint: ['先得'] },
      // 要的马上私！, 赶紧私～: 私 alone after an urging word, closing the clause.
      { pattern: /(?:马上|赶紧|赶快|速度|快快?|抓紧)私(?=\s*(?:[！!～~。，,]|$|[\ud800-\udfff]))/g, weight: 1.0, example: '要的马上私！', hint: ['私'] },
      // 我私聊发链接, 私发价格: the price or link sent privately.
      { pattern: /私聊(?:发|给你|给大家)(?:链接|价格|价目表|报价)|私发(?:链接|价格|价目表|报价)/g, weight: 1.0, example: '想要的宝宝评论区扣1，我私聊发链接！', hint: ['私聊', '私发'] },
      // 福袋抽不停, 关注直播间, 预约直播间, 送货上门免费: the live room's calls.
      { pattern: /福袋(?:抽不停|送不停|来了|雨|免费抽)|(?:抽|发|送)福袋|福袋每[^，。！？!?\n]{0,6}抽|关注直播间|预约直播间|点亮(?:粉丝)?灯牌|送货上门[，,\s]*免费|免费送货上门/g, weight: 1.0, example: '赶紧关注直播间，福袋每十分钟抽一次！', hint: ['福袋', '直播间', '灯牌', '送货上门'] },
      // 私聊领取, 私信预订: the reader sent to a private chat for the goods.
      { pattern: /(?:私聊|私信|私我|私戳)(?:我)?(?:领取|领|拿|预订|预定|订购|下单|购买|报名)/g, weight: 1.0, gentler: '想了解的可以问我', example: '护肝片保证修复肝脏，私聊领取！', hint: ['私聊', '私信', '私我', '私戳'] },
      // 点赞领红包, 转发抽奖, 评论区扣1: a reward for a like, a share or a comment.
      { pattern: /(?:点赞|集赞|转发|评论|留言|关注)(?:本条|此条|这条)?(?:就|即可|即|都)?(?:领|抽|送|得|拿|赢)(?:红包|奖|礼品|礼物|福利|优惠券|券|好礼)|评论区(?:扣|打|回复)\s*[1１一]/g, weight: 1.0, example: '点赞领红包', hint: ['红包', '奖', '礼', '福利', '券', '评论区'] },
      // 赶快行动: go, now.
      { pattern: /赶快行动|赶紧行动|速速行动/g, weight: 1.0, example: '赶快行动！', hint: ['行动'] },
      // DM 我, PM 我: an English verb with a Chinese pronoun, as Singapore and Malaysia sellers write it.
      { pattern: /\b(?:DM|PM|dm|pm|Dm|Pm|WhatsApp|whatsapp|inbox)\s*我/g, weight: 1.1, example: '最后 3 pcs 了，DM 我！', hint: ['我'] },
      // 立即来店: come in.
      { pattern: /(?:立即|赶紧|马上|快|速)(?:来店|到店)/g, weight: 1.0, example: '置换补贴最高1万，立即来店！', hint: ['来店', '到店'] },
      // 要囤粮的赶紧了: those who want it, told to hurry (要上学的赶紧起床 too, so beside a sale only).
      { pattern: /(?:要|想要|需要)[\u4e00-\u9fff]{0,3}的(?:姐妹|朋友|宝子|亲|家人)?们?[，,\s]*(?:赶紧|赶快|抓紧|速度)了?/g, weight: 1.0, needs: 'commercial', example: '猫粮买二送一，要囤粮的赶紧了！', hint: ['的'] },
      // 选我就对了.
      { pattern: /选(?:我|我们|我家|咱家)就对了/g, weight: 1.0, example: '收益最高、风险最低、服务最好，选我就对了！', hint: ['就对了'] },
      // 赶紧转发给身边的家长: the reader told to pass it on.
      { pattern: /赶紧(?:转发|分享|转给|拉上|叫上|带上)/g, weight: 1.0, example: '赶紧转发给身边有孩子的家长，拼团更便宜！', hint: ['赶紧'] },
      // 扫图中二维码, 扫下方二维码进群: the code in the picture.
      { pattern: /扫(?:描)?(?:一下)?(?:图中|图片|图上|下方|下图|海报上?)的?二维码/g, weight: 1.0, example: '进群就送水果！群号扫图中二维码！', hint: ['二维码'] },
      // 今天下单的前20位: the first buyers, addressed.
      { pattern: /(?:今天|今晚|现在)?(?:下单|拍下|付款|报名)的前\s*[\d一二三四五六七八九十]+\s*(?:位|名|个)/g, weight: 1.1, example: '今天下单的前20位送价值199的茶宠！', hint: ['的前'] },
      // 关注店铺领5元券: a coupon for following the shop.
      { pattern: /关注(?:店铺|本店|我|我们|小店)?(?:就|即|后)?(?:领|送|得)/g, weight: 1.1, example: '店铺上新，关注店铺领5元无门槛券！', hint: ['关注'] },
      // 私信“上新”两个字: a keyword that gets the offer.
      { pattern: /(?:私信|留言|评论|回复|扣)\s*[“"「'][^”"」']{1,8}[”"」']/g, weight: 1.0, example: '私信"上新"两个字，发你优惠链接！', hint: ['私信', '留言', '评论', '回复', '扣'] },
      // 加我好友领红包: a gift for adding the seller.
      { pattern: /加(?:我|个)?好友(?:就|即|后|立)?(?:领|送|得|抽|返)/g, weight: 1.1, example: '加我好友领红包！', hint: ['好友'] },
      // 今天下单的宝妈, 现在拍下的姐妹们: the readers who order, addressed.
      { pattern: /(?:今天|今晚|现在|这周|本周|马上)?(?:下单|拍下|付款|报名)的(?:宝妈|宝贝|姐妹|朋友|家人|亲|宝宝|小伙伴|客户)们?/g, weight: 1.0, example: '团长福利：今天下单的宝妈额外送两包纸巾！', hint: ['下单的', '拍下的', '付款的', '报名的'] },
      // 赶紧带朋友来, 快叫上朋友: bring others to buy.
      { pattern: /(?:赶紧|赶快|(?<![很尽飞加赶])快|速)(?:带|叫|约|喊)上?(?:你的)?(?:朋友|闺蜜|姐妹|家人|同事|小伙伴)/g, weight: 1.0, needs: 'commercial', example: '新店开业前三天全场免费试吃，赶紧带朋友来！', hint: ['朋友', '闺蜜', '姐妹', '家人', '同事', '伙伴'] },
      // 赶紧给爸妈买, 快帮孩子囤: urging a purchase for someone.
      { pattern: /(?:赶紧|赶快|快|马上)(?:给|帮|替)[^，。！？!?\n]{1,6}?(?:买|囤|下单|订|抢|安排)/g, weight: 1.0, example: '保健品治百病，老人吃了腰不酸腿不疼，赶紧给爸妈买！', hint: ['给', '帮', '替'] },
      // 送长辈挺合适的, 适合送老师: a gift suggestion. Beside a price it is an offer (寿眉一罐198，送长辈挺合适的);
      // alone it is advice (我妈说这茶送长辈挺合适).
      { pattern: /(?:(?:送给?|买给|带给)(?:长辈|老人|父母|爸妈|老师|客户|领导|朋友|亲戚|闺蜜|同事|家里人)(?:也|都)?(?:挺|很|正|蛮|特别|就)?(?:合适|适合|体面|有面子)(?:的(?=[。！!，,\s]|$))?|适合(?:送|买给)(?:人|礼|长辈|老人|父母|爸妈|老师|客户|领导|朋友|亲戚))/g, weight: 0.6, needs: 'commercial', example: '寿眉一罐198，送长辈挺合适的。', hint: ['送', '买给', '带给', '适合'] },
      { pattern: /拍\s*[\d一二两三四五]\s*发\s*[\d一二两三四五六七八九十]/g, weight: 1.1, example: '拍一发三', hint: ['拍'] },
      // 聪明宝宝都在喝: everyone is buying it.
      { pattern: /(?:都在|全都在|人人都在)(?:喝|吃|用|囤)/g, weight: 0.7, needs: 'commercial', example: '聪明宝宝都在喝', hint: ['都在'] },
      // 扣1上车, 3、2、1上车: a group buy or a live stream taking orders, though 扣1 and 上车 alone are everyday.
      { pattern: /扣\s*[1１]\s*上车|上车\s*扣\s*[1１]|[3３三][、，,\s]*[2２二][、，,\s]*[1１一][、，,\s!！]*(?:上车|上链接|改价|开抢|开拍)/g, weight: 1.2, example: '扣1上车', hint: ['上车', '上链接', '改价', '开抢', '开拍'] },
      // 还没下单的抓紧了, 还没报的家长: those who have not ordered yet, called on (not 我还没买的那本书).
      { pattern: /(?<![我他她])还没(?:下单|付款|报名|报|抢|买|囤|预订)的(?=[\u4e00-\u9fff]{0,2}(?:姐妹|宝|朋友|家长|亲|小伙伴|们|同学|学员|客户)|\s*(?:[，,！!～~]|抓紧|赶紧|快|速|别))/g, weight: 1.0, example: '还没下单的抓紧了', hint: ['还没'] },
      // 出了直播间立马恢复三百多: the live-room price ends with the stream.
      { pattern: /(?:出了|过了|下了|离开)直播间(?:就|立马|马上|立刻)?(?:恢复|涨回|回到|没有)/g, weight: 1.1, example: '出了直播间立马恢复三百多', hint: ['直播间'] },
      // 关注领红包, 关注就送: a follow paid for.
      { pattern: /关注(?:就|即|后)?(?:领|送|抽|得)/g, weight: 1.0, example: '关注领红包', hint: ['关注'] },
      // 回复"要"，我马上给你留一份: an order taken by a keyword.
      { pattern: /回复\s*["“「]?(?:要|1|１|想要)["”」]?/g, weight: 1.0, example: '回复"要"，我马上给你留一份！', hint: ['回复'] },
      // 想要的姐妹告诉我, 需要的朋友找我: the buyers called, then asked for the order.
      { pattern: /(?:想要的|要的|需要的)(?:姐妹|朋友|宝宝|宝妈|亲|家人|邻居)们?(?:告诉我|回我|跟我说|私我|找我)/g, weight: 1.0, needs: 'commercial', example: '想要的姐妹告诉我，今晚九点前付款', hint: ['告诉我', '回我', '跟我说', '私我', '找我'] },
      // 赶紧找我配置, 快来找我: come to me now.
      { pattern: /(?:赶紧|赶快|快|抓紧|速|立刻|立即|马上)来?找我/g, weight: 1.1, example: '下个月就停售了，赶紧找我配置', hint: ['找我'] },
      // 本周报名送一把琴, 下单就送, 办卡立减: something given for buying now.
      { pattern: /(?:报名|预订|购买|订购|办卡|签约|付款|拍下|投保|咨询|付定金|交定金|下定)(?:就|即|再|都|还)?(?:送|享|立减|再减|减)/g, weight: 1.0, example: '本周报名送一把琴', hint: ['送', '享', '减'] },
      // 今晚直播间抢面膜, 直播间等你: come and buy in the live room (抢到 in it is a purchase told).
      { pattern: /直播间(?:见|等你|抢(?![到了过])|秒杀|下单|开抢)/g, weight: 1.0, example: '今晚直播间抢面膜', hint: ['直播间'] },
      // 想要的评论区扣1.
      { pattern: /(?:要的|需要的|想要的)[^，。！？\n]{0,4}?(?:评论区|留言区)?扣\s*[1１]/g, weight: 1.1, example: '想要的评论区扣1', hint: ['扣1', '扣１'] },
      // 名额只剩五个: places running out.
      { pattern: /名额(?:只|仅|就)剩/g, weight: 1.1, example: '名额只剩五个', hint: ['名额'] },
      // "Whoever wants one, type 1": a group buy taking orders (想看的扣1 is a poll).
      { pattern: /(?:要的|需要的|想要的|下单的)(?:宝子|宝宝|朋友|亲|姐妹|家人)?们?(?:扣|回复?|留言|评论)\s*[1１]/g, weight: 1.2, example: '要的扣1', hint: ['要的', '下单的'] },
      // A buying verb right after an urging word, whichever the pair: 速速下单, 赶快囤, 立刻入手, 马上抢. The urging
      // word stays outside the match, so it is the marker that tells the verb is urged.
      {
        pattern: /(?<=(?:赶紧|赶快|马上|立即|立刻|立马|速速|抓紧|快来|快去|快点|快快|现在就|今天就|马上就)\s*去?)(?:留言|购买|下单|下定|投保|参保|认购|试试|试一试|办卡|办(?=[！!。，,～~\s]|$)|抢购|抢(?!红包)|入手|囤货|囤|拍下|拍(?![照摄视电张])|订购|预订|订(?![阅婚])|定(?![位心期时下来了好])|关注|买(?![菜票单药早午晚饭])|付款|加购|领取|领券|回购|凑单|预约|约(?![会好了定饭])|来体验|体验)/g,
        weight: 1.2,
        example: '赶快囤',
        hint: ['赶紧', '赶快', '马上', '立即', '立刻', '立马', '速速', '抓紧', '快来', '快去', '快点', '快快'],
      },
      // 别犹豫了，现在就买！ — urged only when shouted or closing the line (朋友问我要不要现在就买，… is a question).
      {
        pattern: /(?<=(?:现在就|今天就)\s*)(?:买|下单|抢|入手|拍|回购|凑单)(?=\s*(?:[！!]|$))/g,
        weight: 1.2,
        example: '别犹豫了，现在就买！',
        hint: ['现在就', '今天就'],
      },
    ],
    urgency: [
      // 满了就不接了, 满额即止: the order book closes when full.
      { pattern: /满了?就不(?:接|做|收|约)了?|满额即止|约满即止/g, weight: 1.0, needs: 'commercial', example: '定制刻字手镯仅剩最后8个，满了就不接了！', hint: ['满'] },
      // 这价格今天过了就没有: the price as the subject of its own deadline.
      { pattern: /这个?价(?:格|钱)?[^，。！？!?\n]{0,4}(?:过了|一过|过后)[^，。！？!?\n]{0,2}就?没(?:有)?了?/g, weight: 1.0, example: '只要39，这价格今天过了就没有！', hint: ['这价', '这个价'] },
      // 今晚下单明早发, 6点前下单当天发: order by a time to ship at once.
      { pattern: /(?:今晚|今天|\d{1,2}\s*点前|中午前|下午\s*\d\s*点前)下单(?:明早|明天|当天|今天|马上|立刻)(?:就)?发(?:货)?/g, weight: 0.9, example: '一斤一二八，今晚下单明早发，私我', hint: ['下单'] },
      // 今天不买重疾险，明天生病谁给你钱: fear of going without it.
      { pattern: /(?:今天|现在)不买[^，。！？!?\n]{0,8}[，,]\s*(?:明天|以后|将来|万一)[^，。！？!?\n]{0,8}谁(?:给你|来|帮你)?(?:出钱|给钱|赔|管你|钱)/g, weight: 1.0, example: '今天不买重疾险，明天生病谁给你钱？', hint: ['不买'] },
      // 卖完下次涨价, 卖完再上就涨价: the next batch dearer.
      { pattern: /卖完(?:下次|以后|再上|再来|补货)(?:就|要|会)?涨价/g, weight: 1.1, example: '只剩最后5台，卖完下次涨价！', hint: ['卖完'] },
      // 卖完今年就不做了, 卖完这批就停: no more after this batch.
      { pattern: /卖完(?:今年|这批|这一批|这次|这锅|这缸)?(?:就|即)(?:不做了|不再做|停了|停做|收摊|下架)/g, weight: 1.0, needs: 'commercial', example: '年前最后一批腊肉，卖完今年就不做了！', hint: ['卖完'] },
      // 马上结束, 最后的疯抢机会: the end, announced.
      { pattern: /(?:马上|即将|就要)(?:结束|截止|恢复原价|下架)|最后的(?:疯抢|抢购)?机会/g, weight: 1.0, example: '倒计时3小时，马上结束！', hint: ['结束', '截止', '恢复原价', '下架', '机会'] },
      // 马上就要涨价了, 一年只有一次的机会, 最便宜的一次: the rise, the once a year, the low announced.
      { pattern: /马上(?:就)?要涨价|即将涨价|(?:明天|下周|下个月)(?:就)?(?:要)?涨价|一年(?:只有|就|仅)一次的?(?:机会|活动|优惠|福利)|最便宜的一次/g, weight: 1.0, example: '马上就要涨价了，没买的抓紧！', hint: ['涨价', '一次'] },
      // 手慢真的无了, 秒杀开始了: the rush, announced.
      { pattern: /手慢(?:真的|就)?无(?:了|啦)?|秒杀(?:开始|开抢)(?:了|啦)|开抢(?:了|啦)/g, weight: 1.0, example: '家人们，手慢真的无了！就剩这最后一批！', hint: ['手慢', '开始了', '开始啦', '开抢'] },
      // 明天就没这个价了, 错过这一波等一年: the price's end, threatened.
      { pattern: /(?:明天|明儿|过了今天|今天过后|下周|过后|错过)(?:就|可就)?没(?:有)?这个价|错过(?:这一?波|这次|今天|这个价)?(?:就|又|只能|只好|又得)?(?:要)?再?等(?:一年|明年|半年|一个月|下个月|一周|下周)/g, weight: 1.0, example: '每克便宜80元，明天就没这个价了！', hint: ['这个价', '等一年', '等明年', '等半年', '等一个月', '等下个月', '等一周', '等下周'] },
      // 现在不买，…就只能送巧克力了: the loss of waiting, threatened.
      { pattern: /(?:现在|今天|今晚|这次|此时)不(?:买|下单|抢|订|定|入手|囤|上车|拿|带走)(?:的话)?[，,！!]?[^。！？!?\n]{0,14}?(?:就只能|就没了|就没有了|就要等|又要等|可就|就得等|就后悔|会后悔|就来不及|就晚了)|不(?:买|下单|抢|订|入手|囤|上车)更待何时/g, weight: 1.0, example: '别犹豫了！现在不买，情人节当天你就只能送巧克力了！', hint: ['不买', '不下单', '不抢', '不订', '不定', '不入手', '不囤', '不上车', '不拿', '不带走', '更待何时'] },
      // 距离预订截止还有24小时.
      { pattern: new RegExp(`距离?[^，。！？!?\\n]{0,8}(?:截止|结束|涨价)还有\\s*${NUM}\\s*个?(?:小时|天|分钟)`, 'g'), weight: 1.1, example: '倒计时开始！距离情人节预订截止还有24小时！', hint: ['还有'] },
      // 卖完就断货.
      { pattern: /卖完(?:就|即)?断货/g, weight: 1.0, example: '最后一批货，卖完就断货了！', hint: ['断货'] },
      // 错过真的会后悔.
      { pattern: /错过(?:了)?(?:这次|这一次|这波|今天|这个机会)?[，,]?\s*(?:真的|绝对|一定|肯定)?(?:会)?后悔/g, weight: 1.0, example: '回购无数次的洗发水，不踩雷，错过真的会后悔！', hint: ['后悔'] },
      // 倒数三天 (as 倒计时), beside a sale.
      { pattern: new RegExp(`倒数\\s*${NUM}\\s*(?:天|小时|分钟)`, 'g'), weight: 1.0, needs: 'commercial', example: '倒数三天！全场 7 折，先抢先得！', hint: ['倒数'] },
      // 今天不买明天哭, 房价明天就涨.
      { pattern: /(?:今天|现在)不(?:买|下定|下单|入手|定)[，,]?明天(?:就)?(?:哭|后悔|涨价?)/g, weight: 1.1, example: '房价明天就涨，今天不买明天哭！', hint: ['不买', '不下定', '不下单', '不入手', '不定'] },
      { pattern: /(?:房价|价格|价钱|单价)(?:明天|下周|下个月|月底|马上)就?(?:要)?(?:上)?涨/g, weight: 1.0, needs: 'commercial', example: '房价明天就涨，今天下定还来得及', hint: ['涨'] },
      // 错过就是一辈子的遗憾, 机会只有一次.
      { pattern: /错过(?:了)?(?:就是|会是|将是|就会是)?(?:一辈子|终身|一生)的?遗憾|机会(?:只有|仅有|就)这?一次/g, weight: 1.1, example: '倒计时24小时！错过就是一辈子的遗憾！', hint: ['遗憾', '一次'] },
      // 报名通道即将关闭: an offer's door about to shut.
      { pattern: /(?:报名|活动|优惠|团购|秒杀|特价|招生|预售)(?:通道|窗口|入口)?(?:即将|马上就要|就要)(?:关闭|截止|结束)/g, weight: 1.0, example: '倒计时开始！报名通道即将关闭！', hint: ['即将', '就要'] },
      // 犹豫就会错过, 晚了又要等半个月: hesitation punished (a proverb too, so beside a sale only).
      { pattern: /犹豫就(?:会)?错过|晚了(?:就|又|可就)?(?:要等|抢不到|没了|没有了|买不到)|手慢就没/g, weight: 1.0, needs: 'commercial', example: '冲刺班还剩4个位置，犹豫就会错过！', hint: ['犹豫', '晚了', '手慢'] },
      // 现在不买以后买不起: the price will outrun the reader.
      { pattern: /(?:现在|今天|再|这次)不(?:买|入手|收|囤)[，,]?(?:以后|将来|明年)(?:就|可就)?买不起/g, weight: 1.1, example: '这批老茶只涨不跌，现在不买以后买不起！', hint: ['买不起'] },
      // 今天不下单就没机会了: a threat, not a denial.
      { pattern: /(?:今天|现在|今晚|再|这次)不(?:下单|买|抢|报名|入手|订)(?:的话)?[，,]?(?:就)?(?:没|没有)(?:机会|优惠|这个价)了?/g, weight: 1.1, example: '一年只做一次的活动！今天不下单就没机会了！！！', hint: ['不下单', '不买', '不抢', '不报名', '不入手', '不订'] },
      // 错过这次再也买不到了.
      { pattern: /错过(?:这次|今天|这一?波|这批|本次)?[，,]?(?:就)?再也(?:买不到|抢不到)/g, weight: 1.1, example: '全球限量，错过这次再也买不到了！', hint: ['再也'] },
      // 卖完今年就没有了, 卖完这批就没了: gone once sold.
      { pattern: /卖完(?:[\u4e00-\u9fff]{0,3})?就?没(?:有)?了/g, weight: 1.0, example: '芒果季最后一批货，卖完今年就没有了！', hint: ['卖完'] },
      // 现在不买就晚了, 今天不买明天就涨, 仅此三天.
      { pattern: /(?:现在|今天|再|还)不(?:买|定|订|下单|入手)[，,]?(?:就|明天就|以后就|下周就)(?:晚了|涨|要涨|没了)|(?:现在|今天)不(?:买|约|订|定|下单|入手)[，,]?(?:就)?(?:等明年|再等一年|要等明年)|仅此[两二三四五六七\d]+天|(?:名额|特价|优惠|活动|折扣|会员价)[^，。！？!?\n]{0,3}(?:明天|今晚|今天|后天)(?:就)?(?:取消|结束|截止|恢复原价|涨回)/g, weight: 1.1, example: '房价马上要涨了，现在不买就晚了！', hint: ['不买', '不定', '不订', '不下单', '不入手', '仅此'] },
      // 错过这次再等半年: the next chance far off.
      { pattern: /错过(?:这次|这一次|这波|今天|本期)?(?:就)?(?:要)?再等(?:一年|半年|明年|一年半|[两三四五六七八九十\d]+年)/g, weight: 1.2, example: '本周五截止报名，错过这次再等半年！', hint: ['再等'] },
      // 以后再也不卖这个价了.
      { pattern: /再也不(?:会)?(?:卖|有|给)这个价/g, weight: 1.1, example: '今天最后一次返场，以后再也不卖这个价了！', hint: ['这个价'] },
      // 现在不报名，明年就要多花一倍的钱: not signing up costs more later.
      { pattern: /(?:现在|今天|这次)不(?:报名|报|下单|买)[，,\s]?(?:明年|以后|下次|之后)(?:就)?(?:要)?(?:多花|涨价|贵)/g, weight: 1.1, example: '现在不报名，明年就要多花一倍的钱！', hint: ['不报名', '不报', '不下单', '不买'] },
      // 卖完就要等下个月了: the next batch is far off.
      { pattern: /卖完(?:了)?(?:就|还)?(?:要|得)?等(?:到)?(?:下个月|下周|明年|下一批|下批|过年)/g, weight: 1.1, example: '最后一批现货，卖完就要等下个月了！', hint: ['卖完'] },
      // 最后半小时, 今天不来就没机会了.
      { pattern: /最后(?:半小时|半天|一小时|两小时|几个小时|几小时)|不来就没(?:机会|了|有了)/g, weight: 1.0, needs: 'commercial', example: '面包店清仓：所有面包买一送一，最后半小时！', hint: ['最后', '不来就没'] },
      // 这个价格只有这个月, 这价只到月底: the price holds only so long.
      { pattern: /这个?价(?:格|钱)?(?:只有|只到|只限|仅限|就到)(?:今天|今晚|明天|这周|本周|这个月|本月|月底|周末|这几天)/g, weight: 1.1, example: '健身私教课买10送5，这个价格只有这个月！', hint: ['价'] },
      // 错过真的没有了, 错过就要等明年.
      { pattern: /错过(?:了)?(?:真的|就真的|就|可就|再)?(?:没有了|没了|不再有|要等明年|等明年|等一年)/g, weight: 1.1, example: '这个价格全年最低，错过真的没有了！', hint: ['错过'] },
      // 活动马上结束, 限量100份, 倒计时3小时, 今晚12点截止: a deadline or count given in numbers sells.
      { pattern: new RegExp(`活动(?:马上|即将|就要|快要)结束|限量\\s*${NUM}\\s*${UNIT}|(?:\\d+|[一二三四五六七八九十]{1,3})\\s*点(?:半)?(?:前|就|准时)?截止`, 'g'), weight: 1.1, example: '限量100份', hint: ['活动', '限量', '截止'] },
      // 倒计时3小时！ alone is a sale's; 倒计时三天，放假！ is a holiday's.
      // 仅剩最后一小时, 只剩两天: the time left, counted out.
      { pattern: new RegExp(`仅剩(?:最后)?\\s*${NUM}?\\s*个?(?:小时|天|分钟)`, 'g'), weight: 1.1, example: '快！快！快！仅剩最后一小时！', hint: ['仅剩'] },
      // 假期只剩两天了 is a holiday running out; beside a sale it is a deadline.
      { pattern: new RegExp(`(?:只剩|还剩)(?:最后)?\\s*${NUM}?\\s*个?(?:小时|天|分钟)`, 'g'), weight: 1.0, needs: 'commercial', example: '活动只剩最后三小时', hint: ['只剩', '还剩'] },
      { pattern: new RegExp(`倒计时\\s*${NUM}\\s*(?:小时|天|分钟)`, 'g'), weight: 1.1, needs: 'commercial', example: '倒计时3小时！', hint: ['倒计时'] },
      { pattern: /(?:仅|只)?限(?:今天|今晚|今日|本周|这周|明天|周末|当天|三天|本月|这个月)(?![^，。！？!?\n]{0,6}(?:停车|入园|参观|预约|通行|使用))/g, weight: 1.1, example: '只限今天', hint: ['限'] },
      { pattern: new RegExp(`最后\\s*${NUM}\\s*个?(?:小时|分钟|天)`, 'g'), weight: 0.9, needs: 'commercial', example: '最后3小时', hint: ['最后'] },
      // 还有最后2小时成团, 3小时后截单: a group buy's deadline, counted out.
      { pattern: new RegExp(`(?:最后|还有|仅剩|只剩|还剩)\\s*${NUM}\\s*个?(?:小时|分钟|天)(?:后)?\\s*(?:就)?(?:成团|截团|结团|截单|停止接龙|结束接龙)|${NUM}\\s*个?(?:小时|分钟)后\\s*(?:就)?(?:截团|结团|截单|停止接龙)`, 'g'), weight: 1.1, example: '还有最后2小时成团', hint: ['成团', '截团', '结团', '截单', '接龙'] },
      // 不报名，开学你就后悔: a threat.
      { pattern: /(?:不|没)(?:报名|下单|买|抢|入手|来|囤)[^。！？\n]{0,10}?(?:就|会|真的|才)?(?:后悔|亏大了|亏了|亏(?=[！!～~]|$))/g, weight: 1.1, example: '这个暑假不报名，开学你就后悔', hint: ['后悔', '亏'] },
      { pattern: /(?:再|还|今晚|今天|现在|这次|这波)不(?:买|下单|抢|入手|囤)[^，。！？\n]{0,4}(?:就|要|会|又)?(?:涨价|没了|没有了|恢复原价|抢光|卖完)/g, weight: 1.2, example: '再不买就涨价了', hint: ['不买', '不下单', '不抢', '不入手', '不囤'] },
      // 妈妈们速度, "…明天就没了🔥 速度": 速度 shouted on its own is "hurry".
      { pattern: /(?=速度)(?<=^|[\s，,！!。]|[\udc00-\udfff]|们)速度(?=[\s！!～~]*(?:$|\n)|[！!])/g, weight: 0.9, needs: 'commercial', example: '明天就没了🔥 速度', hint: ['速度'] },
      { pattern: /(?:今晚|今天|明天|明早|下周[一二三四五六日天]?|下个月|下月|月初|年后|节后|月底|零点|午夜|十二点|\d+\s*点|\d+\s*号)(?:一)?(?:起|后|就|将|会|准时|就要|就会|要)?(?:全面|全线|统一)?涨价/g, weight: 1.0, example: '今晚12点涨价', hint: ['涨价'] },
      { pattern: /(?:(?:\d+|[一二两三四五六七八九十]+)\s*点|今晚|今天|明天|(?:今天|明天)?(?:上午|中午|下午|晚上)|周[一二三四五六日天]|月底|\d+\s*号|\d+\s*月(?:底|初|中)?)之?前(?:下单|下定|交定金?|签约|付款|拍下|购买|报名|预订|预定)/g, weight: 1.0, example: '下午5点前下单', hint: ['前'] },
      { pattern: /(?:活动|优惠|折扣|团购|预售|秒杀|特价)(?:今天|今晚|明天|周[一二三四五六日天]|月底|\d+\s*号|\d+\s*点)(?:前|就)?截止/g, weight: 1.0, example: '活动周日截止', hint: ['截止'] },
      // A deadline alone may be a tax return's (报税今晚截止): next to a sale it is one.
      // 周日结束 ends an offer; 今天结束 ends a day ("洗个热水澡，今天结束").
      { pattern: /(?:今天|今晚|明天|周[一二三四五六日天]|月底|\d+\s*号|\d+\s*点)(?:前|就)?截止|(?:周[一二三四五六日天]|月底|\d+\s*号|\d+\s*点)(?:前|就)?结束/g, weight: 1.0, needs: 'commercial', example: '今晚12点截止', hint: ['截止', '结束'] },
      { pattern: /(?:月底|本月|今晚|明天|下月|下个月|\d+\s*[号日])就?停售/g, weight: 1.0, example: '这款重疾险本月还能用老费率，月底停售', hint: ['停售'] },
      // 还有2小时结束, 3小时后结束, 今晚结束: an offer's end counted down.
      { pattern: new RegExp(`还有\\s*${NUM}\\s*个?(?:小时|天|分钟)(?:就)?结束`, 'g'), weight: 1.0, example: '赶紧，还有2小时结束！', hint: ['结束'] },
      { pattern: new RegExp(`${NUM}\\s*个?(?:小时|天|分钟)后(?:就)?结束|(?:今晚|今天|明天)(?:就|\\d+点)?结束(?=[！!])`, 'g'), weight: 1.0, needs: 'commercial', example: '3小时后结束！', hint: ['结束'] },
      // 活动价188，只有这一周: how long an offer lasts, said as a clause of its own ("我只有这一周有空" is not one).
      // "一年就这几天" measures a year, and offers nothing.
      { pattern: /(?<!(?:一年|每年|一个月|一年到头|这辈子|一辈子|一周)\s*)(?:只有|只剩|就|只|仅)(?:这一?周|本周|这几天|这两天|今明两天|这个周末)(?=[哦啊啦呀了噢喔]?\s*(?:[，,。！!；;、~～]|$))/g, weight: 0.9, needs: 'commercial', example: '武夷肉桂今天活动价188，只有这一周，要的话回我一声', hint: ['周', '几天', '两天', '周末'] },
      // 只到30号, 活动就到本周, 留到晚上八点, 这个月有效: how long an offer lasts.
      { pattern: new RegExp(`(?:只|就|仅)到\\s*(?:今晚|今天|明天|后天|本周|这周|本月|这个月|月底|周[一二三四五六日天]|下周[一二三四五六日天]?|${NUM}\\s*[号日]|中秋|国庆|春节|元旦|端午|清明|双十一|双十二)|(?:给你|帮你)?留到(?:今晚|晚上|明天|${NUM}\\s*点)|(?:这个月|本月|当月|今天|本周)(?:内)?有效`, 'g'), weight: 1.0, needs: 'commercial', example: '活动价只到今晚哦', hint: ['到', '有效', '停售'] },
      // 明天就卖完了, 过了腊月二十就不接单了.
      { pattern: /(?:明天|今天|今晚|马上|很快)就(?:卖完|抢完|没有?)了|过了[\u4e00-\u9fff\d]{1,6}就不(?:接单|接|做|发货)了/g, weight: 1.0, needs: 'commercial', example: '这批桂花糕明天就卖完了，一盒45', hint: ['就卖完', '就抢完', '就没', '就不'] },
      // 订完就不接了, 清完就没有了, 喝完就没有了: when it is gone, it is gone.
      { pattern: /(?:订|卖|清|喝|做|摘|抢|送)完(?:就|即)(?:没有?了|不接了|停了|截止|结束)/g, weight: 1.0, needs: 'commercial', example: '订完就不接了', hint: ['完'] },
      // 下周起恢复3500, 明天就涨回去了, 明天就恢复到1888.
      { pattern: /(?:下周|明天|后天|下个月|下月|\d+\s*[号日])起?(?:就)?(?:恢复|涨回|涨到|回到)/g, weight: 1.0, needs: 'commercial', example: '下周起恢复3500', hint: ['恢复', '涨回', '涨到', '回到'] },
      // 下午三点前订, 9月1号前订的, 7月1日前交定金.
      { pattern: /(?:点|号|日)之?前(?:订|交定金|付定金|告诉我|说)(?:的话)?/g, weight: 0.9, needs: 'commercial', example: '下午3点前订的话今天就能送到', hint: ['前'] },
      { pattern: /错过(?:就|再|还)?(?:要|得)?等(?:到)?(?:明年|一年|半年|下一?年|下次|下个月|下一波)/g, weight: 1.1, example: '错过就要等明年', hint: ['错过'] },
    ],
    scarcity: [
      // 名额只有5个, 名额就10个: places counted after their noun.
      { pattern: new RegExp(`(?:名额|档期|席位|排期|坑位)(?:只有|仅有|就|只剩|仅剩)\\s*(?:最后)?\\s*${NUM}\\s*个?`, 'g'), weight: 1.0, example: '送闺蜜写真！名额只有5个！', hint: ['名额', '档期', '席位', '排期', '坑位'] },
      // 开放20个名额, 只放出10个工位: places counted out for sale.
      { pattern: new RegExp(`(?:开放|放出|只有|只开|共)\\s*${NUM}\\s*个?(?:名额|工位|席位)`, 'g'), weight: 0.9, needs: 'commercial', example: '本周六开放20个名额，贴膜全包1999！', hint: ['开放', '放出', '只有', '只开', '共'] },
      // 仅此一台, 只此一辆: the one piece there is.
      { pattern: /(?:仅|只)此一(?:台|辆|箱|本|块|条|双|张|件|个|套|只)(?![\u4e00-\u9fff]{0,2}(?:次|回|生|世|家))/g, weight: 1.0, example: '九成新儿童钢琴，只此一台！', hint: ['此一'] },
      // 报满即止, 额满即止, 前100名送礼: places that run out, or a gift for the first to come.
      { pattern: /(?:报|额|约|订)满即止|前\s*\d{1,4}\s*名(?:下单|付款|报名|到店|预约)?(?:送礼|送|赠|免单|半价|免费|享|有礼)/g, weight: 1.0, example: '前100名送礼！', hint: ['满即止', '名'] },
      // 卖完收工, 卖完即止: stock that will not come back.
      { pattern: /卖完(?:就)?(?:收工|下架|即止|为止|就没了|不补)/g, weight: 1.0, example: '每天限量20杯，卖完收工，要喝的快来！', hint: ['卖完'] },
      // 上次五分钟就卖光了, 去年两天就抢完: a sell-out boasted before the next batch (被抢光 tells what happened).
      { pattern: /(?:上次|上一次|上回|上一批|上批|去年)[^，。！？!?\n被]{0,6}?(?:\d+|[一二两三四五六七八九十几半])个?(?:分钟|小时|天|秒)就?(?<!被)(?:卖光|卖完|售罄|抢光|抢完|秒光|秒没|断货)/g, weight: 1.0, example: '上次五分钟就卖光了，这次只有50份，抓紧！', hint: ['上次', '上一次', '上回', '上一批', '上批', '去年'] },
      // 仅剩我这有, 全城断货: the goods found nowhere else.
      { pattern: /(?:仅剩|只剩|只有)(?:我这|我这里|我家|我们家|本店)(?:有|还有|能买到)|全(?:城|网|国|市)断货/g, weight: 1.0, example: '最火爆的连衣裙，全城断货，仅剩我这有！', hint: ['我这', '我家', '我们家', '本店', '断货'] },
      // 只剩最后两束.
      { pattern: new RegExp(`(?:仅|只|还)剩(?:下)?(?:最后)?\\s*${NUM}\\s*束`, 'g'), weight: 1.1, example: '赶紧！赶紧！赶紧！只剩最后两束了！', hint: ['剩'] },
      // 最后 3 pcs: the last pieces, counted in English.
      { pattern: new RegExp(`(?:最后|仅剩|只剩|还剩)\\s*${NUM}\\s*(?:pcs|pc|pieces|units|boxes|sets|packs)\\b`, 'gi'), weight: 1.1, example: '最后 3 pcs 了，DM 我！', hint: ['pcs', 'pc', 'pieces', 'units', 'boxes', 'sets', 'packs'] },
      // 仅剩最后一批.
      { pattern: /(?:仅剩|只剩)最后(?:一|两|几)批/g, weight: 1.1, example: '仅剩最后一批！卖完不再补货！', hint: ['最后'] },
      // 最后几张 (tickets), beside a sale.
      { pattern: new RegExp(`最后(?:几|${NUM})\\s*张`, 'g'), weight: 1.0, needs: 'commercial', example: '五一机票秒光，最后几张，抓紧时间！', hint: ['最后'] },
      // 仅限10位.
      { pattern: new RegExp(`仅限\\s*${NUM}\\s*(?:位|名|人|个名额|组|户)`, 'g'), weight: 1.0, example: '本周仅限10位，5折体验！', hint: ['仅限'] },
      // 还剩4个位置, 最后5个床位: seats counted out (a bus has seats too, so beside a sale only).
      { pattern: new RegExp(`(?:还剩|仅剩|只剩|最后)\\s*${NUM}\\s*个?(?:位置|座位|床位|席位|空位|学位|位子)`, 'g'), weight: 1.0, needs: 'commercial', example: '美术集训营最后5个床位，赶快报名！', hint: ['剩', '最后'] },
      // 库存仅剩个位数.
      { pattern: /(?:仅剩|只剩|还剩)个位数/g, weight: 1.1, example: '好物不等人，库存仅剩个位数！', hint: ['个位数'] },
      // 谁先交定金就是谁的: the first to pay takes it.
      { pattern: /谁先(?:交|付|下|拍)(?:定金|订金|款|单)就是谁的|谁(?:先)?(?:拍|付款|付|下单|抢)(?:到|了)?(?:就)?(?:算|是|归)谁的?|谁要谁先拍/g, weight: 1.1, example: '仅此一套，谁先交定金就是谁的！', hint: ['谁先', '谁的', '谁要谁先拍'] },
      // 仅剩3件, 仅剩最后2桶: stock counted out.
      { pattern: new RegExp(`(?:仅|只|就|还)剩下?\\s*(?:最后)?\\s*${NUM}\\s*${UNIT}`, 'g'), weight: 1.1, example: '仅剩3件', hint: ['剩'] },
      // 最后5个名额, 最后三盒, 最后10单: the last of the stock, in units only goods come in (送完最后一单 is a delivery).
      { pattern: new RegExp(`(?<!到)最后\\s*(?:${NUM}\\s*(?:件|盒|瓶|支|罐|套|个名额|名额|个坑位|个坑|坑位|个库存|份库存)|\\d+\\s*单)`, 'g'), weight: 1.1, example: '最后5个名额', hint: ['最后'] },
      // 最后5片面膜, not 最后一片拼图, 最后一箱货 carried in, 送完最后一单 delivered, 最后一份糖醋排骨, 最后一位客人: other units need a sale around them.
      { pattern: new RegExp(`(?<!到)最后\\s*${NUM}\\s*(?:份|张|位|箱|片|包|袋|斤|只|饼|提|条|双|款|颗|枚|桶|组|对|本|席|间|桌|期|台|单)(?!\\s*(?:照片|相片|合影|合照|全家福|风景|画面|客人|顾客|同学|朋友|观众|乘客|病人|学生|孩子|老师|家长|选手))`, 'g'), weight: 1.1, needs: 'commercial', example: '最后5片面膜，要的快！', hint: ['最后'] },
      { pattern: /前\s*\d+\s*(?:名|位|单)(?:下单|付款|购买|拍下)?/g, weight: 0.9, needs: 'commercial', example: '前50名下单送礼', hint: ['前'] },
      // 每天只做20份, 只收了30斤, 只接30单: a small batch on offer.
      { pattern: new RegExp(`只(?:做|接|收|摘|备|进|酿|烤|剩)了?\\s*${NUM}\\s*(?:${UNIT}|斤|两|单|桌|人)`, 'g'), weight: 1.0, needs: 'commercial', example: '每天只做20份', hint: ['只'] },
      // 只有一百片, 就只有五套: a stock counted out next to a sale (日程只有一件大事 counts no stock).
      { pattern: new RegExp(`(?<!(?:一周|每周|一天|每天|一个月|每个月|一年|每年|一星期|每星期))(?:只有|就有|仅有)\\s*${NUM}\\s*${UNIT}(?=$|[\\s，,。！!？?～~了啦哦呀]|[\\ud800-\\udfff])`, 'g'), weight: 0.9, needs: 'commercial', example: '今晚直播间抢面膜 只有一百片', hint: ['只有', '就有', '仅有'] },
      // 仅限前一百名, 限前五十名: places counted out, in digits or words.
      { pattern: new RegExp(`(?:仅限|只限|限)前\\s*${NUM}\\s*(?:名|位|单|个)`, 'g'), weight: 1.1, example: '仅限前一百名', hint: ['限前'] },
      // 集满30个赞送一盒: likes paid in goods.
      { pattern: new RegExp(`集满\\s*${NUM}\\s*个?赞`, 'g'), weight: 1.0, example: '转发这条朋友圈，集满30个赞送一盒！', hint: ['集满'] },
      // 还差一人成团: a group buy one short.
      { pattern: new RegExp(`还差\\s*${NUM}\\s*(?:个人|人|位|单)\\s*(?:就)?(?:成团|拼成|开团)`, 'g'), weight: 1.1, example: '还差一人成团', hint: ['还差'] },
    ],
    price: [
      // 拍一送一, 订二送一: one free with the booking.
      { pattern: /(?:拍|订|约|签)[一二两三\d]送[一二两三\d]/g, weight: 1.0, example: '婚纱照拍一送一！', hint: ['送'] },
      // 加送30张: so many more given with it.
      { pattern: new RegExp(`加送\\s*${NUM}\\s*(?:${UNIT}|次|节)`, 'g'), weight: 0.9, needs: 'commercial', example: '精修加送30张，今晚下单！', hint: ['加送'] },
      // 不要998，不要598，只要198: the TV-shopping price ladder.
      { pattern: /不要\s*\d+(?:元|块)?[，,、\s]+(?:不要\s*\d+(?:元|块)?[，,、\s]+)*只要\s*\d+/g, weight: 1.2, example: '不要998，不要598，只要198，带回家！', hint: ['不要'] },
      // ¥99带回家: a price and the goods taken home.
      { pattern: /(?:[¥￥]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:元|块))\s*(?:就能|即可|就|轻松)?(?:带回家|抱回家|拿回家|带走|领走)/g, weight: 1.0, example: '¥99带回家', hint: ['带回家', '抱回家', '拿回家', '带走', '领走'] },
      // 一折起, 全网底价: a discount or floor price announced (一折腾 and 底价 in a story stay clean).
      { pattern: /\d(?:\.\d)?折起|(?<![\u4e00-\u9fff])[一二三四五六七八九]折起(?!来)|(?:全网|全场|全城|出厂|工厂|批发)底价/g, weight: 1.0, example: '一折起！', hint: ['折起', '底价'] },
      // 金价今天全年最低, 价格全年最低点: a price at its low, announced.
      { pattern: /(?:金价|价格|售价|价钱|克价)[^，。！？!?\n]{0,4}?(?:全年|今年|年内|历史|近期)最低(?:点|价)?/g, weight: 1.0, example: '金价今天全年最低点，错过这一波等一年！', hint: ['最低'] },
      // 打包价199.
      { pattern: /打包价\s*\d+/g, weight: 1.0, example: '倒计时最后1天！腊肉腊肠打包价199！', hint: ['打包价'] },
      // 全场一口价9.9.
      { pattern: /一口价\s*\d+(?:\.\d+)?/g, weight: 1.0, example: '老板疯了！全场一口价9.9！', hint: ['一口价'] },
      // 转介绍奖励1000元 (a teacher's reward too, so beside a sale only).
      { pattern: /奖励\s*\d+\s*(?:元|块)(?:现金)?/g, weight: 0.9, needs: 'commercial', example: '老客户转介绍新客户成交，奖励1000元现金，赶紧推荐！', hint: ['奖励'] },
      // 到店即送加油卡, 订车立享, 置换补贴最高1万, 999元起, 包机票包酒店.
      { pattern: /(?:到店|试驾|订车|下定|购车|提车|进店|预约|办卡|充值|付款|转账)(?:即|就|再)?送|立享[\u4e00-\u9fff\d]{0,8}?(?:优惠|折|礼包|补贴|价)|补贴最高\s*\d+(?:\.\d+)?\s*(?:万|元|千)?|(?<![\d.])\d{2,6}\s*(?:元|块)起(?![来床身飞])|包机票包酒店|含机票(?:含|和)?酒店/g, weight: 1.0, example: '到店即送加油卡，订车再送脚垫全套！', hint: ['送', '立享', '补贴最高', '起', '机票'] },
      // 送5年物业费, 送车位: a gift with a home.
      { pattern: new RegExp(`送\\s*${NUM}\\s*年物业费|(?:签约|下定|买房|购房)(?:就)?送(?:车位|装修|家电|物业费|油|米)|送油送米`, 'g'), weight: 1.0, example: '今晚12点前下定，送5年物业费！倒计时开始！', hint: ['物业费', '送'] },
      // 本周三件99: a bundle price (买了三件99块的 tells what was bought).
      { pattern: /(?<![买了])(?:[两三四五六七八九十]|\d{1,2})件\s*\d{2,4}(?:\.\d+)?(?:元|块)?(?![\d.年月日号点分岁度])/g, weight: 1.0, example: '囤货好时机，本周三件99！', hint: ['件'] },
      // 报名即可获得, 下单即送: a gift for the order.
      { pattern: /(?:报名|下单|购买|拍下|付款)即(?:可)?(?:获得|送|赠|享|领)/g, weight: 1.0, example: '学霸都在用的顶级学习法，报名即可获得！', hint: ['即'] },
      // 首付10万, 首付仅需总价15%, 0首付0利息, 买一年送半年.
      { pattern: /首付(?:仅需?|只要|只需|低至)?\s*(?:[\d.]+\s*万|总价\s*\d+\s*[%％])|(?<![\d.])[0零](?:首付|利息|利率|手续费|月供)|买[一二两三四五六七八九十\d]+(?:年|个月|节课|节|次|张)送[一二两三四五六七八九十半\d]+(?:年|个月|节课|节|次|张)?/g, weight: 1.1, example: '团课年卡买一年送半年！', hint: ['首付', '0', '零', '送'] },
      // 专柜价5000，我这只要2800: the counter price beside ours.
      { pattern: /专柜价\s*[¥￥]?\s*\d+/g, weight: 0.9, example: '正品代购，专柜价5000，我这只要2800，仅此一个！', hint: ['专柜价'] },
      // 9.9元3支: a price for a bundle.
      { pattern: /\d+(?:\.\d+)?\s*元\s*[\d一二两三四五六七八九十]+\s*(?:支|瓶|件|盒|包|袋|份|套|罐)(?![\u4e00-\u9fff]{0,1}(?:年|天|次))/g, weight: 0.8, needs: 'commercial', figure: true, example: '万能去渍笔，什么污渍都能去，今天9.9元3支，快来抢！', hint: ['元'] },
      // 满99送饮料: a gift above a spend.
      { pattern: /满\s*\d+\s*(?:元|块)?\s*(?:就)?送/g, weight: 1.0, example: '满99送一杯柠檬茶', hint: ['满'] },
      // 免费领试用装, 领取价值199的试用装: a sample given away to draw a sale.
      { pattern: /(?:免费领|领取|领|送你?)[^，。！？!?\n]{0,8}试用装/g, weight: 1.0, example: '点我头像加好友，领取价值199的试用装！', hint: ['试用装'] },
      // 原价 before a figure is a price on offer (the bare term needs a sale around it).
      { pattern: /原价(?=\s*[¥￥]?\s*\d)/g, weight: 0.91, example: '原价199', hint: ['原价'] },
      // A figure alone is what something cost ("换了个手机壳，29块"); beside a sale it is the price on offer.
      { pattern: /[¥￥]\s*\d+(?:\.\d+)?/g, weight: 0.8, needs: 'commercial', figure: true, example: '¥99', hint: ['¥'] },
      // 全网找不到第二家: no one else sells it this cheap.
      { pattern: /找不到第二家/g, weight: 1.0, example: '红酒一瓶二十九 全网找不到第二家', hint: ['找不到第二家'] },
      { pattern: /充\s*\d+\s*送\s*\d+|充值\s*\d+\s*(?:元)?\s*(?:送|赠|返)\s*\d+/g, weight: 1.1, example: '充值500送200', hint: ['充'] },
      { pattern: /\d+(?:\.\d+)?\s*(?:元|块钱|块(?=[，。！？!?,.\s]|$))/g, weight: 0.7, needs: 'commercial', figure: true, example: '只要99元', hint: ['元', '块'] },
      { pattern: /\d(?:\.\d)?\s*折(?![叠腾])/g, weight: 0.9, example: '全场5折', hint: ['折'] },
      { pattern: /[二三四五六七八九](?:点[一二三四五六七八九])?折(?![叠腾])/g, weight: 0.9, example: '一律五折', hint: ['折'] },
      { pattern: /满\s*\d+\s*减\s*\d+/g, weight: 1.0, example: '满200减30', hint: ['满'] },
      { pattern: new RegExp(`满\\s*${NUM}\\s*${UNIT}?\\s*减\\s*${NUM}`, 'g'), weight: 1.0, example: '满二罐减五十', hint: ['满'] },
      // 每位168, 一斤198, 8只装398, 369一套, 老客价168: a bare figure as the price of a piece or a place.
      { pattern: /(?=[¥￥\d])(?<=(?:每|一|单)\s*(?:位|人|辆|本|桌|节|节课|次课|晚|公斤|千克|斤|两|盒|瓶|支|罐|箱|套|份|束|件|只|条|袋|包|饼|提|张|台|副|双|对|个月)|每\s*(?:月|周|季)|\d\s*(?:天|节课|次课|节|次)|装|(?:客|鸟|荐|验|供|惠|员|享)价|班|课|卡|营|套餐|门票|学费|费用|售价|定价|报价|团费|会费|月费|年费|押金|定金|现在|现在是|只需|减|立减|直减)\s*[¥￥]?\d{2,5}(?:\.\d{1,2})?(?![\d.％%]|\s*(?:年|月|日|号|点|岁|个|次|分|秒|小时|天|步|米|公里|公斤|斤|克|页|遍|下|人|位|张|块|元|倍|层|楼|届|期|名|平|㎡))/g, weight: 0.8, needs: 'commercial', figure: true, example: '今年的明前龙井只收了30斤，每两168', hint: ['每', '一', '单', '装', '价', '天', '节', '次', '班', '课', '卡', '营', '套餐', '门票', '学费', '费', '售价', '定价', '报价', '押金', '定金', '现在', '只需', '减'] },
      { pattern: /(?<![\d.])\d{2,5}(?=\s*(?:一|每)\s*(?:套|束|件|盒|瓶|份|位|人|节|斤|只|条|袋|箱|桌|张|罐|辆|本|台)(?![\u4e00-\u9fff]{0,1}(?:年|天|次)))/g, weight: 0.8, needs: 'commercial', figure: true, example: '只有12套，369一套', hint: ['一', '每'] },
      // 199三件套, 1580十节课: a figure right before what it buys.
      { pattern: /(?<![\d.])\d{2,5}(?=\s*[一二两三四五六七八九十]\s*(?:件套|件|套|盒|瓶|支|罐|斤|节课|次课|份))/g, weight: 0.8, needs: 'commercial', figure: true, example: '这次我多备了一点，199三件套', hint: ['件', '套', '盒', '瓶', '支', '罐', '斤', '课', '份'] },
      { pattern: /再减\s*\d+\s*[%％元块]?/g, weight: 1.0, example: '输入VIP15再减15%', hint: ['再减'] },
      // 三件99, 两盒120: a count in words, then what it costs.
      { pattern: /(?<=[一二两三四五六七八九十]\s*(?:件|盒|瓶|支|罐|斤|份|套|包|袋))\s*\d{2,4}(?![\d.%％]|\s*(?:年|月|日|号|点|岁|个|次|分|秒|小时|天|米|公里|克|人|位))/g, weight: 0.8, needs: 'commercial', figure: true, example: '囤货好时机，本周三件99！', hint: ['件', '盒', '瓶', '支', '罐', '斤', '份', '套', '包', '袋'] },
      // 这款面霜169, 下周就涨回299: a bare figure right after the goods it prices, or the price it goes back to.
      { pattern: /(?<=(?:这(?:款|个|套|件|瓶|盒|支|条|只|束|份|罐|批)[\u4e00-\u9fff]{1,6}|涨回|涨到|恢复到?|降到)\s*)[¥￥]?\d{2,5}(?![\d.%％a-zA-Z]|\s*(?:年|月|日|号|点|岁|个|次|分|秒|小时|天|米|公里|公斤|斤|克|人|位|度|块|元|毫升|层|楼))/g, weight: 0.8, needs: 'commercial', figure: true, example: '这款面霜169，下周就涨回299，要囤的抓紧', hint: DIGITS, probe: ['这', '涨', '恢复', '降到'] },
      // 剪发68，染发298: a list of things, each with its figure, is a price list (原价299 has its own pattern).
      { pattern: /(?<=[\u4e00-\u9fff])(?<!价)\d{2,5}(?=\s*[，,、；;]\s*[\u4e00-\u9fff]{1,6}\d{2,5}(?:[，,、；;。！!\s]|$))|(?<=[\u4e00-\u9fff]\d{2,5}\s*[，,、；;]\s*[\u4e00-\u9fff]{1,6})(?<!价)\d{2,5}(?=[，,、；;。！!\s]|$)/g, weight: 0.8, needs: 'commercial', figure: true, example: '剪发68，染发298，需要的提前跟我约时间', hint: DIGITS, probe: ['，', ',', '、', '；', ';'] },
      // 定金10抵30, 定金膨胀: a deposit worth more at checkout.
      { pattern: /定金\s*[¥￥]?\s*\d+\s*(?:元|块)?\s*(?:抵|当|顶)\s*[¥￥]?\s*\d+|定金膨胀/g, weight: 1.1, example: '预售开始，定金10抵30！', hint: ['定金'] },
      // 全场商品一律9.9元: one price for the whole shop.
      { pattern: /(?:全场|全店)(?:商品)?\s*(?:一律|统一|通通|全部)?\s*(?:[¥￥]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*[元块])|一律\s*(?:[¥￥]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*[元块])/g, weight: 1.0, example: '好消息！好消息！全场商品一律9.9元！', hint: ['全场', '全店', '一律'] },
      // 好评率100%, 复购率第一, 月销10万+: figures of popularity as proof.
      { pattern: /(?:好评率|满意率|有效率|复购率|回购率)\s*(?:高达)?\s*(?:100\s*[%％]|百分之?百|第一|9\d(?:\.\d)?\s*[%％])|月销\s*\d+(?:\.\d+)?\s*[万千]?\+?/g, weight: 1.0, basis: 'AL-28', example: '月销10万+，好评率100%！', hint: ['好评率', '满意率', '有效率', '复购率', '回购率', '月销'] },
      // 已卖出10万瓶: sales figures as proof.
      { pattern: /(?:已|已经)?(?:卖出|售出|已售)(?:了)?\s*\d+(?:\.\d+)?\s*[万千]?\+?\s*(?:瓶|件|盒|单|份|套|支|罐)/g, weight: 0.9, example: '已卖出10万瓶', hint: ['卖出', '售出', '已售'] },
      // 我都多送一盒: more given with the order.
      { pattern: new RegExp(`多送\\s*${NUM}?\\s*${UNIT}`, 'g'), weight: 1.0, example: '今天下单的宝贝们，我都多送一盒！', hint: ['多送'] },
      // 一块钱一片, 十块一斤: a price per piece, next to a sale.
      { pattern: new RegExp(`${NUM}\\s*(?:块钱?|元)\\s*一\\s*${UNIT}`, 'g'), weight: 0.8, needs: 'commercial', example: '今晚直播间抢面膜 一块钱一片', hint: ['块', '元'] },
      // 一瓶五九九, 三瓶四九九, 团长价二九九: a price read digit by digit after a quantity or 价 (二〇一五年 is a year);
      // its hints are the last characters of every UNIT.
      { pattern: new RegExp(`(?=[一二三四五六七八九])(?<=(?:${UNIT}|价)\\s*)[一二三四五六七八九][零〇一二三四五六七八九]{2,3}(?![零〇一二三四五六七八九十百千万年月日号点岁])`, 'g'), weight: 0.8, example: '进口红酒一瓶五九九', hint: ['件', '份', '单', '套', '盒', '瓶', '杯', '支', '包', '袋', '罐', '箱', '台', '额', '坑', '位', '斤', '只', '饼', '提', '条', '双', '款', '颗', '枚', '片', '桶', '组', '对', '本', '张', '席', '间', '桌', '期', '存', '坛', '缸', '壶', '听', '价'] },
      // Prices in words as a host reads them out: 不要九九八，只要一百九十八.
      { pattern: /(?:只要|仅需|只需|仅售|只卖|到手价?)\s*[一二两三四五六七八九十百千]{2,}(?:块|元)?|再降\s*[\d一二两三四五六七八九十百]+/g, weight: 0.9, example: '不要九九八，只要一百九十八', hint: ['只要', '仅需', '只需', '仅售', '只卖', '到手', '再降'] },
      { pattern: /(?:只要|仅需|只需|仅售|只卖|特价|到手)\s*[¥￥]?\s*\d+(?:\.\d+)?/g, weight: 0.8, example: '到手只要199', hint: ['只要', '仅需', '只需', '仅售', '只卖', '特价', '到手'] },
      { pattern: /(?<![\d.])0\s*元(?:购|抢|领|送|试用)?/g, weight: 1.0, example: '0元领', hint: ['元'] },
      // 买空气净化器送加湿器: a gift with a purchase, next to a sale (买菜送把葱 at the market is no offer of ours).
      { pattern: /买(?![\d一二两三四五六七八九十])[^，。！？!?\s送]{2,8}送[^，。！？!?\s]{1,8}/g, weight: 0.9, needs: 'commercial', example: '买空气净化器送加湿器，今天最后一天！', hint: ['送'] },
      // 买2送1, 买一箱送两瓶: a buy-N-get-N deal, with or without its units.
      { pattern: new RegExp(`买\\s*(?:\\d{1,3}|[一二两三四五六七八九十])\\s*${UNIT}?\\s*(?:送|免|赠)\\s*(?:\\d{1,3}|[一二两三四五六七八九十])`, 'g'), weight: 1.0, example: '买2送1', hint: ['送', '免', '赠'] },
    ],
    'absolute-claim': [
      // 全郑州最高价, 全河南第一: a whole city or province outranked.
      { pattern: /全(?:[\u4e00-\u9fff]{2,3})(?<!全(?:家|部|场|天|身|程|面|体|年|班|套|款|店|国|网|球|市|省|城))(?:最高价|最低价|最便宜|第一)/g, weight: 1.1, basis: 'AL-9-3', example: '回收高价！全郑州最高价！', hint: ['最高价', '最低价', '最便宜', '第一'] },
      // 零甲醛, 甲醛零释放, 绝对安全: safety promised absolutely.
      { pattern: /零甲醛|甲醛零释放|0甲醛|无甲醛|绝对安全|百分百安全/g, weight: 1.1, basis: 'AL-9-3', example: '甲醛零释放，入住无忧，绝对安全！', hint: ['甲醛', '绝对安全', '百分百安全'] },
      // 找到更便宜的我退你差价, 买贵退差: the lowest price, guaranteed by a refund.
      { pattern: /(?:找到|发现|买到|有)(?:比我)?(?:更便宜|更低价?)的?[^，。！？!?\n]{0,6}?(?:退|赔|补)(?:你|您)?(?:差价|双倍)|买贵(?:了)?(?:就)?(?:退|赔)(?:差价|双倍)?/g, weight: 1.1, basis: 'AL-9-3', example: '这件大衣是全网最便宜的，找到更便宜的我退你差价！', hint: ['差价', '双倍', '买贵'] },
      // 永不贬值, 只涨不跌: value promised for ever (Advertising Law art. 25).
      { pattern: /永不贬值|只涨不跌|稳赚不赔|买到就是赚/g, weight: 1.1, basis: 'AL-25', example: '万能保值金条，永不贬值，买到就是赚！', hint: ['永不贬值', '只涨不跌', '稳赚不赔', '买到就是赚'] },
      // 保证最新鲜最便宜, 保证生意兴隆.
      { pattern: /保证(?:最[\u4e00-\u9fff]{1,3}|生意兴隆|财源广进|财运亨通|发财|新鲜)|保证[^，。！？!?\n]{0,8}?(?:招来好运|好运连连|转运|招财|旺财|财运|止痛|不痛|不疼|止痒)/g, weight: 1.1, basis: 'AL-28', example: '买花就来我家，保证最新鲜最便宜！', hint: ['保证'] },
      // 不信你比, 随便比, 不怕比: a price dared to be beaten.
      { pattern: /不信(?:你|来|就){0,2}(?:去)?比|不服(?:你)?(?:来|就来|去)?比|随便比|不怕比(?:价)?|敢比价/g, weight: 1.0, basis: 'AL-9-3', example: '全网最便宜！！！不信你比！！！', hint: ['比'] },
      // 保证升值, 三年涨50%, 收益最高、风险最低: returns promised (Advertising Law art. 25).
      { pattern: new RegExp(`保证(?:升值|增值|涨|翻倍)|${NUM}\\s*年(?:就)?(?:涨|翻|升值)\\s*\\d+\\s*[%％]|收益最高|风险最低|零风险高收益`, 'g'), weight: 1.2, basis: 'AL-25', needs: 'commercial', example: '保证升值，三年涨50%，不涨包退！', hint: ['保证', '年', '收益最高', '风险最低', '零风险'] },
      // 我们的大米是东北最好的产区: the seller's own goods ranked first (not 我们的女儿是最好的).
      { pattern: /(?:我们|我家|本店|咱家|咱们)(?:的|家)?(?![的家])(?!(?:孩子|女儿|儿子|宝宝|宝贝|老师|家人|妈妈|爸爸|老公|老婆|朋友|邻居|团队|同事|小区|班|狗|猫))[\u4e00-\u9fff]{1,6}(?:是|就是|绝对是)[^，。！？!?\n“”"「」『』]{0,10}?(?:最好|最正宗|最便宜|最低价|第一|顶级|最佳|独一无二)/g, weight: 1.1, basis: 'AL-9-3', example: '我们的大米是东北最好的产区，最正宗的五常大米。', hint: ['我们', '我家', '本店', '咱家', '咱们'] },
      // 全国爆卖百万瓶, 销量突破10万: sales figures as proof.
      { pattern: new RegExp(`爆卖|狂卖|(?:卖出|售出|已售|销量)(?:超过?|突破|过)?\\s*${NUM}\\s*万`, 'g'), weight: 0.9, basis: 'AL-28', example: '喝一口就上瘾，全国爆卖百万瓶！', hint: ['爆卖', '狂卖', '卖出', '售出', '已售', '销量'] },
      // 全网最甜, 全网最全: the whole internet outdone, beside a sale (全网最丑的蛋糕 is a joke about one's own).
      { pattern: /全网最(?:便宜|实惠|划算|[\u4e00-\u9fff])/g, weight: 1.0, basis: 'AL-9-3', needs: 'commercial', example: '团长亲测，全网最甜，吃过都说好！', hint: ['全网最'] },
      // 年化10%, 年化收益高达15%: a return promised in figures (AL-25).
      { pattern: /年化(?:收益(?:率)?)?\s*(?:高达|可达|达到?|稳定)?\s*\d+(?:\.\d+)?\s*[%％]/g, weight: 1.1, basis: 'AL-25', example: '年化10%，加我微信！', hint: ['年化'] },
      // 躺着就能赚钱: money without work (AL-25).
      { pattern: /躺着(?:也|就)?能赚钱|在家(?:就)?能(?:月入|赚)/g, weight: 1.2, basis: 'AL-25', example: '躺着就能赚钱', hint: ['躺着', '在家'] },
      // A rank over a whole market: 全国第一, 全市最高, 行业唯一, 全网NO.1 (not 拿了全市第一: exemptPatterns).
      // 全世界最好吃的 is a child's praise of a home-made cake: a taste, not a rank over a market.
      { pattern: /(?:全国|全网|全球|全市|全省|全城|全行业|行业内?|业内|同类产品?中?|市面上|世界上?)(?:公认)?(?:排名|销量|口碑)?(?:第一|唯一|最[高低好大强全快优纯美靓](?![吃喝看听玩])|独一家|顶级|no\.?\s*1|top\s*1|领先|顶尖)/gi, weight: 1.2, basis: 'AL-9-3', example: '少儿英语课程全国第一', hint: ['全国', '全网', '全球', '全市', '全省', '全城', '行业', '业内', '同类', '市面上', '世界'] },
      // Claim words fused to what they sell: 万能修复霜, 极品好茶, 顶级大师.
      { pattern: /万能[\u4e00-\u9fff]{0,3}?(?:霜|膏|液|油|水|乳|贴|丸|药|茶|粉|仪|器|机|胶囊|剂|镜片|眼镜)|万能(?:修护|修复)|极品(?:好)?(?:茶|酒|燕窝|海参|大米|蜂蜜|咖啡|红茶|绿茶|白茶|普洱|货|好物)|顶级(?:大师|原料|品质|配方|工艺|面料|食材|产区|材质|奢华|口感)/g, weight: 1.0, basis: 'AL-9-3', example: '万能修复霜', hint: ['万能', '极品', '顶级'] },
      { pattern: /这款[\u4e00-\u9fff]{0,6}?(?:万能|包治百病)/g, weight: 1.0, basis: 'AL-9-3', example: '这款茶万能', hint: ['这款'] },
      // 最火 dressed as 最🔥.
      { pattern: /最\s*🔥/gu, weight: 1.1, basis: 'AL-9-3', example: '最🔥的面霜', probe: ['🔥'] },
      { pattern: /[\u4e00-\u9fff]{1,4}界的天花板/g, weight: 1.1, basis: 'AL-9-3', example: '染发界的天花板', hint: ['天花板'] },
      // 100% before what it vouches for: 100%纯天然, 100%有效, 100% natural.
      { pattern: /(?:100\s*[%％]|百分之?百)\s*(?:纯天然|纯|天然|有效|正品|好评|满意|安全|无添加|保证|真品|进口|原装|退款|包退|成功|通过|见效|治愈|防晒|防护|保湿|吸收|除菌|杀菌|不伤|不刺激|有机|甜|新鲜|好吃|纯正|原生态|无农药|无污染|natural|pure|organic|effective|guaranteed|safe|authentic|genuine|satisfaction|success|risk-free|protection|protected|hypoallergenic)/gi, weight: 1.0, basis: 'AL-9-3', example: '100%纯天然', hint: ['100', '百分百', '百分之百'] },
      { pattern: /投\s*[\d一二两三四五六七八九十百千万]+[^，。！？\n]{0,4}(?:每月|每天|每周|月|天)返\s*[\d一二两三四五六七八九十百千万]+/g, weight: 1.2, basis: 'AL-25', example: '投一万每月返三千', hint: ['返'] },
      { pattern: /(?:[\d一二两三四五六七八九十半几]+\s*个?(?:月|天|周|星期))(?:就|内)?(?:翻倍|翻番|翻一番)/g, weight: 1.2, basis: 'AL-25', example: '跟着老师荐股，一周翻倍', hint: ['翻倍', '翻番', '翻一番'] },
      { pattern: /(?:[\d一二两三四五六七八九十半几]+\s*个?(?:月|天|周|星期|年))回本/g, weight: 1.2, basis: 'AL-25', example: '三个月回本', hint: ['回本'] },
      { pattern: /不过(?:就)?(?:全额)?(?:退费|退款|全退|包退|退学费)(?![\u4e00-\u9fff])|(?:不中|不提高|没提高|不及格|考不上|否则|过不了|没过线|不上岸)(?:就)?(?:全额)?(?:退费|退款|退全款|全退|退学费|退(?=[，,。！!；;\s]|$))|学费全退|退全款/g, weight: 1.2, basis: 'AL-24', example: '不过退费', hint: ['不过', '不中', '提高', '不及格', '考不上', '否则', '过不了', '没过线', '不上岸', '学费全退', '退全款'] },
      { pattern: new RegExp(`(?:提分|提高|提升|多考|涨)\\s*${NUM}\\s*分`, 'g'), weight: 1.1, basis: 'AL-24', example: '考试提分30分', hint: ['分'] },
      { pattern: /永久(?:不|有效|保|免费|使用|包)/g, weight: 1.0, basis: 'AL-28', example: '永久不掉色', hint: ['永久'] },
      { pattern: /保证(?:[^，。！？!?\n]{0,4}?)(?:提分|考上|通过|录取|拿证|上岸|过级|过关|学会|拿到证|及格|进前|上重点|上名校|上985|上211)/g, weight: 1.2, basis: 'AL-24', example: '保证提分', hint: ['保证'] },
    ],
    'efficacy-claim': [
      // 吃了我家的酱…老人便秘好了: an illness gone after taking it.
      { pattern: /(?:吃|喝|用)了[^。！？!?\n]{0,16}(?:便秘|失眠|胃病|三高|高血压|湿疹|咳嗽|脱发|胃痛|头痛)(?:也|都|就)?(?:好了|没了|治好了|消了)/g, weight: 1.1, basis: 'AL-17', example: '吃了我家的酱孩子胃口好了，老人便秘好了，不信来试！', hint: ['好了', '没了', '消了'] },
      // 不再感冒, 体质明显增强: health changed for good.
      { pattern: /不再(?:感冒|失眠|便秘|生病|过敏|发烧|咳嗽|头疼|头痛|长痘)|体质(?:明显)?增强/g, weight: 1.0, needs: 'commercial', basis: 'AL-17', example: '吃三个月牛肉干，不再感冒，快订！', hint: ['不再', '体质'] },
      // 不爆护退钱, 不上鱼不要钱, 不灵退钱: money back if the result does not come.
      { pattern: /(?<=^|[，,。！!；;～~\s])(?:不|没)(?!过)[^\s也都还说，。！？!?；;]{1,3}(?:就)?(?:全额)?(?:退钱|不要钱|不收钱|免单)/g, weight: 1.0, basis: 'AL-28', example: '全贵州最好的钓场，包爆护，不爆护退钱！', hint: ['退钱', '不要钱', '不收钱', '免单'] },
      // 包你三十天不掉, 包七天不翘边: a result promised for so many days.
      { pattern: new RegExp(`包(?:你|您)?\\s*${NUM}\\s*天(?:都)?不(?:掉|脱落|翘边|起翘|断|劈|掉色|褪色|反弹)`, 'g'), weight: 1.1, basis: 'AL-28', example: '睫毛嫁接包你三十天不掉！', hint: ['包'] },
      // 效果不好不要钱, 没效果全额退: the money back on the result.
      { pattern: /(?:效果不好|没效果|没有效果)(?:就)?(?:不要钱|不收钱|不收费|全额退款?|全退|退款|退钱|包退)/g, weight: 1.1, basis: 'AL-28', example: '效果不好不要钱！', hint: ['效果'] },
      // 三天祛湿, 喝出好气色, 三天包好, 湿气全没了, 调理百病: TCM effects promised.
      { pattern: new RegExp(`${NUM}\\s*(?:天|周|次)(?:就)?(?:祛湿|去湿|排毒|去火|降火|包好)|喝出(?:好)?(?:气色|好身材|白皮肤|美丽|年轻)|湿气全(?:没了|消了|排出)|调理百病`, 'g'), weight: 1.2, basis: 'AL-17', example: '喝出好气色，三天祛湿！', hint: ['祛湿', '去湿', '排毒', '去火', '降火', '包好', '喝出', '湿气', '百病'] },
      // 一瓶见效, 秃头也能长出头发: a result from one bottle, hair grown on a bald head.
      { pattern: /一(?:瓶|盒|支|贴|罐|袋|疗程)(?:就)?见效|秃头(?:也能|都能)?长(?:出)?(?:新)?(?:头发|发)|长出(?:新)?头发/g, weight: 1.2, basis: 'AL-28', example: '防脱生发液，一瓶见效，秃头也能长出头发！', hint: ['见效', '秃头', '长出'] },
      // 颈椎病腰间盘突出全治好: every ailment cured at once.
      { pattern: /(?:病|痛|炎|症|突出|脂肪肝|三高|结节|囊肿|息肉|斑|痘)[^，。！？!?\n]{0,2}?(?:全|都|通通|统统|全部|完全|彻底)(?:治好|好了|消失|没了)/g, weight: 1.2, basis: 'AL-17', example: '床垫睡一个月，颈椎病腰间盘突出全治好！', hint: ['治好', '好了', '消失', '没了'] },
      // 立刻恢复少女肌, 一次回到十八岁: youth given back at once.
      { pattern: /(?:立刻|立即|马上|瞬间|一次|当场)(?:恢复|回到|拥有|变回|找回)(?:少女|婴儿|十八岁|二十岁|青春|年轻)/g, weight: 1.2, basis: 'AL-28', example: '一次护理，立刻恢复少女肌！', hint: ['恢复', '回到', '拥有', '变回', '找回'] },
      // 骨质疏松吃三个月就好, 彻底告别药物: a cure by the course, or medicine no longer needed.
      { pattern: new RegExp(`(?:吃|喝|用|涂|抹|贴|戴|泡)(?:上)?\\s*${NUM}\\s*(?:天|周|个月|次|瓶|盒|个疗程)(?:就|即可|就能)?(?:好|好了|痊愈|治好|断根|根治|不疼了|不复发)|(?:彻底|永久|从此)(?:告别|摆脱|甩掉)(?:药物|吃药|药罐子|胰岛素|降压药|降糖药|激素)`, 'g'), weight: 1.2, basis: 'AL-17', example: '这款钙片补钙效果第一，骨质疏松吃三个月就好！', hint: ['吃', '喝', '用', '涂', '抹', '贴', '戴', '泡', '告别', '摆脱', '甩掉'] },
      // 三天治愈, 一秒缓解疲劳, 永久告别老花: a cure or a relief by the clock, or for ever.
      { pattern: new RegExp(`${NUM}\\s*(?:天|周|个月|次|秒|分钟)(?:就|即可|就能)?(?:治愈|治好|痊愈|根治|缓解[\\u4e00-\\u9fff]{0,2}|消除[\\u4e00-\\u9fff]{0,2})|(?:永久|永远|彻底|从此)告别(?:老花|近视|眼镜|老花镜|痘痘|失眠|脱发|白发|疼痛|色斑|斑点|皱纹|湿疹|便秘|疲劳|肥胖|赘肉)`, 'g'), weight: 1.2, basis: 'AL-17', example: '护眼仪一秒缓解疲劳，永久告别老花！', hint: ['治愈', '治好', '痊愈', '根治', '缓解', '消除', '告别'] },
      // 一穿见效, 一抹就好: an effect at first use.
      { pattern: /一(?:穿|抹|涂|用|喝|吃|贴|擦|戴|喷)(?:就)?(?:见效|就好|就灵|就白|就瘦)/g, weight: 1.2, basis: 'AL-28', example: '神奇塑形裤，一穿见效！', hint: ['见效', '就好', '就灵', '就白', '就瘦'] },
      // 头发三周长出来, 秃顶救星, 吃了立马有精神.
      { pattern: /(?:头发|毛发)[^，。！？!?\n]{0,4}(?:长出来|长回来|重新长出)|(?:秃顶|脱发|失眠|便秘|痘痘|肥胖)救星|(?:吃了|喝了|用了)(?:立马|马上|立刻|当天)(?:就)?(?:有精神|见效|好了|不疼)/g, weight: 1.1, basis: 'AL-28', example: '头发三周长出来，秃顶救星！', hint: ['长出来', '长回来', '重新长出', '救星', '吃了', '喝了', '用了'] },
      // 治愈脂肪肝, 根治鼻炎: a disease cured (治愈系 is a mood, not a cure).
      { pattern: /(?:治愈|根治)(?:脂肪肝|糖尿病|高血压|失眠|胃病|鼻炎|湿疹|痛风|焦虑|抑郁|便秘|咳嗽|哮喘|近视|脱发|痘痘|[\u4e00-\u9fff]{1,3}(?:病|炎|症))/g, weight: 1.2, basis: 'AL-17', example: '这款护肝片能保护肝脏，治愈脂肪肝，医生都推荐！', hint: ['治愈', '根治'] },
      // 不看海全额退款: a result promised, with a refund.
      { pattern: /不[\u4e00-\u9fff]{1,3}(?:就)?全额退款|无效(?:不收费|退款|全额退款|包退|退钱)/g, weight: 1.0, basis: 'AL-28', example: '顶级海景房，100%看海，不看海全额退款！', hint: ['全额退款', '无效'] },
      // 效果看得见, 毛发亮三倍 (a lamp is brighter too, so the multiple beside a sale only).
      { pattern: /效果(?:看得见|立现|立竿见影|马上看得到)/g, weight: 1.0, basis: 'AL-28', example: '狗狗吃了毛发亮三倍，体重三天涨一斤，效果看得见！', hint: ['效果'] },
      { pattern: /(?:毛发|皮肤|毛色|头发|睫毛)[\u4e00-\u9fff]{0,2}(?:亮|白|密|长|好)\s*(?:[两三四五六七八九十]|\d+)倍/g, weight: 1.0, basis: 'AL-28', needs: 'commercial', example: '狗狗吃了毛发亮三倍，效果看得见！', hint: ['倍'] },
      // 让你家猫咪健康十年.
      { pattern: new RegExp(`(?:让|保)[你您](?:家|的)?[\\u4e00-\\u9fff]{0,4}健康\\s*${NUM}\\s*年`, 'g'), weight: 1.1, basis: 'AL-28', example: '每天只要2块钱，让你家猫咪健康十年！', hint: ['健康'] },
      // 保证孩子期末考进年级前十: an exam result promised (Advertising Law art. 24).
      { pattern: /保证[^，。！？!?\n]{0,10}?(?:考进|考上|考到|考入|提分|进前|上岸|录取|拿满分|满分|过级)/g, weight: 1.2, basis: 'AL-24', example: '特级教师一对一，保证孩子期末考进年级前十！', hint: ['保证'] },
      // 背会就能拿满分, 成绩立刻翻倍.
      { pattern: /(?:就能|就可以|包)(?:拿|考)(?:到)?(?:满分|高分|[\d]+分)|(?:成绩|分数)(?:立刻|马上|直接|就能|就)?翻倍|(?:立刻|马上)翻倍/g, weight: 1.1, basis: 'AL-24', example: '万能作文模板，背会就能拿满分！', hint: ['就能', '就可以', '包', '翻倍'] },
      // 三天让你腿脚有劲: an effect on a clock.
      { pattern: new RegExp(`${NUM}\\s*(?:天|周|个月)(?:就)?(?:让你|帮你|使你|保你)`, 'g'), weight: 1.0, basis: 'AL-28', example: '中老年朋友们注意了！这款钙片三天让你腿脚有劲！', hint: ['让你', '帮你', '使你', '保你'] },
      // 三高全消, 糖尿病都能控制住.
      { pattern: /(?:三高|血压|血糖|血脂|尿酸|高血压|糖尿病)[^，。！？!?\n]{0,3}(?:全消|全降|全没了|都能控制|就能控制)/g, weight: 1.2, basis: 'AL-17', example: '每天一包，三高全消，医生都推荐！', hint: ['三高', '血压', '血糖', '血脂', '尿酸', '糖尿病'] },
      // 吃一个疗程就能停药 (a doctor's word in a story too, so beside a sale only).
      { pattern: /(?:就能|就可以)停药/g, weight: 1.2, basis: 'AL-17', needs: 'commercial', example: '高血压高血糖的朋友赶紧来，吃一个疗程就能停药！', hint: ['停药'] },
      // 喝出健康，喝出长寿.
      { pattern: /(?:喝|吃)出(?:健康|长寿|好身体|年轻)/g, weight: 1.0, basis: 'AL-28', example: '这一杯酒，喝出健康，喝出长寿，喝出好运！', hint: ['出'] },
      // 一年四季不感冒, 从此不失眠.
      { pattern: /(?:一年四季|从此|再也)不(?:感冒|生病|失眠|便秘|上火|长痘|掉发|脱发)/g, weight: 1.1, basis: 'AL-28', example: '喝我们的老白茶，一年四季不感冒，调理身体第一选择！', hint: ['不'] },
      // 不好喝包退: the effect guaranteed with a refund.
      { pattern: /不(?:好喝|好吃|好用|好|满意|甜|香|正宗|有效|管用|涨|升值)(?:就)?(?:包退|包换|退款|全额退款?|退钱)/g, weight: 1.0, basis: 'AL-28', example: '绝对是你喝过最好的普洱，不好喝包退！', hint: ['不'] },
      // 除菌率100%, 除甲醛率高达99.9%: an appliance's effect promised in a figure.
      { pattern: /(?:除菌|杀菌|抑菌|灭菌|除螨|除甲醛|除醛|除异味|过滤)率?\s*(?:高达|达到?|超过)?\s*(?:9\d|100)(?:\.\d+)?\s*[%％]/g, weight: 1.1, basis: 'AL-28', example: '净水器领先行业的RO技术，除菌率100%！', hint: ['除菌', '杀菌', '抑菌', '灭菌', '除螨', '除甲醛', '除醛', '除异味', '过滤'] },
      // 治好她的老毛病: a cure for an old complaint.
      { pattern: /(?:能|可以|保证)?治好[^，。！？!?\n]{0,4}(?:老毛病|多年的(?:病|毛病)|顽疾|病根)/g, weight: 1.2, basis: 'AL-17', example: '赶紧转给你妈，这款保健品能治好她的老毛病！', hint: ['治好'] },
      // 从60分提到100分, 必进前十, 命中率99%: a result promised in marks or ranks.
      { pattern: /从\s*\d+\s*分\s*(?:提|提高|提升|涨)到\s*\d+\s*分|必进前[\d一二三四五六七八九十]+|(?:押题)?命中率\s*\d+\s*[%％]/g, weight: 1.2, basis: 'AL-24', example: '只需一个月，孩子的数学就能从60分提到100分！', hint: ['分', '必进', '命中率'] },
      // 一瓶治愈所有皮肤问题, 一个疗程见效: every trouble cured, or cured by a course.
      { pattern: /(?:治愈|根治|解决|搞定)(?:所有|全部|一切)[^，。！？!?\n]{0,4}(?:问题|毛病|烦恼)|[一两三几]个疗程(?:就)?(?:见效|治好|痊愈|好了|断根)/g, weight: 1.2, basis: 'AL-17', example: '一瓶治愈所有皮肤问题！', hint: ['所有', '全部', '一切', '疗程'] },
      // 孕妇宝宝都能用: safe for everyone, promised.
      { pattern: /(?:孕妇|婴儿|新生儿)(?:和|、)?(?:宝宝|婴儿|儿童|老人)?都(?:能|可以)(?:放心)?(?:用|吃|喝)/g, weight: 1.0, basis: 'AL-28', example: '纯天然无添加，孕妇宝宝都能用，绝对安全！', hint: ['孕妇', '婴儿', '新生儿'] },
      { pattern: /(?:血糖|血压|血脂|尿酸)[^，。！？\n]{0,4}(?:降下|降低|下降|降到|正常了)/g, weight: 1.2, basis: 'AL-17', example: '血糖明显降下来', hint: ['血糖', '血压', '血脂', '尿酸'] },
      { pattern: /告别(?:色斑|斑点|痘痘|皱纹|脱发|失眠|便秘|三高|病痛|疼痛|黑头|暗沉)/g, weight: 1.0, basis: 'AL-28', example: '告别色斑', hint: ['告别'] },
      { pattern: /(?:无|没有|零|不含)(?:任何)?副作用/g, weight: 1.2, basis: 'AL-16', example: '无任何副作用', hint: ['副作用'] },
      // Eaten, and the body changes: 吃了就能长高, 宝宝更聪明, 感冒立刻好.
      { pattern: /(?:吃|喝|用)了(?:就能|就会|能|会|就)(?:长高|变白|变瘦|变聪明|更聪明|不生病|少生病|不感冒)|(?:宝宝|孩子|小孩)(?:会)?更聪明|(?:感冒|咳嗽|失眠|便秘|发烧|头疼|头痛|胃病|湿疹|过敏)(?:立刻|马上|立马|当天|一天)就?(?:好|好了|痊愈|退了|消了)/g, weight: 1.2, basis: 'AL-17', example: '吃我家的橙子，感冒立刻好，比药还管用！', hint: ['了就', '了能', '了会', '聪明', '立刻', '马上', '立马', '当天', '一天'] },
      // 一次白三度, 白两个度: skin whitened by shades, promised.
      { pattern: new RegExp(`(?:白|亮)\\s*${NUM}\\s*个?度`, 'g'), weight: 1.2, basis: 'AL-28', example: '焕肤一次白三度，立即预约！', hint: ['度'] },
      // 不甜不要钱, 不好吃包退: a refund on the taste.
      { pattern: /不(?:甜|好吃|好喝|好穿|新鲜|满意|好用|管用|有效|香|白|瘦|美|好看)(?:不要钱|不收钱|不收费|包退|全额退款?|全退|退款|包赔|免单)/g, weight: 1.1, basis: 'AL-16', example: '最正宗的烟台苹果，绝对不甜不要钱！', hint: ['不要钱', '不收钱', '不收费', '包退', '退款', '全额退', '全退', '包赔', '免单'] },
      { pattern: /保证[^，。！？\n]{0,6}?(?:长高|有效|见效|治好|治愈|修复|康复|恢复健康|瘦|美白|祛痘|好转|变白|一觉到天亮|睡得香|睡个好觉|不复发|不反弹|不过敏|痊愈|断根|退烧)/g, weight: 1.2, basis: 'AL-28', example: '保证一周治好', hint: ['保证'] },
      { pattern: new RegExp(`${NUM}\\s*(?:天|秒|秒钟|分钟|小时|周)\\s*见效`, 'g'), weight: 1.2, basis: 'AL-28', example: '3天见效', hint: ['见效'] },
      // 给我三十天，还你一个全新的自己: a transformation promised for a price.
      { pattern: new RegExp(`给我\\s*${NUM}\\s*(?:天|周|个月|个星期)[，,\\s]*还你`, 'g'), weight: 1.1, basis: 'AL-28', example: '给我三十天 还你一个全新的自己', hint: ['还你'] },
      { pattern: new RegExp(`${NUM}\\s*(?:天|周|个月)\\s*(?:去皱|祛斑|淡斑|美白|变白|祛痘|瘦身|长高)`, 'g'), weight: 1.2, basis: 'AL-28', example: '神奇面霜：3天去皱，效果保证！', hint: ['去皱', '祛斑', '淡斑', '美白', '变白', '祛痘', '瘦身', '长高'] },
      // 黑眼圈当场消失, 斑点瞬间淡化: an effect promised on the spot.
      { pattern: /(?:当场|瞬间|立刻|马上|立马|一秒)(?:消失|变白|变瘦|淡化|消退|不见了)/g, weight: 1.2, basis: 'AL-28', example: '黑眼圈当场消失', hint: ['当场', '瞬间', '立刻', '马上', '立马', '一秒'] },
      { pattern: /(?:立马|马上|立即|立刻|迅速|快速|当场|一喝就|一吃就|一用就|一抹就|喝了就|吃了就|用了就|一贴就?|一抹|一喝|一次就)见效|见效(?:快|神速|极快)/g, weight: 1.2, basis: 'AL-28', example: '喝一杯立马见效', hint: ['见效'] },
      { pattern: new RegExp(`(?:${NUM}\\s*(?:天|周|个?星期|个?月|个?疗程)|一个疗程)\\s*(?:就|轻松|能|可以|直接|足足|整整)?(?:瘦|减|掉)了?\\s*${NUM}\\s*(?:斤|公斤|kg)`, 'g'), weight: 1.2, basis: 'AL-28', example: '一个月瘦20斤', hint: ['斤', 'kg'] },
      // 能治腰椎间盘突出, 治好了我妈的关节炎, 专治失眠: a cure claimed for a disease (AL-17).
      { pattern: /(?:能|可以|专|包|还能)?治(?:好了?|愈了?)?(?:我[^，。！？\n]{0,4}的)?(?:痛经|腰椎间盘突出|腰间盘突出|宫寒|不孕|抑郁|失眠|关节炎|高血压|糖尿病|颈椎病|鼻炎|胃病|湿疹|便秘|脱发|近视|痛风|风湿|三高|老寒腿|腰腿疼|脚后跟疼)/g, weight: 1.2, basis: 'AL-17', example: '按摩椅能治腰椎间盘突出', hint: ['治'] },
      // A symptom gone: 皱纹全消失, 近视度数降下来, 不用打胰岛素, 长出新头发.
      { pattern: /(?:皱纹|色斑|斑点|痘痘|痘印|白发|脱发|近视|度数|湿疹|鼻炎|眼袋|黑眼圈|毛孔)[^，。！？\n]{0,4}(?:全消失|都消失|消失了|都没了|全没了|降下来|不见了|全消)|不用(?:再)?(?:打胰岛素|吃药|打针)|长出(?:了)?新头发|三高[^，。！？\n]{0,4}(?:降下来|正常了)/g, weight: 1.1, basis: 'AL-28', example: '喝一个月皱纹全消失', hint: ['消失', '没了', '降下来', '不见了', '胰岛素', '新头发', '不用再吃药', '不用吃药', '不用打针', '三高', '正常了'] },
      // 一瓶解决所有皮肤问题: one product for every trouble.
      { pattern: /一(?:瓶|支|盒|贴|粒|罐|套|片)(?:就)?(?:解决|搞定)(?:所有|全部|一切)|一(?:瓶|支|盒|贴|粒|罐|套|片)(?:全|都)(?:解决|搞定)/g, weight: 1.1, basis: 'AL-28', example: '一瓶解决所有皮肤问题', hint: ['解决', '搞定'] },
      // Luck for sale: 戴上这条手链三个月必定好运连连 (superstition, AL-9).
      { pattern: /(?:戴|佩戴|带|摆|放|用|吃|喝)(?:上|了)?[^，。！？\n]{0,8}?(?:转运|招财|旺财运|好运连连|财源滚滚|旺夫|辟邪|挡灾)|必定好运|保你(?:发财|转运|好运)/g, weight: 1.1, basis: 'AL-28', example: '戴上这条转运手链，三个月必定好运连连', hint: ['转运', '招财', '旺财运', '好运连连', '财源滚滚', '旺夫', '辟邪', '挡灾', '必定好运', '保你'] },
      // 再也不用去医院: the product makes the doctor unnecessary.
      { pattern: /再也不用(?:去|跑)?(?:宠物)?(?:医院|看医生|吃药|打针)/g, weight: 1.1, basis: 'AL-17', example: '吃了我们家的粮，宠物医院再也不用去了', hint: ['再也不用'] },
      { pattern: /(?:宠物)?医院再也不用去/g, weight: 1.1, basis: 'AL-17', example: '宠物医院再也不用去了', hint: ['再也不用去'] },
      // 7天让孩子戒掉手机: an outcome promised by a date.
      { pattern: new RegExp(`${NUM}\\s*(?:天|周|个?月)(?:就)?(?:让[^，。！？\\n]{0,4})?(?:戒掉|改掉|治好|摆脱|告别)`, 'g'), weight: 1.1, basis: 'AL-28', example: '7天让孩子戒掉手机', hint: ['戒掉', '改掉', '治好', '摆脱', '告别'] },
      // 一喝就灵, 一吃就好: works at the first dose.
      { pattern: /一(?:喝|吃|用|抹|贴|泡|擦|喷)就(?:灵|好|见效|瘦|白|不疼|不痛|不痒)/g, weight: 1.2, basis: 'AL-28', example: '一喝就灵', hint: ['就灵', '就好', '就见效', '就瘦', '就白', '就不疼', '就不痛', '就不痒'] },
      // 吃了不感冒, 喝了再也不失眠: prevents an illness (health food may not, AL-18).
      { pattern: /(?:吃|喝|用|戴|泡|洗)了?(?:就|以后|之后)?(?:再也)?不(?:感冒|生病|失眠|便秘|掉发|脱发|长痘|过敏|近视|发烧)/g, weight: 1.2, basis: 'AL-18', example: '吃了不感冒', hint: ['不感冒', '不生病', '不失眠', '不便秘', '不掉发', '不脱发', '不长痘', '不过敏', '不近视', '不发烧'] },
      { pattern: /躺着(?:也|就)?(?:能|可以)?瘦/g, weight: 1.2, basis: 'AL-28', example: '躺着就能瘦', hint: ['躺着'] },
      { pattern: new RegExp(`长高\\s*${NUM}\\s*(?:厘米|公分|cm)`, 'g'), weight: 1.2, basis: 'AL-28', example: '三个月长高5厘米', hint: ['长高'] },
      { pattern: new RegExp(`年轻\\s*${NUM}\\s*岁`, 'g'), weight: 1.1, basis: 'AL-28', example: '年轻十岁', hint: ['年轻'] },
      { pattern: /(?:无效|没效果|不见效|不满意|不自律|不达标|考不过|学不会|没提高)(?:就)?(?:包退|退款|全额退款?|全额退费|退费|退钱|全退|退货|包换|返现)/g, weight: 1.2, basis: 'AL-16', example: '无效包退', hint: ['无效', '没效果', '不见效', '不满意', '不自律', '不达标', '考不过', '学不会', '没提高'] },
    ],
    'contact-bait': [
      // 添加客服微信 shop8888: an id after the helper's WeChat.
      { pattern: /(?:加|添加)(?:客服|小助手|助理|店长)(?:的)?(?:微信|薇信|[vV]信|vx|wx)\s*[:：]?\s*(?=[-_a-zA-Z0-9]*\d)[a-zA-Z][-_a-zA-Z0-9]{4,19}(?![-_a-zA-Z0-9])/g, weight: 1.2, example: '添加客服微信 shop8888 领取新人礼包！', hint: ['客服', '小助手', '助理', '店长'] },
      // 加薇信 abc12345: an id after a space.
      { pattern: /(?:加|添加)(?:我)?(?:微信|薇信|威信|[vV]信|vx|wx|VX|WX|薇|[vV])\s+(?=[-_a-zA-Z0-9]*\d)[a-zA-Z][-_a-zA-Z0-9]{4,19}(?![-_a-zA-Z0-9])/g, weight: 1.2, example: '加薇信 abc12345，发你价目表！', hint: ['加', '添加'] },
      // 加我 wechat, 加我 WhatsApp.
      { pattern: /加我\s*(?:wechat|weixin|whatsapp|line|telegram|WeChat|WhatsApp|LINE|Telegram)/g, weight: 1.0, example: '加我 wechat 领 voucher，前 50 名再送 gift！', hint: ['加我'] },
      // 添加微信 xueba666: a WeChat id after the ask, with only a space between.
      { pattern: /(?:加|添加)(?:我的?)?(?:微信|vx|VX|wx|WX|[vV]信)号?\s+[a-zA-Z][-_a-zA-Z0-9]{5,19}/g, weight: 1.2, example: '添加微信 xueba666 备注"试听"，立即安排老师！', hint: ['微信', 'vx', 'VX', 'wx', 'WX', '信'] },
      { pattern: /(?<!\d)1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g, weight: 1.2, example: '13812345678', hint: ['13', '14', '15', '16', '17', '18', '19'] },
      { pattern: /(?<!\d)0\d{2,3}-\d{7,8}(?!\d)|(?<!\d)0\d{2,3}-\d{3,4}-\d{4}(?!\d)/g, weight: 1.0, example: '预约电话029-8888-6666，马上打！', hint: ['-'] },
      {
        // A WeChat id after any name for WeChat, with emoji or a heart between: 薇信❤：abc123.
        pattern: /(?:微信号?|薇信|威信|[vV]信|vx|wx|VX|WX|加薇|加[vV]|[+＋➕][vV]|薇|威|[vV](?=\s*(?:[\u2600-\u27bf]|[\ud83c-\ud83e])))(?:\s|[\u2600-\u27bf\ufe0f]|[\ud83c-\ud83e][\udc00-\udfff])*(?:搜索|搜|号)?[:：]\s*[a-zA-Z0-9][-_a-zA-Z0-9]{4,19}/g,
        weight: 1.2,
        example: '微信：tea_lin2024',
        hint: ['微信', '薇信', '威信', 'v信', 'vx', 'wx', '加薇', '加v', '+v', '薇', '威', 'v'],
      },
      // "➕V了解详情": plus V is "add me on WeChat" (➕ is read through by the automaton, so no hint).
      { pattern: /[+＋➕]\s*[vV](?![a-zA-Z])/g, weight: 0.9, example: '➕V了解详情', probe: ['+', '＋', '➕'] },
      // 🛰 for 卫星, a pun on 微信: "加🛰了解".
      { pattern: /(?:加|[+＋➕])\s*🛰|🛰\s*[:：]/gu, weight: 0.9, example: '加🛰了解', probe: ['🛰'] },
    ],
  },
  exempt: [
    // 一折腾 is a fuss, not 10% of the price.
    '一折腾', '折腾',
    // Taking a photo of something, not buying it.
    '拍它一张', '拍它几张', '拍它两张', '偷偷拍它', '给它拍',
    // Time order and sequence (SAMR 2023 guideline: 表述时空顺序的客观情况).
    '最近', '最后一段路', '最初', '最终', '最早', '最晚',
    // Ordinals beyond first (第一百天) rank nothing; an enumeration (第一，… 第二，…) is exemptPatterns' business.
    '第一百', '第一千', '第一万',
    '第一次', '第一天', '第一眼', '第一步', '第一个', '第一件', '第一种', '第一类', '第一点', '第一部分', '第一杯', '第一场', '第一周', '第一页',
    '第一章', '第一时间', '第一反应', '第一印象', '第一遍', '第一站', '第一层', '第一排', '第一季', '第一集', '第一年',
    '第一圈', '第一公里', '第一回', '第一声', '第一句', '第一条', '了第一名', '得第一名', '第一名的成绩', '第一手', '第一批', '第一波', '第一份',
    '第一顿', '第一缕', '第一棵', '第一朵', '第一颗', '第一本', '第一盘', '第一壶', '第一泡', '第一锅', '第一炉',
    '第一块', '第一张', '第一封', '第一把', '第一双', '第一辆', '第一间', '第一所', '第一幅',
    '第一课', '第一节', '第一位', '第一单', '第一件事', '第一阶段', '第一周年', '第一晚', '第一夜', '第一个月',
    '首选项',
    // Usage tips (SAMR 2023 guideline: 仅用于宣传商品使用方法、使用时间的消费提示).
    '最好隔开', '最好分开', '最好间隔', '最好先', '最好还是', '最好别', '最好不要', '最好不', '最好提前', '最好在', '最好等', '最好放', '最好趁',
    '最好一个字', '最好一律', '最好尽量', '最好直接', '最好都', '最好也别', '最好每', '最好早', '最好多', '最好少', '最好带', '最好穿', '最好讲', '最好说', '最好写', '最好拍', '最好配', '最好聊', '最好是', '最好用温', '最好喝温',
    // Personal feelings that point at no product.
    '最好的朋友', '最好的时光', '最好的年纪', '最好的安排', '最好的礼物', '最好的状态', '唯一的缺点', '唯一的遗憾',
    '唯一的问题', '万能的钩子', '当成万能', '治愈心情', '治愈人心', '特别治愈', '下单前', '下单之前', '带进直播间', '带到直播间', '唯一的卖点', '当成唯一', '唯一不足', '唯一的不足', '唯一的区别', '唯一的办法', '下手机', '最后一天假期', '第一台', '第一辆', '第一部手机', '第一份工作', '第一份工资', '最佳员工', '最佳新人', '最佳辩手', '最佳男主角', '最佳女主角', '最佳影片', '最佳球员', '最佳拍档', '最佳损友', '最佳观赏期', '放下手机', '放下手中', '招财猫', '招财树', '效果承诺', '功效承诺', '效果宣传', '功效宣传', '第一套房', '第一只', '唯一能想到', '唯一能说', '唯一能记住', '唯一能帮', '唯一一次', '唯一的槽点', '唯一要注意',
    // Weather reports and everyday idioms.
    '最低气温', '最低温', '最低温度', '最低点', '最佳观赏', '最佳时间', '最佳赏味期', '最佳饮用', '手气最佳', '最佳手气',
    // What I have eaten, seen or visited is my experience, not a claim about goods.
    '过的最',
    '100%同意', '百分百同意', '100%确定',
    '治愈系', '被治愈', '很治愈', '好治愈', '太治愈', '超治愈', '治愈了我', '治愈感', '自我治愈',
    '绝对没', '绝对值', '绝对零度', '绝对音感', '绝对化',
    '万能的朋友圈', '万能胶', '很难根治', '难以根治', '无法根治', '不能根治', '没法根治',
    '国家级湿地', '国家级自然保护区', '国家级保护区', '国家级非遗', '国家级景区', '国家级运动员', '国家级裁判', '国家级森林公园', '国家级风景名胜区',
    // Sayings: 早睡是最好的护肤品, 时间是最好的良药.
    '是最好的护肤品', '是最好的化妆品', '是最好的良药', '是最好的医生', '是最好的老师', '是最好的药',
    '扫码点餐', '扫码付', '扫码支付', '扫码乘车', '扫码骑车', '扫码进站', '扫码登记', '扫码进园', '扫码进公园', '扫码进门', '扫码进馆', '扫码进小区', '扫码入园', '扫码入场',
    '限时挑战', '限时赛', '拍下来', '拍下了', '去拍照', '去拍摄', '去拍视频', '去拍片',
    // Errands and games, not buying from us: 赶紧买菜, 快去买票, 抢红包.
    '买菜', '买票', '买药', '买早饭', '买早餐', '抢红包', '抢票',
    // 现价 across two words: 出现价格, 体现价值.
    '出现价', '发现价', '体现价', '实现价', '展现价', '表现价', '呈现价', '兑现价',
    // Things rolled into a ball, not a group buy formed.
    '揉成团', '缠成团', '抱成团', '结成团', '粘成团', '挤成团', '乱成团', '缩成团', '卷成团', '捏成团', '搓成团',
  ],
  exemptPatterns: [
    // 临走来拿了最后一罐酱: the last one taken, told; none is on offer.
    { pattern: /(?<=(?:拿|买|带|取|订|要|抢)(?:走)?了\s*)最后(?=\s*(?:一|\d))/g, literal: '最后' },
    // 只剩一片一片的黄褐色: a reduplicated measure word describes, it counts no stock.
    { pattern: /(?:仅|只|就|还)剩下?(?=\s*一([片条座层朵簇])一\1)/g, literal: '剩' },
    // 第一行, 第一碗, 第一笔: the first of something, counted (第一家, 第一名 and 第一品牌 stay claims).
    { pattern: /第一(?=[行碗笔首堂盏片段张幅根条只杯口天年课节篇页本部块封遍对场])/g, literal: '第一' },
    // 最后一张还算满意: the last try, judged.
    { pattern: /最后一[张幅个遍](?=还|才|总算|终于)/g, literal: '最后' },
    // 最便宜也最贵的是时间: a paired antithesis, no claim.
    { pattern: /最[\u4e00-\u9fff]{1,2}(?=也最)/g, literal: '最' },
    // 其中讲产品的只有一两条: a count of posts, not stock.
    { pattern: /(?<=(?:发|讲|写|其中)[^，。！？!?\n]{0,10})只有(?=\s*[一两二三四五六七八九十几\d]{1,3}\s*条)/g, literal: '只有' },
    // 最后一片银杏叶, 只剩厌烦: a leaf and a feeling are no stock.
    { pattern: /最后\s*(?:一|\d)\s*片(?=[\u4e00-\u9fff]{0,3}(?:叶|花瓣|雪花|云|阳光|晚霞))/g, literal: '最后' },
    { pattern: /只剩(?:下)?(?=厌烦|疲惫|失望|无奈|遗憾|心疼|感动|回忆|思念|难过|孤独|安静|空虚|尴尬|麻木|心累|叹气|一声叹息)/g, literal: '只剩' },
    // "我唯一能做的就是陪着它": the only thing one can do; 全国唯一能做… is a claim of rank, left to the claim.
    { pattern: /(?<!(?:全国|全网|全市|全省|全城|行业|业内|本地|国内|市面上)\s*)唯一能做/g, literal: '唯一能做' },
    // A WeChat account as a thing one has or is given, with no id to add: "公司给了我一个新的微信号".
    { pattern: /(?:一个|两个|几个|新的|旧的|个人|工作|公司的|自己的|私人)微信号(?![：:\s]*[A-Za-z0-9_-]{5,})/g, literal: '微信号' },
    // A bargain the writer got, told: 这件外套原价199，我…39块捡的漏.
    { pattern: /原价\s*\d+[^。！？!?\n]{0,24}?(?:我|自己)[^。！？!?\n]{0,14}?\d+\s*(?:块|元)?(?:钱)?(?:捡的漏|捡了个漏|捡漏|买的|买到|入的|拿下的|淘到)/g, literal: '原价' },
    // The last one, not bought: 最后一件没买, 最后一盒被人买走了.
    { pattern: /最后(?:一|[\d])(?:件|盒|瓶|个|份)(?=[^，。！？!?\n]{0,4}(?:没买|没抢到|被人买走|被买走|卖掉了|没舍得))/g, literal: '最后' },
    // A deal the writer took, told: 今天奶茶第二杯半价，我和闺蜜一人一杯.
    { pattern: /第二(?:杯|件|份)半价(?=[，,。！!]?\s*(?:我和|我跟|我们|跟闺蜜|和闺蜜|俩人|两个人|一人一))/g, literal: '半价' },
    // A child's belief, told as one: 小时候觉得爸爸的车是全世界最大的.
    { pattern: /(?:小时候|那时候|小的时候)(?:我)?(?:总|一直|还)?(?:觉得|以为)[^。！？!?\n]{0,20}/g, literal: '小时候' },
    // Facts of geography, not ranks of goods: 世界上最高的山, 全国最长的河.
    { pattern: /(?:世界上|全世界|世界|全国|中国)最(?:高|大|长|深|小|冷|热)的(?:山|峰|河|湖|海|洋|岛|沙漠|瀑布|城市|国家|动物|鸟|鱼|树)/g, literal: '最' },
    // The seller's own work, not an order asked for: 学了多久能接单赚钱.
    { pattern: /(?:多久|什么时候|才|就)能接单|接单赚钱/g, literal: '接单' },
    // 绝对不 is "absolutely not" (绝对不会忘), unless it vouches for the goods: 绝对不甜不要钱.
    { pattern: /绝对不(?![\u4e00-\u9fff]{1,3}(?:不要钱|包退|全额退款|退款|包赔|免单))/g, literal: '绝对不' },
    // 她三个月减了八斤, 我坚持一年瘦了二十斤: what a person lost, told after the fact, not a promise (一个月瘦20斤).
    { pattern: /(?<=(?:我|她|他|我妈|我爸|老公|老婆|闺蜜|同事|朋友)(?:坚持[^，。！？!?\n]{0,6}|这)?)[\d一二两三四五六七八九十半几]+\s*个?(?:天|周|星期|月|年)(?:就)?(?:瘦|减|掉)了/g, literal: '了' },
    // The same without a subject, when the writer's own feeling follows and no reader is spoken to: 三个月瘦了八斤，开心
    // is a diary line; 三个月瘦了八斤，你也可以 and 三个月瘦了八斤！ stay claims.
    {
      pattern: /(?<=^|[。！？；;\n\s])[\d一二两三四五六七八九十半几]+\s*个?(?:天|周|星期|月|年)(?:就)?(?:瘦|减|掉)了[^，。！？!?\n]{0,6}(?=[，,]\s*(?:好|太|真|超|有点)?(?:开心|高兴|知足|满足|感动|不容易|值了|哈哈|嘿嘿|终于|没白练|没白坚持|没白费)(?![^\n]*(?:你|您|大家|姐妹|宝子|宝宝们|一起|跟我|找我|私信|私聊|咨询|下单|报名|同款)))/g,
      literal: '了',
    },
    // An enumeration opening its clause ("第一，先看叶底"), not a rank ("效果第一，").
    { pattern: /(?<=^|[。！？；;\n，,：:、\s（(])第一(?=[，,、：:])/g, literal: '第一' },
    // What the writer has had, not a claim (吃过最好吃的), unless she sold it: 我卖过最好的一款茶.
    { pattern: /(?<![卖推荐])过最/g, literal: '过最' },
    // The first sip, not a rank: 第一口就爱上了; 全国第一口感 is a rank.
    { pattern: /(?<!全国|全网|全球|全市|全省|行业|业内)第一口/g, literal: '第一口' },
    // A child's or senior's fare, not a sale: 门票三十块，儿童半价.
    { pattern: /(?:儿童|小孩|学生|老人|长者|军人)(?:票)?半价|半价票/g, literal: '半价' },
    // 预定利率 is an insurance rate, not a booking.
    { pattern: /预定利率/g, literal: '预定' },
    // A role in the family, not an endorsement: 唯一指定的司机——我爸.
    { pattern: /唯一指定的?(?=司机|摄影师|厨师|跑腿|陪练|听众|保姆|吃货|粉丝)/g, literal: '唯一指定' },
    // Canteen, library and campus slang: 食堂的饺子手慢无, 闭眼入图书馆那本书.
    ...(['手慢无', '闭眼入'] as const).map((phrase) => ({
      pattern: new RegExp(`(?:食堂|饭堂|图书馆|阅览室|宿舍|考场|课上|自习室)[^，。！？!?\\n]{0,12}${phrase}|${phrase}[^，。！？!?\\n]{0,8}(?:食堂|饭堂|图书馆|阅览室|宿舍|自习室)`, 'g'),
      literal: phrase,
    })),
    // The last of a dish at a table or a canteen, not stock: 食堂最后一份糖醋排骨.
    { pattern: /(?:食堂|饭堂|锅里|盘子里|冰箱里|桌上)的?最后/g, literal: '最后' },
    // A time limit that is a rule of a place: 停车场限时两小时, 限时停车.
    { pattern: /(?:停车场?|车位|路段|路边|窗口|景区|展厅|泳池|包间|包厢|自习室)限时|限时(?:停车|通行|参观|入场|游览|开放)(?![^，。！？!?\n]{0,6}\d+\s*个?(?:名额|工位|席位|位|单))/g, literal: '限时' },
    // 只剩下 with no count after it means 'nothing but': 朋友圈只剩下价格和倒计时.
    { pattern: /只剩下(?![\s\d一二两三四五六七八九十几])/g, literal: '只剩' },
    // A child's progress, not a product's effect: 老师说孩子的进步是立竿见影的.
    { pattern: /进步(?:是|很|真是|真的)?立竿见影/g, literal: '立竿见影' },
    // The first to do something, not a rank: 全城第一家做豆花的.
    { pattern: /第一家(?=做|开|卖|用|推出|引进|把)/g, literal: '第一家' },
    // A rank won, not claimed: 拿了全市第一, 考了全班第一, 跑了全省第一.
    { pattern: /(?:拿了|拿到|得了|考了|获得了?|跑了|排名|排在|进了)(?:全国|全市|全省|全城|全班|全校|全年级|年级|小组|班上|班里|年级里)第一/g, literal: '第一' },
    // Someone dear, not goods: 世界上最好的妈妈, 全世界最好的朋友.
    { pattern: /(?:世界上|全世界|天底下|天下)?最好的(?=(?:妈妈|爸爸|老妈|老爸|妈|爸|老公|老婆|朋友|闺蜜|兄弟|姐妹|老师|外婆|奶奶|爷爷|外公|姥姥|姥爷|女儿|儿子|孩子|宝贝|家人|队友|同事|邻居|搭档|时光|回忆|礼物|安排|年纪|季节))/g, literal: '最好' },
  ],
  cues: [
    // Talk about a product itself: its quality, make and market.
    '市面上', '同类', '产品', '品牌', '品质', '质量', '正品', '官方', '工艺', '原料', '配方', '成分', '功效', '效果', '厂家', '售后',
    '只在我家', '没有之一', '正宗', '护肤品', '面膜', '精华', '全场', '本周', '限购', '盲盒', '到货', '新到的', '刚到的', '上架', '新货', '鱼油', '益生菌', '胶原蛋白', '代餐', '疗程', '新品', '首发', '到手', '专柜', '回购', '双十一', '双11', '双十二', '618', '年货节', '优惠', '活动价', '优惠活动', '下单', '价格', '特价', '折扣', '打折', '库存', '名额', '链接', '直播间', '购买', '购物车',
    '抢购', '秒杀', '团购', '福利', '券', '预售', '上新', '现货', '发货', '包邮', '开售', '开抢', '售价', '促销', '大促', '清仓', '招生', '学位', '课程', '试听', '辅导班', '补习班', '学费', '理财', '理财产品', '年金险', '增额终身寿', '重疾险', '开户', '代购', '转卖', '拼单', '出闲置',
    '本店', '招牌', '会员日', '保险', '保费', '保单',
    // Community group buys (社区团购): the leader, the round opened, the order list, the cut-off.
    '团长', '开团', '截单', '接龙', '拼团', '跟团', '团购群', '直发', '产地直发', '果园直发', '坏果包赔', '零农药', '无农药', '无污染',
    '全屋定制', '沙发', '床垫', '橱柜', '工厂价', '量房', '档期', '定金', '订金', '婚纱照', '直播间', '就在我们店', '就在本店', '包赔', '包换', '包退', '付款', '顺丰', '发顺丰', '拍下', '锁价', '金价', '克价', '工费', '足金', '金条', '首饰', '退差价', '尺码', '断码', '直播试穿', '主播', '礼盒', '预订截止', '就在我们家', '就在我家', '土蜂蜜', '土鸡蛋', '腊肉', '蛋白粉', '代餐', '包机', '直飞', '旅行套餐', '套餐价', '万能卡', '一卡通用', '原厂', '转介绍', '现车', '学区', '猫粮', '冻干', '猫砂', '宠物粮', '冲刺班', '集训营', '培训班', '训练营', '培训机构', '机构', '师资', '名师', '早鸟价', '燕窝', '钙片', '调理茶',
    '年卡', '月卡', '私教课', '团课', '减脂营', '认购', '首付', '学区房', '急售', '房源', '楼盘', '楼王', '装修套餐', '装修贷',
  ],
};
