// npm run import:wordpress -- export.xml --uploads ./uploads [--dry-run] [--site-url https://old.example]
//   [--report report.tsv] [--timezone Asia/Baghdad] [--batch 100]
// Runs under tsx with the "react-server" condition so it can share the app's server-only
// modules (database client, upload pipeline, comment hashing) instead of copies of them.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { WxrError } from "../lib/import/wordpress/wxr";

// Batches are meant to take a while: only really slow statements are worth a log line here.
process.env.SLOW_QUERY_MS ??= "5000";

const USAGE = "الاستعمال: npm run import:wordpress -- export.xml --uploads ./uploads [--dry-run] [--site-url https://old.example] [--report ملف] [--timezone Asia/Baghdad]";

async function purgeCaches(result: { articleIds: number[]; sectionSlugs: string[]; tagSlugs: string[]; authorSlugs: string[] }) {
  // The running server keeps rendered pages in memory (decisions 007, 033): ask it once to
  // expire them. When no server is running there is nothing to purge.
  const { INTERNAL_HEADER, internalBaseUrl, internalToken } = await import("../lib/scheduler/internal");
  const { tags } = await import("../lib/cache/tags");
  const list = [tags.home, tags.latest, tags.feeds, tags.sections, tags.names, tags.mostRead, ...result.articleIds.slice(0, 4000).map(tags.article)];
  try {
    const res = await fetch(`${internalBaseUrl()}/api/internal/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", [INTERNAL_HEADER]: internalToken() },
      body: JSON.stringify({ tags: list.slice(0, 5000) }),
      signal: AbortSignal.timeout(5000),
    });
    console.log(res.ok ? "• أُبلغ الخادم العامل فأفرغ ذاكرته المؤقتة." : `• لم يقبل الخادم إفراغ الذاكرة المؤقتة (${res.status}): أعد تشغيله.`);
  } catch {
    console.log("• لا خادم يعمل الآن: لا ذاكرة مؤقتة لإفراغها.");
  }
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      uploads: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      "site-url": { type: "string" },
      report: { type: "string" },
      timezone: { type: "string" },
      batch: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const file = path.resolve(positionals[0]!);
  if (!fs.existsSync(file)) throw new Error(`الملف غير موجود: ${file}`);
  if (values.uploads && !fs.existsSync(values.uploads)) throw new Error(`مجلد الرفع غير موجود: ${values.uploads}`);
  const reportFile = values.report ?? `${file.replace(/\.xml$/i, "")}.import-report${values["dry-run"] ? ".dry-run" : ""}.tsv`;

  const { importWordPress } = await import("../lib/import/wordpress/importer");
  const started = Date.now();
  const result = await importWordPress({
    file,
    uploads: values.uploads ? path.resolve(values.uploads) : null,
    dryRun: values["dry-run"],
    siteUrl: values["site-url"] ?? null,
    timeZone: values.timezone,
    batchSize: values.batch ? Number(values.batch) : undefined,
    reportFile,
  });
  console.log(result.report.summary(values["dry-run"]));
  console.log(`• التقرير (كل تحذير برقم ووردبريس): ${reportFile}`);
  console.log(`• المدة: ${((Date.now() - started) / 1000).toFixed(1)} ث`);
  if (!values["dry-run"] && result.articleIds.length) await purgeCaches(result);
}

main()
  .catch((e: unknown) => {
    if (e instanceof WxrError) console.error(`✗ ${e.message}\n  لم يُكتب شيء في قاعدة البيانات.`);
    else console.error(`✗ ${e instanceof Error ? e.message : String(e)}`);
    if (!(e instanceof WxrError) && process.env.DEBUG) console.error(e);
    process.exitCode = 1;
  })
  .finally(async () => {
    const { db } = await import("../lib/db");
    await db.$disconnect();
    // On PostgreSQL the connection pool outlives $disconnect and its idle connections would
    // keep the process waiting half a minute after the summary.
    process.exit();
  });
