-- Media library (issue 15, decisions 185–187). `prisma migrate diff` writes this as a rebuild
-- of "Media" (RedefineTables), which would drop columns other branches add to the same table;
-- these ADD COLUMNs give the same columns, defaults and indexes without touching the rest
-- (lib/sql/migrations.test.ts compares the result with the PostgreSQL twin and the models).
-- AlterTable
ALTER TABLE "Media" ADD COLUMN "caption" TEXT;
ALTER TABLE "Media" ADD COLUMN "credit" TEXT;
ALTER TABLE "Media" ADD COLUMN "originalName" TEXT;
ALTER TABLE "Media" ADD COLUMN "contentHash" TEXT;
ALTER TABLE "Media" ADD COLUMN "focalX" REAL NOT NULL DEFAULT 0.5;
ALTER TABLE "Media" ADD COLUMN "focalY" REAL NOT NULL DEFAULT 0.5;
ALTER TABLE "Media" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE UNIQUE INDEX "Media_contentHash_key" ON "Media"("contentHash");

-- CreateIndex
CREATE INDEX "Media_createdAt_idx" ON "Media"("createdAt");
