// The PostgreSQL server the engine contract tests use: MIDAD_TEST_POSTGRES_URL (.ci/run sets
// it), else the machine's local server with the role `npm run cluster` creates, when it
// answers. Without either the PostgreSQL tests are skipped (their titles say why): the
// embedded default needs no server.
import pg from "pg";

const LOCAL = "postgresql://midad:midad@127.0.0.1:5432/postgres";

export async function testPostgresUrl(): Promise<string | undefined> {
  if (process.env.MIDAD_TEST_POSTGRES_URL) return process.env.MIDAD_TEST_POSTGRES_URL;
  const client = new pg.Client({ connectionString: LOCAL, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return LOCAL;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}
