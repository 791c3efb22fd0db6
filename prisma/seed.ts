// Demo content for the embedded database. Idempotent: the base content is created
// once (marked by the "demo_seeded" setting) and never duplicated or overwritten.
//   tsx prisma/seed.ts                 base demo content (first run only)
//   tsx prisma/seed.ts --scale 10000   also add 10,000 synthetic published pieces
//   tsx prisma/seed.ts --demo-staff    also an editor, a writer and a moderator (random passwords)
// Staff: an empty database gets one administrator with a random password (decision 083).
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../lib/sql/client";
import { syncSequences } from "../lib/sql/sequences";
import { slugify } from "../lib/articles/slug";
import { seedImages } from "./seed-data/images";
import { SEED_ARTICLE } from "./seed-data/seed-article";
import {
  AUTHORS, HEADLINES, PARAGRAPHS, SECTIONS, SECTION_DESK, SECTION_TAGS, SEED_LATEST, SEED_RELATED,
  SUPPLEMENT, TAGS, type SectionSlug,
} from "./seed-data/demo-content";
import { seedStaff } from "./seed-data/first-run";
import { DEFAULT_SETTINGS } from "../lib/settings/defaults";

const url = process.env.DATABASE_URL ?? "file:./data/midad.db";
const db = createPrismaClient(url);
/** Advisory lock key for the seed on PostgreSQL (the migration runner uses Prisma's). */
const SEED_LOCK = 72707370;

const args = process.argv.slice(2);
const scaleArg = args.indexOf("--scale");
const scale = scaleArg >= 0 ? Number(args[scaleArg + 1]) : 0;
const demoStaff = args.includes("--demo-staff");
// On PostgreSQL (a production deployment) demo content is added only when asked
// (`npm start -- --demo-content`) and only to an empty database; the embedded default
// always has it, as before.
const postgres = url.startsWith("postgres");
const demoContent = !postgres || args.includes("--demo-content");
// Credentials files live beside the database (data/ for the embedded default).
const dataDir = url.startsWith("file:") ? path.dirname(path.resolve(url.slice(5))) : path.resolve("data");

// Deterministic pseudo-random numbers, so two fresh databases hold the same demo paper.
let state = 20240801;
function rand() {
  state = (state * 1664525 + 1013904223) % 4294967296;
  return state / 4294967296;
}
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const html = (paragraphs: string[]) => paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
function escapeHtml(s: string) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
function excerptOf(paragraphs: string[]) {
  const text = paragraphs.join(" ");
  return text.length > 220 ? `${text.slice(0, 217).replace(/\s+\S*$/, "")}…` : text;
}

function bodyFor(section: SectionSlug, count: number) {
  const pool = [...PARAGRAPHS[section]];
  const out: string[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]!);
  return out;
}

