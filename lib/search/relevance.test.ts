// The relevance set (issue 11): what a reader expects at the top for queries over the demo
// paper (lib/testing/search-fixture.ts: the seed's titles, sections, tags and paragraphs).
// Runs on SQLite always and on PostgreSQL when a server is there (lib/testing/postgres.ts:
// MIDAD_TEST_POSTGRES_URL or the local one; the suite's title says when it is skipped).
// Each case names the piece that must come first (or one of several), pieces that must be in
// the top 3, and pieces that must not be found at all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HEADLINES, SEED_RELATED } from "../../prisma/seed-data/demo-content";
import { SEED_ARTICLE } from "../../prisma/seed-data/seed-article";
import { testPostgresUrl } from "../testing/postgres";
import { createSearchFixture, demoPieces, type SearchFixture } from "../testing/search-fixture";
import type { Dialect } from "../sql/dialect";
import { runSearch } from "./engine";

const PG_URL = await testPostgresUrl();

const LEAD = "البرلمان يستضيف وزير المالية لمناقشة جداول الموازنة";
const DOLLAR = "قائمة مسائية بأسعار الدولار في العراق";
const pieces = demoPieces();
const titlesWith = (word: string) => pieces.filter((p) => p.title.includes(word) && !p.status).map((p) => p.title);
const bySection = (section: keyof typeof HEADLINES) => pieces.filter((p) => p.section === section && !p.status).map((p) => p.title);
const byAuthor = (slug: string, section: keyof typeof HEADLINES) => pieces.filter((p) => (p.author ?? (p.section === section ? slug : "")) === slug && !p.status).map((p) => p.title);

type Expect = { first?: string | string[]; top3?: string[]; none?: string[] };

export const RELEVANCE: [string, Expect][] = [
  // The examples.
  ["الموازنة", { top3: [LEAD, "البرلمان يعدل جدول أعماله ليوم الأحد المقبل ويضيف فقرة تعديل الموازنة", "أسئلة الموازنة المؤجلة"] }],
  ["اسعار الدولار", { first: DOLLAR }],
  ["أسعار الدولار", { first: DOLLAR }],
  ["بأسعار الدولار", { first: DOLLAR }],
  // Every word in the title beats the words in the body; the phrase beats scattered words.
  ["وزير المالية", { first: LEAD }],
  ["الإطار التنسيقي", { first: "الإطار التنسيقي يبحث ملف المحافظين الجدد في اجتماع مغلق", top3: [SEED_ARTICLE.title] }],
  ["المحافظين الجدد", { first: "الإطار التنسيقي يبحث ملف المحافظين الجدد في اجتماع مغلق" }],
  ["العفو العام", { first: SEED_RELATED.title }],
  ["انسحاب القوات الأجنبية", { first: SEED_ARTICLE.title }],
  ["القوات الاجنبيه", { first: SEED_ARTICLE.title }],
  ["أسعار النفط", { first: "خبراء: تنويع الإيرادات ضرورة لتجاوز تقلبات أسعار النفط" }],
  ["أسعار الذهب", { first: "أسعار الذهب تسجل مستوى قياسياً في أسواق بغداد" }],
  ["البنك المركزي", { first: "البنك المركزي يعلن إجراءات جديدة لتنظيم التحويلات الخارجية" }],
  ["التحويلات الخارجية", { first: "البنك المركزي يعلن إجراءات جديدة لتنظيم التحويلات الخارجية" }],
  ["صادرات النفط", { first: "صادرات النفط ترتفع إلى ثلاثة ملايين وأربعمئة ألف برميل يومياً" }],
  ["قانون النفط والغاز", { first: "خلافات حول قانون النفط والغاز تعود إلى الواجهة" }],
  ["الماء قبل النفط", { first: "الماء قبل النفط" }],
  ["تسهيلات ضريبية", { first: "الحكومة تدرس تسهيلات ضريبية للمشاريع الصغيرة" }],
  ["الحنطة", { first: "وزارة التجارة تستلم الدفعة الأولى من محصول الحنطة" }],
  ["ميناء الفاو", { first: "ميناء الفاو الكبير يستقبل أول رصيف مكتمل" }],
  ["طريق التنمية", { first: "مشروع طريق التنمية يدخل مرحلة التصاميم التفصيلية" }],
  ["حماية الصحفيين", { first: "مجلس النواب يقرأ مشروع قانون حماية الصحفيين قراءة أولى" }],
  ["الانتخابات المحلية", { first: "تحالف جديد يعلن برنامجه استعداداً للانتخابات المحلية" }],
  ["سجل الناخبين", { first: "مفوضية الانتخابات تحدد موعداً أولياً لتحديث سجل الناخبين" }],
  ["أزمة المياه", { first: "كتل نيابية تدعو إلى جلسة طارئة بشأن أزمة المياه" }],
  ["معرض الكتاب", { first: "معرض العراق للكتاب يفتتح دورته الجديدة بمشاركة ثلاثمئة دار نشر" }],
  ["شارع المتنبي", { first: "شارع المتنبي يحتفي بذكرى الجواهري" }],
  ["الجواهري", { first: "شارع المتنبي يحتفي بذكرى الجواهري" }],
  ["جواد سليم", { first: "معرض تشكيلي يستعيد تجربة جواد سليم" }],
  ["جائزة البوكر", { first: "رواية عراقية في القائمة القصيرة لجائزة البوكر العربية" }],
  ["مهرجان قرطاج", { first: "مسرحية عراقية تحصد جائزة أفضل عرض في مهرجان قرطاج" }],
  ["المربد", { first: "مهرجان المربد الشعري يكرم شعراء البصرة" }],
  ["البطاقة التموينية", { first: "أين تذهب أموال البطاقة التموينية؟ تحقيق في سلسلة التوريد" }],
  // «الطاقة» is not «البطاقة»: a one-letter preposition is only peeled off longer words.
  ["الطاقة", { none: ["أين تذهب أموال البطاقة التموينية؟ تحقيق في سلسلة التوريد"] }],
  ["المدارس الطينية", { first: "المدارس الطينية: أطفال يدرسون بلا سقوف في الجنوب" }],
  ["الأدوية المهربة", { first: "تجارة الأدوية المهربة: رحلة من الحدود إلى الصيدلية" }],
  ["مياه الشرب", { first: "مياه الشرب في البصرة: ما الذي تكشفه التحاليل؟" }],
  ["المولدات الأهلية", { first: "المولدات الأهلية: اقتصاد الظل الذي يضيء المدن" }],
  ["التسرب من التعليم", { first: "التسرب من التعليم: أرقام تكشف أزمة جيل" }],
  ["الآثار المنهوبة", { first: "الآثار المنهوبة: رحلة قطع عراقية إلى مزادات العالم" }],
  ["نفايات المستشفيات", { first: "نفايات المستشفيات: خطر صامت في مكبات المدن" }],
  ["المنتخب الوطني", { first: "المنتخب الوطني يبدأ معسكره التدريبي في الدوحة" }],
  ["الزوراء", { first: "الزوراء يتصدر دوري نجوم العراق بعد فوز صعب" }],
  ["دوري أبطال آسيا", { first: "الشرطة يتأهل إلى ربع نهائي دوري أبطال آسيا" }],
  ["كأس العراق", { first: "ملعب البصرة الدولي يستضيف نهائي كأس العراق" }],
  // "بركلات": the preposition is part of the written word.
  ["ركلات الترجيح", { first: "منتخب الشباب يودع البطولة العربية بركلات الترجيح" }],
  ["وقف إطلاق النار", { first: "حماس توافق على وقف إطلاق النار وتبادل الأسرى" }],
  ["خامنئي", { first: "تضاربات بين مكتب خامنئي وبزشكيان: التفاوض مع أمريكا خيانة" }],
  ["الملف النووي", { first: "محادثات في جنيف حول مستقبل الملف النووي" }],
  ["ميناء جيهان", { first: "تركيا تعلن استئناف تصدير النفط عبر ميناء جيهان" }],
  ["الناصرية", { first: "افتتاح مستشفى تخصصي جديد في الناصرية بسعة مئتي سرير" }],
  ["الموصل القديمة", { first: "تربية نينوى تنجز ترميم أربعين مدرسة في الموصل القديمة" }],
  ["شوارع الرصافة", { first: "أمانة بغداد تطلق حملة لتأهيل شوارع الرصافة" }],
  ["انقطاع الكهرباء", { first: "انقطاع الكهرباء يعود إلى أحياء في البصرة مع ارتفاع الحرارة" }],
  ["دولة المواطن", { first: "دولة المواطن لا دولة المكونات" }],
  ["من يحاسب الفاسدين", { first: "من يحاسب الفاسدين؟" }],
  ["كركوكش", { first: SEED_ARTICLE.title }],
  ["عمران كركوكش", { first: SEED_ARTICLE.title }],
  // Broad words: a piece with the word in its title first.
  ["بغداد", { first: titlesWith("بغداد") }],
  ["البصرة", { first: titlesWith("البصرة") }],
  // A writer's name finds their pieces; a column's name finds the column.
  ["تميم الحسن", { first: byAuthor("tamim-al-hassan", "politics") }],
  ["العمود الثامن", { first: bySection("opinion") }],
];

