-- CreateTable
CREATE TABLE "ImportRecord" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "source" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "guid" TEXT,
    "slug" TEXT,
    "targetId" INTEGER NOT NULL,
    "hash" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "ImportRecord_source_kind_externalId_key" ON "ImportRecord"("source", "kind", "externalId");

-- CreateIndex
CREATE INDEX "ImportRecord_source_kind_slug_idx" ON "ImportRecord"("source", "kind", "slug");

-- CreateIndex
CREATE INDEX "ImportRecord_source_guid_idx" ON "ImportRecord"("source", "guid");
