-- Front-page curation (issue 15, decision 180).
-- CreateTable
CREATE TABLE "FrontArrangement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "slots" TEXT NOT NULL,
    "publishAt" DATETIME,
    "publishedAt" DATETIME,
    "restoredFromId" INTEGER,
    "createdById" TEXT,
    "publishedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FrontArrangement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "FrontArrangement_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FrontArrangement_status_publishAt_idx" ON "FrontArrangement"("status", "publishAt");

-- CreateIndex
CREATE INDEX "FrontArrangement_publishedAt_idx" ON "FrontArrangement"("publishedAt");