type Engine = { name: Dialect; fx: SearchFixture };

async function search(e: Engine, q: string): Promise<string[]> {
  const titleOf = new Map([...e.fx.ids].map(([t, id]) => [id, t]));
  const r = e.name === "sqlite" ? await runSearch(e.fx.db, q) : await runSearch(e.fx.db, q, { dialect: e.name });
  return (r?.items ?? []).map((c) => titleOf.get(c.id) ?? `#${c.id}`);
}

function check(got: string[], want: Expect) {
  if (want.first !== undefined) {
    const ok = Array.isArray(want.first) ? want.first : [want.first];
    expect(ok, `first: ${got[0]}\nall: ${got.slice(0, 5).join(" | ")}`).toContain(got[0]);
  }
  for (const t of want.top3 ?? []) expect(got.slice(0, 3), `top 3 should hold «${t}»`).toContain(t);
  for (const t of want.none ?? []) expect(got).not.toContain(t);
}

function suite(name: Dialect, url?: string) {
  const e = { name } as Engine;
  beforeAll(async () => {
    if (name === "sqlite") {
      e.fx = await createSearchFixture("sqlite");
      // The engine reads its dialect from DATABASE_URL when not told.
      process.env.DATABASE_URL = e.fx.url;
    } else e.fx = await createSearchFixture("postgres", undefined, url);
  }, 120_000);
  afterAll(async () => e.fx?.close());

  it("the set holds at least 40 queries", () => expect(RELEVANCE.length).toBeGreaterThanOrEqual(40));
  it.each(RELEVANCE)("«%s»", async (q, want) => check(await search(e, q), want));
}

describe("relevance set on SQLite", () => suite("sqlite"));
describe.skipIf(!PG_URL)("relevance set on PostgreSQL (needs a server: MIDAD_TEST_POSTGRES_URL, or the local one)", () => suite("postgres", PG_URL));
