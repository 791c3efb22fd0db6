-- AlterTable
ALTER TABLE "Article" ADD COLUMN "liveEndedAt" DATETIME;
ALTER TABLE "Article" ADD COLUMN "liveStartedAt" DATETIME;
ALTER TABLE "Article" ADD COLUMN "liveStatus" TEXT;

-- CreateTable
CREATE TABLE "LiveUpdate" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "bodyText" TEXT NOT NULL DEFAULT '',
    "imageId" INTEGER,
    "imageAlt" TEXT,
    "embedUrl" TEXT,
    "keyEvent" BOOLEAN NOT NULL DEFAULT false,
    "authorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "LiveUpdate_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveUpdate_imageId_fkey" FOREIGN KEY ("imageId") REFERENCES "Media" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "LiveUpdate_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "LiveUpdate_articleId_deletedAt_createdAt_idx" ON "LiveUpdate"("articleId", "deletedAt", "createdAt");

