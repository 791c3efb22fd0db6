// Arabic-script letters that an Arabic reader takes for one of the 28 Arabic letters.
//
// Written for Midad from the Unicode Arabic block charts (U+0600–U+06FF, Arabic
// Supplement U+0750–U+077F, Extended-A U+08A0–U+08FF, Extended-B U+0870–U+089F) and the
// character names of the Unicode Character Database: a letter named "X WITH <dots, ring,
// small v, stroke…>" or the Persian/Urdu/Kurdish/Sindhi/Pashto letter built on X's shape is
// folded to X. Where the added dots put the letter on another Arabic letter's shape, it is
// folded to that letter instead (three dots above hah reads خ, dots above reh read ز). The
// idea is the one of Unicode's confusables.txt (UTS #39, "skeletons"), applied within the
// Arabic script only; confusables.txt itself folds few of these pairs, so this table is
// our own and docs/decisions/040 explains each group. Presentation forms (ﻛﻠﺐ, ﻻ) are not
// listed: NFKC maps them to these letters first.
//
// Each line: the Arabic letter ← the letters folded to it.
const TABLE: Record<string, string> = {
  // alef: hamza and madda seats, wasla, wavy hamza, low alef, the alefs with attached marks
  ا: "آأإٱٲٳݳݴࢭࡰࡱࡲࡳࡴࡵࡶࡷࡸࡹࡺࡻࡼࡽࡾࡿࢀࢁࢂ",
  // beh: dotless beh, Sindhi beeh/beheh, Persian peh and their variants
  ب: "ٮٻپڀݐݑݒݓݔݕݖࢠࢡࢶࢷࢾ",
  // teh: Urdu tteh, Sindhi tteheh/teheh, Pashto teh with ring
  ت: "ٹٺټٿࢸࢿࣀ",
  ث: "ٽ",
  // jeem: Persian tcheh, Sindhi nyeh/dyeh/tcheheh
  ج: "چڃڄڇڿࢢࣁࣅࣆ",
  ح: "ځݘݮݯݲݼࢊ",
  خ: "ڂڅݗ",
  // dal: Urdu ddal, Sindhi/Pashto dal variants
  د: "ڈډڊڋڍݙݚۮࢮ",
  ذ: "ڌڎڏڐ",
  // reh: Urdu rreh, Kurdish reh with small v, Pashto reh with ring
  ر: "ڑڒړڔڕږۯݛݬݱࢪࢹ",
  ز: "ژڗڙݫࢲ",
  س: "ښڛݰݽݾ",
  ش: "ڜۺݜݭ",
  ص: "ڝڞࢯ",
  ض: "ۻ",
  ط: "ࢋࢌ",
  ظ: "ڟࢣ",
  ع: "ࢳ",
  غ: "ڠۼݝݞݟࣃ",
  // feh: dotless feh, veh (Kurdish, Iraqi colloquial), peheh, African feh
  ف: "ڡڢڣڤڥڦݠݡࢤࢻ",
  // qaf: dotless qaf, Algerian/Tunisian qaf with three dots, African qaf
  ق: "ٯڧڨࢥࢵࢼࣄ",
  // kaf: Persian keheh, Sindhi swash kaf, gaf and its Urdu/Sindhi/Kurdish variants, ng
  ك: "کڪګڬڭڮگڰڱڲڳڴػؼݢݣݤݿࢍࢰࢴࣂࣈ",
  // lam: Kurdish lam with small v (ڵ) and its dotted variants
  ل: "ڵڶڷڸݪࢦࣇ",
  م: "ݥݦࢧ",
  // noon: Urdu noon ghunna, Sindhi rnoon, Pashto noon with ring
  ن: "ڹںڻڼڽݧݨݩࢉࢽ",
  // heh: teh marbuta (ة, also folded by the search since Midad's first release), Urdu
  // heh doachashmee and heh goal, teh marbuta goal, Kurdish ae, heh with yeh above
  ه: "ةھۀہۂۃەۿ",
  // waw: hamza seat, Kurdish/Uyghur oe, u, yu, ve
  و: "ؤۄۅۆۇۈۉۊۋۏݸݹࢫࢱ",
  // yeh: alef maksura, hamza seat, Persian yeh, Urdu yeh barree, Pashto/Uyghur e, Kashmiri yeh
  ي: "ىئؠؽؾؿیۍێېۑےۓݵݶݷݺݻࢨࢩࢬࢺࢆ",
};

/**
 * Arabic-script characters that carry no letter of their own and are dropped: tatweel
 * (and its variants), small waw/yeh written as marks, and the high hamza (ٴ, which NFKC
 * also splits off ٵ ٶ ٷ ٸ). The hamza on the line (ء) stays a letter ("كهرباء"), except
 * right before an alef, where it is the alef's hamza written apart: "ءامنوا" is "آمنوا"
 * (normalize.ts).
 */
export const DROPPED = "ـۥۦࣉࢃࢄࢅࢇٴ";

export const CONFUSABLES: ReadonlyMap<string, string> = new Map(
  Object.entries(TABLE).flatMap(([to, from]) => [...from].map((f) => [f, to] as const)),
);
