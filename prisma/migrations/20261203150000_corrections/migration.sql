-- Corrections (issue 15, decision 195): notes on published pieces and every version of their text. The other engine's twin describes the same models.
-- CreateTable
CREATE TABLE "Correction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "placement" TEXT NOT NULL DEFAULT 'end',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "editedAt" DATETIME,
    "withdrawnAt" DATETIME,
    "withdrawnById" TEXT,
    "withdrawReason" TEXT,
    CONSTRAINT "Correction_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Correction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Correction_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CorrectionRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "correctionId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "placement" TEXT NOT NULL,
    "editedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CorrectionRevision_correctionId_fkey" FOREIGN KEY ("correctionId") REFERENCES "Correction" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CorrectionRevision_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Correction_articleId_createdAt_idx" ON "Correction"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "Correction_withdrawnAt_createdAt_idx" ON "Correction"("withdrawnAt", "createdAt");

-- CreateIndex
CREATE INDEX "CorrectionRevision_correctionId_createdAt_idx" ON "CorrectionRevision"("correctionId", "createdAt");

