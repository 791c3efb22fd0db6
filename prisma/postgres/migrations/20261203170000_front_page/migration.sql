-- Front-page curation (issue 15, decision 180).
-- CreateEnum
CREATE TYPE "FrontStatus" AS ENUM ('draft', 'scheduled', 'published', 'superseded');

-- CreateTable
CREATE TABLE "FrontArrangement" (
    "id" SERIAL NOT NULL,
    "status" "FrontStatus" NOT NULL DEFAULT 'draft',
    "slots" TEXT NOT NULL,
    "publishAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "restoredFromId" INTEGER,
    "createdById" TEXT,
    "publishedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FrontArrangement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FrontArrangement_status_publishAt_idx" ON "FrontArrangement"("status", "publishAt");

-- CreateIndex
CREATE INDEX "FrontArrangement_publishedAt_idx" ON "FrontArrangement"("publishedAt");

-- AddForeignKey
ALTER TABLE "FrontArrangement" ADD CONSTRAINT "FrontArrangement_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrontArrangement" ADD CONSTRAINT "FrontArrangement_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