async function seedBase() {
  const done = await db.siteSetting.findUnique({ where: { key: "demo_seeded" } });
  if (done) {
    console.log("• Demo content already present: nothing to add.");
    return;
  }
  console.log("• Seeding demo content…");
  const now = Date.now();

  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    await db.siteSetting.upsert({ where: { key }, update: {}, create: { key, value: JSON.stringify(value) } });
  }

  const sections = new Map<string, number>();
  for (const [i, s] of SECTIONS.entries()) {
    const row = await db.section.upsert({ where: { slug: s.slug }, update: {}, create: { ...s, position: i } });
    sections.set(s.slug, row.id);
  }

  const images = await seedImages(db);
  const imageFor = (section: SectionSlug) => pick(images.bySection[section]);

  const authors = new Map<string, number>();
  for (const a of AUTHORS) {
    const row = await db.author.upsert({
      where: { slug: a.slug },
      update: {},
      create: { slug: a.slug, name: a.name, bio: a.bio, columnName: a.columnName, photoId: images.portraits[authors.size % images.portraits.length] },
    });
    authors.set(a.slug, row.id);
  }
  const staffDesk = await db.author.upsert({
    where: { slug: "al-mada" },
    update: {},
    create: { slug: "al-mada", name: "المدى", bio: "فريق تحرير المدى." },
  });

  const tags = new Map<string, number>();
  for (const t of TAGS) tags.set(t.slug, (await db.tag.upsert({ where: { slug: t.slug }, update: {}, create: t })).id);

  const supplement = await db.supplement.upsert({
    where: { slug: SUPPLEMENT.slug },
    update: {},
    create: { ...SUPPLEMENT, coverId: images.bySection.culture[0] },
  });

  type Piece = {
    id?: number; title: string; section: SectionSlug; paragraphs: string[]; publishedAt: Date;
    dateline?: string; author?: string; tagSlugs?: string[]; excerpt?: string; kicker?: string;
    breaking?: boolean; supplementId?: number; status?: "published" | "draft" | "in_review" | "scheduled";
    publishAt?: Date; withImage?: boolean;
  };
  async function createPiece(p: Piece) {
    const status = p.status ?? "published";
    const live = status === "published";
    const imageId = p.withImage === false ? null : imageFor(p.section);
    const authorId = p.author === "desk" ? staffDesk.id : authors.get(p.author ?? SECTION_DESK[p.section].author)!;
    return db.article.create({
      data: {
        id: p.id,
        status,
        title: p.title,
        slug: slugify(p.title),
        kicker: p.kicker,
        excerpt: p.excerpt ?? excerptOf(p.paragraphs),
        bodyHtml: html(p.paragraphs),
        bodyText: p.paragraphs.join("\n\n"),
        dateline: p.dateline ?? (SECTION_DESK[p.section].dateline || null),
        sectionId: sections.get(p.section)!,
        supplementId: p.supplementId,
        imageId,
        imageAlt: imageId ? `صورة توضيحية: ${p.title}` : null,
        imageCaption: imageId ? "صورة أرشيفية" : null,
        breaking: p.breaking ?? false,
        publishedAt: live ? p.publishedAt : null,
        publishAt: p.publishAt ?? null,
        contentUpdatedAt: live ? p.publishedAt : null,
        createdAt: p.publishedAt,
        viewCount: live ? Math.floor(rand() * 5000) : 0,
        authors: { create: [{ authorId, position: 0 }] },
        tags: { create: (p.tagSlugs ?? []).map((s) => ({ tagId: tags.get(s)! })) },
      },
    });
  }

  // The reference article, with its own id so /410630 works as on the paper's site.
  await createPiece({
    id: SEED_ARTICLE.id,
    title: SEED_ARTICLE.title,
    section: "politics",
    paragraphs: SEED_ARTICLE.paragraphs,
    publishedAt: SEED_ARTICLE.publishedAt,
    dateline: SEED_ARTICLE.dateline,
    author: "desk",
    tagSlugs: ["الإطار-التنسيقي", "التحالف-الدولي"],
  });
  // PostgreSQL: later pieces continue after 410630, as SQLite's AUTOINCREMENT does.
  await syncSequences(db, url);
  await createPiece({
    title: SEED_RELATED.title,
    section: "politics",
    paragraphs: SEED_RELATED.paragraphs,
    excerpt: SEED_RELATED.excerpt,
    dateline: SEED_RELATED.dateline,
    author: "tamim-al-hassan",
    publishedAt: new Date("2024-07-30T15:10:00Z"),
    tagSlugs: ["الإطار-التنسيقي", "العفو-العام", "البرلمان"],
  });
  for (const [i, l] of SEED_LATEST.entries()) {
    await createPiece({
      title: l.title,
      section: l.section,
      paragraphs: bodyFor(l.section, 4),
      publishedAt: new Date(SEED_ARTICLE.publishedAt.getTime() + (i + 1) * 40 * 60_000),
      tagSlugs: SECTION_TAGS[l.section].slice(0, 2),
    });
  }

  // The living paper: pieces spread over the last 60 days, newest with breaking news.
  const seen = new Set<string>([...SEED_LATEST.map((l) => l.title), SEED_RELATED.title]);
  let n = 0;
  for (const section of SECTIONS.map((s) => s.slug)) {
    for (const title of HEADLINES[section]) {
      if (seen.has(title)) continue;
      n++;
      const ageMinutes = Math.floor((n * 997) % (60 * 24 * 60)) + 20;
      await createPiece({
        title,
        section,
        paragraphs: bodyFor(section, 4 + Math.floor(rand() * 3)),
        publishedAt: new Date(now - ageMinutes * 60_000),
        kicker: section === "opinion" ? AUTHORS.find((a) => a.slug === "ali-hussein")!.columnName! : undefined,
        tagSlugs: [pick(SECTION_TAGS[section]), pick(SECTION_TAGS[section])].filter((v, i, a) => a.indexOf(v) === i),
        supplementId: section === "culture" && n % 2 === 0 ? supplement.id : undefined,
      });
    }
  }
  // A breaking piece published minutes ago.
  await createPiece({
    title: "عاجل: مجلس الوزراء يعطل الدوام الرسمي غداً بسبب الأحوال الجوية",
    section: "local",
    paragraphs: bodyFor("local", 3),
    publishedAt: new Date(now - 5 * 60_000),
    breaking: true,
    tagSlugs: ["بغداد"],
  });
  // Work in progress that readers must never see.
  await createPiece({ title: "مسودة: ملف الكهرباء في الصيف المقبل", section: "investigations", paragraphs: bodyFor("investigations", 3), publishedAt: new Date(now), status: "draft" });
  await createPiece({ title: "مسودة: حوار مع وزير الثقافة", section: "culture", paragraphs: bodyFor("culture", 3), publishedAt: new Date(now), status: "draft" });
  await createPiece({ title: "قيد المراجعة: موازنة الأعوام الثلاثة", section: "economy", paragraphs: bodyFor("economy", 3), publishedAt: new Date(now), status: "in_review" });
  await createPiece({
    title: "مجدول: افتتاح الدورة الجديدة لمعرض العراق للكتاب",
    section: "culture",
    paragraphs: bodyFor("culture", 3),
    publishedAt: new Date(now),
    status: "scheduled",
    publishAt: new Date(now + 3 * 24 * 3600_000),
    supplementId: supplement.id,
  });

  // Reader comments on the reference article.
  const approved = ["تحليل مهم، والسؤال يبقى متى تحسم الحكومة هذا الملف؟", "شكراً للمدى على المتابعة الدقيقة.", "القرار سياسي قبل أن يكون عسكرياً."];
  for (const [i, body] of approved.entries()) {
    await db.comment.create({
      data: { articleId: SEED_ARTICLE.id, authorName: ["أبو علي", "سلمى", "حسن البغدادي"][i]!, body, status: "approved", clientHash: `seed-${i}`, createdAt: new Date(SEED_ARTICLE.publishedAt.getTime() + (i + 1) * 3600_000) },
    });
  }
  await db.comment.create({
    data: { articleId: SEED_ARTICLE.id, authorName: "زائر", body: "تعليق ينتظر المراجعة.", status: "pending", clientHash: "seed-pending" },
  });

  await db.siteSetting.create({ data: { key: "demo_seeded", value: JSON.stringify(new Date().toISOString()) } });
  console.log(`• Demo content ready: ${await db.article.count({ where: { status: "published" } })} published pieces.`);
}

