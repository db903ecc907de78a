/**
 * Phrase lists, as data: one entry per language, lower case, matched after NFC, case folding and
 * whitespace folding. Structure (link density, class names, position) does most of the work; these
 * phrases only name the boxes that structure alone cannot tell from a story paragraph. To support a
 * language, add its entry; no code changes.
 */

/** Labels that introduce a link to another story: "Also read: …". Matched at the start of a block. */
export const READ_ALSO: Record<string, string[]> = {
  en: ['also read', 'read also', 'read more', 'see also', 'related', 'related post', 'related article', 'related story', 'related stories', 'related news', 'more on this', 'more from', 'see more', 'recommended', "don't miss", 'dont miss', 'must read', 'you may also like', 'you might also like', 'more great', 'more stories', 'trending', 'top stories', 'latest news', 'most read', 'most popular', 'popular'],
  hi: ['यह भी पढ़ें', 'ये भी पढ़ें', 'इसे भी पढ़ें', 'यह भी पढ़े', 'ये भी पढ़े', 'इसे भी पढ़े', 'और पढ़ें', 'जरूर पढ़ें', 'ज़रूर पढ़ें', 'संबंधित खबरें', 'संबंधित ख़बरें', 'सम्बंधित खबरें', 'ट्रेंडिंग', 'लेटेस्ट', 'पढ़ें', 'और खबरें'],
  ar: ['اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'إقرأ أيضاً', 'اقرأ المزيد', 'اقرأ ايضا', 'مواضيع ذات صلة', 'أخبار ذات صلة', 'الأكثر قراءة'],
  ja: ['関連記事', 'あわせて読みたい', '合わせて読みたい', 'こちらもおすすめ', 'おすすめ記事', '関連ニュース', 'アクセスランキング'],
  zh: ['相关新闻', '相关阅读', '延伸阅读', '推荐阅读', '相關新聞', '延伸閱讀', '相关文章', '热门推荐'],
  ko: ['관련기사', '관련 기사', '함께 보면 좋은', '많이 본 뉴스'],
  id: ['baca juga', 'baca selengkapnya', 'berita terkait'],
  fr: ['lire aussi', 'à lire aussi', 'a lire aussi', 'lire également', 'voir aussi', 'sur le même sujet'],
  it: ['leggi anche', 'leggi pure', 'potrebbe interessarti'],
  es: ['lee también', 'lea también', 'te puede interesar', 'noticias relacionadas', 'leer más'],
  pt: ['leia também', 'leia mais', 'veja também', 'saiba mais'],
  de: ['lesen sie auch', 'mehr zum thema', 'auch interessant', 'weiterlesen'],
  ru: ['читайте также', 'смотрите также', 'читать также', 'по теме', 'читайте нас'],
  he: ['קראו גם', 'כתבות נוספות', 'עוד באתר'],
  tr: ['ayrıca okuyun', 'ilgili haberler', 'bunlar da ilginizi çekebilir', 'ilginizi çekebilir'],
  bn: ['আরও পড়ুন', 'আরো পড়ুন', 'এ বিষয়ে আরও পড়ুন'],
  nl: ['lees ook', 'lees meer'],
  sv: ['läs också', 'läs mer'],
  vi: ['xem thêm', 'đọc thêm', 'tin liên quan'],
  mr: ['हेही वाचा', 'हे पण वाचा'],
  ur: ['یہ بھی پڑھیں', 'مزید پڑھیں'],
  fa: ['بیشتر بخوانید', 'بخوانید'],
  ta: ['மேலும் படிக்க', 'இதையும் படிங்க'],
};

/** Whole-block labels of ad slots ("Advertisement"). A block is removed only if this is all it says. */
export const AD_LABELS: Record<string, string[]> = {
  en: ['advertisement', 'advertisements', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'story continues below advertisement', 'article continues below advertisement', 'continue reading below', 'scroll to continue with content', 'loading content', 'loading'],
  hi: ['विज्ञापन', 'एडवरटाइजमेंट', 'विज्ञापन लोड नहीं हो सका'],
  ar: ['إعلان', 'اعلان', 'إعلانات'],
  ja: ['広告', 'スポンサーリンク', 'pr'],
  zh: ['广告', '廣告'],
  ko: ['광고', '반응형'],
  ru: ['реклама'],
  de: ['anzeige', 'werbung'],
  tr: ['reklam'],
  id: ['iklan'],
  he: ['פרסומת'],
  fr: ['publicité', 'publicite'],
  es: ['publicidad', 'anuncio'],
  it: ['pubblicità'],
  pt: ['publicidade'],
  nl: ['advertentie'],
  sv: ['annons'],
  pl: ['reklama'],
  vi: ['quảng cáo'],
  ta: ['விளம்பரம்'],
  ur: ['اشتہار'],
  fa: ['تبلیغات'],
  bn: ['বিজ্ঞাপন'],
  mr: ['जाहिरात'],
};

/** Whole-block labels of page furniture (buttons, widget titles, caption labels). */
export const UI_LABELS: Record<string, string[]> = {
  en: ['comments', 'comment', 'share', 'share this', 'share this article', 'share this story', 'print', 'email', 'tweet', 'subscribe', 'latest', 'popular', 'highlights', 'trending', 'by', 'close', 'image', 'caption', 'image caption', 'image copyright', 'media caption', 'tags', 'topics', 'filed under', 'loading', 'next', 'previous', 'back to top', 'related', 'more', 'menu', 'search', 'home', 'news', 'listen', 'listen to this article', 'follow', 'copy link', 'copied', 'view comments', 'reply', 'auto refresh', 'font size', 'text size'],
  hi: ['शेयर करें', 'शेयर', 'टिप्पणियाँ', 'टिप्पणी', 'कमेंट', 'टैग', 'टैग्स', 'फॉलो करें', 'होम', 'पढ़ें', 'आपकी प्रतिक्रिया'],
  ar: ['شارك', 'تعليقات', 'الوسوم', 'مشاركة', 'آخر تحديث'],
  ja: ['シェア', 'コメント', 'タグ', '印刷'],
  zh: ['分享', '评论', '标签', '打印', '字号'],
  ko: ['공유', '댓글', '태그', '인쇄'],
  ru: ['поделиться', 'комментарии', 'теги', 'печать'],
  de: ['teilen', 'kommentare', 'drucken'],
  fr: ['partager', 'commentaires', 'imprimer'],
  es: ['compartir', 'comentarios', 'imprimir'],
  he: ['שתפו', 'תגובות', 'שיתוף'],
  tr: ['paylaş', 'yorumlar', 'etiketler'],
  fa: ['کد خبر'],
  th: ['อ่าน'],
};

/**
 * Calls to act that are not the story: join a chat group, follow, subscribe, get the app, share.
 * Matched anywhere in a SHORT block (see remove-promos.ts), never in a long paragraph.
 */
export const PROMOS: Record<string, string[]> = {
  en: ['join now', 'whatsapp group', 'telegram group', 'whatsapp channel', 'telegram channel', 'follow us', 'google news', 'newsletter', 'sign up', 'subscribe', 'download the app', 'get the app', 'our app', 'click here', 'click to tweet', 'share this', 'share on', 'print article', 'order reprints', 'text size', 'all rights reserved', 'copyright ©', '©', 'media playback is unsupported', 'get breaking news', 'delivered weekday mornings', 'join our', 'follow ap', 'comments', 'leave a comment', 'post a comment', 'subscriber services', 'via syndigate', 'please turn on javascript', 'enable javascript', 'this material may not be published'],
  hi: ['फॉलो करें', 'फ़ॉलो करें', 'जॉइन करें', 'ज्वाइन करें', 'जॉइन करने के लिए', 'गूगल न्यूज़', 'गूगल न्यूज', 'व्हाट्सएप', 'वॉट्सऐप', 'टेलीग्राम', 'ऐप डाउनलोड', 'सब्सक्राइब', 'न्यूज़लेटर', 'शेयर करें', 'पेज रिफ्रेश करें'],
  ar: ['تابعونا', 'تابعنا', 'اشترك', 'النشرة البريدية', 'حمل التطبيق', 'جميع الحقوق محفوظة', 'شارك'],
  ja: ['フォローする', 'フォローしてください', 'ニュースレター', '登録する', 'アプリをダウンロード', 'シェアする', '無断転載'],
  zh: ['关注我们', '订阅', '下载客户端', '分享到', '版权所有', '责任编辑'],
  ko: ['구독하기', '팔로우', '무단전재', '재배포 금지', '앱 다운로드', '저작권자'],
  ru: ['подписывайтесь', 'подпишитесь', 'наш телеграм', 'скачайте приложение', 'поделиться'],
  de: ['folgen sie uns', 'newsletter abonnieren', 'jetzt abonnieren', 'app herunterladen', 'teilen'],
  fr: ['suivez-nous', 'abonnez-vous', "inscrivez-vous à la newsletter", "télécharger l'application", 'partager', 'soutenez'],
  es: ['síguenos', 'suscríbete', 'descarga la app', 'compartir'],
  pt: ['siga-nos', 'assine', 'baixe o app', 'compartilhe'],
  it: ['seguici', 'iscriviti', 'scarica l’app', 'condividi'],
  id: ['ikuti kami', 'gabung', 'unduh aplikasi', 'bagikan'],
  he: ['הצטרפו', 'עקבו אחרינו', 'הורידו את האפליקציה'],
  tr: ['bizi takip edin', 'abone ol', 'uygulamayı indir', 'paylaş', 'yorum yapabilmek için'],
  bn: ['ফলো করুন', 'সাবস্ক্রাইব'],
};

/**
 * Labels that open a photo credit ("Photo: AP", "(Image: GETTY)", "Credit…", "© Reuters"). Only
 * looked for inside figures and captions (see remove-credits.ts), never in story paragraphs.
 */
export const CREDIT_LABELS: Record<string, string[]> = {
  en: ['photo', 'photos', 'photo by', 'photograph', 'photograph by', 'photographs by', 'photography', 'image', 'images', 'image by', 'image copyright', 'image source', 'picture', 'pictures', 'pic', 'credit', 'credits', 'photo credit', 'image credit', 'courtesy', 'courtesy of', 'copyright', '©', 'illustration', 'illustration by', 'source'],
  de: ['foto', 'fotos', 'bild', 'bildquelle', 'quelle'],
  fr: ['photo', 'crédit', 'crédits', 'crédit photo', 'source'],
  es: ['foto', 'fotografía', 'imagen', 'crédito', 'fuente'],
  pt: ['foto', 'imagem', 'crédito', 'fonte'],
  it: ['foto', 'immagine', 'credito', 'fonte'],
  ru: ['фото', 'фотография', 'источник'],
  hi: ['फोटो', 'फ़ोटो', 'तस्वीर', 'चित्र', 'साभार'],
  ar: ['صورة', 'الصورة', 'تصوير', 'المصدر'],
  he: ['צילום', 'קרדיט'],
  ja: ['写真', '画像', '出典', '提供'],
  zh: ['图片', '图', '摄影', '图片来源', '來源', '来源'],
  ko: ['사진', '사진 제공', '출처'],
  id: ['foto', 'sumber'],
  tr: ['fotoğraf', 'kaynak'],
  nl: ['foto', 'beeld'],
  sv: ['foto', 'bild'],
};

/**
 * Headings of a comment section ("Comments", "आपकी प्रतिक्रिया"). A box that opens with one of these
 * is the readers' comments, not the story (remove-labels.ts), whatever its class names say.
 */
export const COMMENT_HEADINGS: Record<string, string[]> = {
  en: ['comments', 'reader comments', 'readers comments', "readers' comments", 'your comments', 'your reaction', 'join the discussion', 'join the conversation', 'leave a comment', 'leave a reply', 'what readers say'],
  hi: ['आपकी प्रतिक्रिया', 'आपकी राय', 'टिप्पणियाँ', 'टिप्पणियां', 'कमेंट्स', 'पाठकों की राय'],
  ar: ['التعليقات', 'تعليقات', 'تعليقات القراء', 'اترك تعليقا'],
  ja: ['コメント', '読者のコメント', 'みんなのコメント'],
  zh: ['评论', '网友评论', '網友評論', '读者评论'],
  ko: ['댓글', '독자 의견'],
  ru: ['комментарии', 'комментарии читателей'],
  de: ['kommentare', 'leserkommentare'],
  fr: ['commentaires', 'réactions'],
  es: ['comentarios'],
  pt: ['comentários'],
  it: ['commenti'],
  he: ['תגובות', 'תגובות הגולשים'],
  tr: ['yorumlar', 'okur yorumları'],
  id: ['komentar'],
  bn: ['মন্তব্য'],
};

/**
 * Words that open a byline line ("By Maren Holt", "Por Ana Ruiz", "بقلم …"), matched at the start of
 * a short line after the headline (metadata.ts) when the page does not mark its author up.
 */
export const BYLINE_LABELS: Record<string, string[]> = {
  en: ['by', 'written by', 'words by', 'reported by'],
  es: ['por'],
  pt: ['por'],
  fr: ['par'],
  de: ['von'],
  it: ['di'],
  nl: ['door'],
  sv: ['av'],
  da: ['af'],
  ru: ['автор'],
  ar: ['بقلم', 'كتب'],
  he: ['מאת'],
  hi: ['लेखक'],
  tr: ['yazan'],
  zh: ['作者', '记者', '文'],
  ja: ['記者', '文'],
};

/**
 * What a comment box says when it holds no thread, or around one: prompts to comment and the
 * site's comment policy. Matched in short blocks at the story's end only (remove-comments.ts).
 */
export const COMMENT_PROMPTS: Record<string, string[]> = {
  en: ['no comments yet', 'be the first to comment', 'add a comment', 'add comment', 'add a new comment', 'write a comment', 'post your comment', 'comments are closed', 'comments are moderated', 'comment policy', 'commenting policy', 'view comments', 'show comments'],
  hi: ['टिप्पणी करें', 'टिप्पणी लिखें', 'कमेंट करें', 'अपनी राय दें', 'अभी कोई टिप्पणी नहीं'],
  ar: ['أضف تعليق', 'اضف تعليق', 'أضف تعليقك', 'لا توجد تعليقات', 'التعليقات المنشورة', 'سياسة التعليقات', 'تعبر عن رأي أصحابها', 'لا تعبر عن رأي'],
  he: ['אין תגובות', 'הוספת תגובה', 'הוסף תגובה', 'הוסיפו תגובה', 'כתבו תגובה', 'תגובה חדשה'],
  fr: ['ajouter un commentaire', 'aucun commentaire', 'laisser un commentaire'],
  de: ['kommentar schreiben', 'noch keine kommentare'],
  es: ['añadir comentario', 'deja tu comentario', 'no hay comentarios'],
  ru: ['добавить комментарий', 'комментариев пока нет', 'оставить комментарий'],
  zh: ['发表评论', '暂无评论', '我要评论'],
  ja: ['コメントを書く', 'コメントする'],
};

/** Every phrase of a table, all languages together (pages mix languages, and lang attributes lie). */
export function allPhrases(table: Record<string, string[]>): string[] {
  return Object.values(table).flat();
}
