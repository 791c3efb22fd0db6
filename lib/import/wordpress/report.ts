import fs from "node:fs";

// Counts, warnings (each with the WordPress id), the progress line and the report file.

export type WarningKind =
  | "trash"
  | "unknown-status"
  | "page-skipped"
  | "other-type-skipped"
  | "id-taken"
  | "no-category"
  | "nested-category"
  | "missing-file"
  | "bad-image"
  | "missing-image"
  | "shortcode"
  | "gallery"
  | "comment-trash"
  | "comment-pingback"
  | "no-date"
  | "unknown-author"
  | "no-id";

export const WARNING_LABELS: Record<WarningKind, string> = {
  trash: "في سلة المهملات: لم يُستورد",
  "unknown-status": "حالة غير معروفة: لم يُستورد",
  "page-skipped": "صفحة (page): لم تُستورد",
  "other-type-skipped": "نوع محتوى آخر: لم يُستورد",
  "id-taken": "رقم ووردبريس مستخدم: أُعطي رقماً جديداً وسُجّل القديم",
  "no-category": "بلا تصنيف: وُضع في القسم الاحتياطي",
  "nested-category": "تصنيف فرعي: سُطّح",
  "missing-file": "ملف الصورة غير موجود في مجلد الرفع",
  "bad-image": "ملف لا يُقبل صورةً",
  "missing-image": "صورة في النص لم تُستورد",
  shortcode: "رمز مختصر غير مدعوم حُذف",
  gallery: "معرض صور بلا صور",
  "comment-trash": "تعليق في سلة المهملات: لم يُستورد",
  "comment-pingback": "إشعار تتبع (pingback/trackback): لم يُستورد",
  "no-date": "بلا تاريخ نشر",
  "unknown-author": "كاتب غير موجود في قائمة الكتّاب",
  "no-id": "عنصر بلا رقم: لم يُستورد",
};

export type Warning = { kind: WarningKind; wpId: number | string; detail: string; line?: number };

export class ImportReport {
  readonly counts = { imported: 0, updated: 0, unchanged: 0, skipped: 0 };
  readonly byType: Record<string, { imported: number; updated: number; unchanged: number; skipped: number }> = {};
  readonly warningCounts = new Map<WarningKind, number>();
  private out: fs.WriteStream | null;

  constructor(reportFile: string | null) {
    this.out = reportFile ? fs.createWriteStream(reportFile, { encoding: "utf8" }) : null;
    this.out?.write("kind\twordpress_id\tline\tdetail\n");
  }

  warn(w: Warning) {
    this.warningCounts.set(w.kind, (this.warningCounts.get(w.kind) ?? 0) + 1);
    this.out?.write(`${w.kind}\t${w.wpId}\t${w.line ?? ""}\t${w.detail.replace(/[\t\n]/g, " ")}\n`);
  }

  count(type: string, outcome: "imported" | "updated" | "unchanged" | "skipped") {
    this.counts[outcome]++;
    const t = (this.byType[type] ??= { imported: 0, updated: 0, unchanged: 0, skipped: 0 });
    t[outcome]++;
  }

  get warnings(): number {
    let n = 0;
    for (const v of this.warningCounts.values()) n += v;
    return n;
  }

  async close() {
    const out = this.out;
    if (!out) return;
    this.out = null;
    await new Promise<void>((resolve) => out.end(resolve));
  }

  summary(dryRun: boolean): string {
    const lines = [dryRun ? "تجربة بلا كتابة (--dry-run): لم يتغير شيء في قاعدة البيانات." : "انتهى الاستيراد."];
    const label: Record<string, string> = { post: "المقالات", author: "الكتّاب", category: "التصنيفات ← الأقسام", tag: "الوسوم", attachment: "الصور", comment: "التعليقات", page: "الصفحات", other: "أنواع أخرى" };
    for (const [type, c] of Object.entries(this.byType)) {
      lines.push(`  ${label[type] ?? type}: ${dryRun ? "سيُستورد" : "استُورد"} ${c.imported}، ${dryRun ? "سيُحدَّث" : "حُدّث"} ${c.updated}، بلا تغيير ${c.unchanged}، تُرك ${c.skipped}`);
    }
    lines.push(`  تحذيرات: ${this.warnings}`);
    for (const [kind, n] of [...this.warningCounts].sort((a, b) => b[1] - a[1])) lines.push(`    ${WARNING_LABELS[kind]} (${kind}): ${n}`);
    return lines.join("\n");
  }
}

/** One rewritten terminal line: bar, counts, rate and estimated time left. */
export class Progress {
  private started = Date.now();
  private last = 0;
  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream | null = process.stderr,
  ) {}

  tick(done: number, force = false) {
    if (!this.stream) return;
    const now = Date.now();
    if (!force && now - this.last < (this.stream.isTTY ? 200 : 2000)) return;
    this.last = now;
    const frac = this.total ? Math.min(1, done / this.total) : 1;
    const width = 30;
    const bar = "█".repeat(Math.round(frac * width)).padEnd(width, "░");
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const eta = rate > 0 ? Math.max(0, (this.total - done) / rate) : 0;
    const fmt = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, "0")}`;
    const line = `${this.label} ${bar} ${done}/${this.total} · ${rate.toFixed(0)}/ث · المتبقي ≈ ${fmt(eta)}`;
    this.stream.write(this.stream.isTTY ? `\r${line}\x1b[K` : `${line}\n`);
  }

  done(done: number) {
    this.tick(done, true);
    if (this.stream?.isTTY) this.stream.write("\n");
  }
}