async function seedScale(count: number) {
  if (!Number.isInteger(count) || count <= 0) throw new Error("--scale needs a positive whole number");
  const sectionRows = await db.section.findMany({ select: { id: true, slug: true } });
  if (!sectionRows.length) throw new Error("--scale adds pieces to existing sections, and there are none: seed the demo content first (on PostgreSQL: --demo-content)");
  const authorRows = await db.author.findMany({ select: { id: true } });
  const tagRows = await db.tag.findMany({ select: { id: true } });
  const mediaRows = await db.media.findMany({ select: { id: true }, where: { path: { startsWith: "demo/photo-" } } });
  const places = ["بغداد", "البصرة", "الموصل", "أربيل", "النجف", "كربلاء", "الأنبار", "ديالى", "ذي قار", "كركوك"];
  const batch = 1000;
  const started = Date.now();
  const now = Date.now();
  for (let done = 0; done < count; done += batch) {
    const size = Math.min(batch, count - done);
    const data = Array.from({ length: size }, (_, i) => {
      const section = pick(sectionRows);
      const slug = section.slug as SectionSlug;
      const title = `${pick(HEADLINES[slug] ?? HEADLINES.politics)} في ${pick(places)} ${done + i + 1}`;
      const paragraphs = bodyFor(slug in PARAGRAPHS ? slug : "politics", 4);
      const publishedAt = new Date(now - Math.floor(rand() * 365 * 24 * 3600_000) - 3600_000);
      return {
        status: "published" as const,
        title,
        slug: slugify(title),
        excerpt: excerptOf(paragraphs),
        bodyHtml: html(paragraphs),
        bodyText: paragraphs.join("\n\n"),
        dateline: `${pick(places)}/ المدى`,
        sectionId: section.id,
        imageId: mediaRows.length ? pick(mediaRows).id : null,
        imageAlt: "صورة توضيحية",
        publishedAt,
        contentUpdatedAt: publishedAt,
        createdAt: publishedAt,
        viewCount: Math.floor(rand() * 2000),
      };
    });
    const rows = await db.article.createManyAndReturn({ data, select: { id: true } });
    await db.articleAuthor.createMany({ data: rows.map((r) => ({ articleId: r.id, authorId: pick(authorRows).id })) });
    if (tagRows.length) await db.articleTag.createMany({ data: rows.map((r) => ({ articleId: r.id, tagId: pick(tagRows).id })) });
    const total = done + size;
    const secs = (Date.now() - started) / 1000;
    process.stdout.write(`\r• Scale: ${total}/${count} pieces (${Math.round(total / Math.max(secs, 0.001))}/s)`);
  }
  process.stdout.write("\n");
}

async function seed() {
  if (demoContent) {
    const seeded = await db.siteSetting.findUnique({ where: { key: "demo_seeded" } });
    if (postgres && !seeded && (await db.article.count()) > 0) {
      console.log("• The database already holds articles: no demo content added.");
    } else await seedBase();
  } else {
    // Production start: settings get their defaults, nothing else is invented.
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      await db.siteSetting.upsert({ where: { key }, update: {}, create: { key, value: JSON.stringify(value) } });
    }
  }
  await seedStaff(db, dataDir, { demoStaff });
  if (scale) await seedScale(scale);
  const { afterSeed } = await import("./seed-data/after-seed");
  await afterSeed(db);
}

async function main() {
  if (!postgres) return seed();
  // Several instances starting together: one seeds, the others wait and then find it done.
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [SEED_LOCK]);
    await seed();
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [SEED_LOCK]).catch(() => {});
    await lock.end();
  }
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
