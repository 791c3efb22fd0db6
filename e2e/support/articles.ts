import { testDb } from "./db";

export function articleRow(id: number) {
  return testDb().prepare(`SELECT id, status, slug, title, version, publishedAt, publishAt, createdById FROM Article WHERE id = ?`).get(id) as {
    id: number; status: string; slug: string; title: string; version: number; publishedAt: string | null; publishAt: string | null; createdById: string | null;
  };
}

export function setOwner(id: number, userId: string) {
  testDb().prepare(`UPDATE Article SET createdById = ? WHERE id = ?`).run(userId, id);
}

export const uniq = () => Math.random().toString(36).slice(2, 7);

/** In the editor: press «حفظ» and wait for the saved message. */
export async function saveInEditor(page: import("@playwright/test").Page) {
  await page.getByRole("button", { name: "حفظ", exact: true }).click();
  await page.getByTestId("editor-message").filter({ hasText: "حُفظ المقال." }).waitFor();
}

/** Open a piece's revisions and compare version `from` with version `to`; returns the diff. */
export async function compareRevisions(page: import("@playwright/test").Page, id: number, from: number, to: number) {
  await page.goto(`/admin/articles/${id}/revisions`);
  await page.getByLabel(`من النسخة ${from}`).check();
  await page.getByLabel(`إلى النسخة ${to}`).check();
  await page.getByRole("button", { name: "قارن بين النسختين المحددتين" }).click();
  return page.getByTestId("diff");
}
