import type { PrismaClient } from "../../lib/generated/prisma/client";

// Derived data rebuilt after seeding (the search index joins here once it exists).
export async function afterSeed(_db: PrismaClient) {}
