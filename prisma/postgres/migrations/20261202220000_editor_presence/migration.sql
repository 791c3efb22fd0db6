-- Who has a piece open in the editor (issue 12.4, decision 150).
-- CreateTable
CREATE TABLE "EditorPresence" (
    "articleId" INTEGER NOT NULL,
    "userId" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EditorPresence_pkey" PRIMARY KEY ("articleId","userId")
);

-- CreateIndex
CREATE INDEX "EditorPresence_seenAt_idx" ON "EditorPresence"("seenAt");

-- AddForeignKey
ALTER TABLE "EditorPresence" ADD CONSTRAINT "EditorPresence_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditorPresence" ADD CONSTRAINT "EditorPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
