-- Who has a piece open in the editor (issue 12.4, decision 150). The PostgreSQL twin describes the same model.
-- CreateTable
CREATE TABLE "EditorPresence" (
    "articleId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "seenAt" DATETIME NOT NULL,

    PRIMARY KEY ("articleId", "userId"),
    CONSTRAINT "EditorPresence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EditorPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "EditorPresence_seenAt_idx" ON "EditorPresence"("seenAt");
