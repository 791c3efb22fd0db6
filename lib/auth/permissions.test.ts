import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLE_PERMISSIONS } from "./permissions";

const user = (role: "admin" | "editor" | "writer" | "moderator", id = "u1") => ({ id, role });

describe("role permissions", () => {
  it("lets writers create and edit only their own pieces, never publish", () => {
    expect(can(user("writer"), "article:create")).toBe(true);
    expect(can(user("writer"), "article:edit", { ownerId: "u1" })).toBe(true);
    expect(can(user("writer"), "article:edit", { ownerId: "u2" })).toBe(false);
    expect(can(user("writer"), "article:edit", { ownerId: null })).toBe(false);
    expect(can(user("writer"), "article:edit", { ownerId: undefined })).toBe(false);
    for (const p of ["article:publish", "article:schedule", "article:archive", "article:unpublish"] as const) {
      expect(can(user("writer"), p)).toBe(false);
    }
  });
  it("keeps moderators to comments", () => {
    expect(can(user("moderator"), "comment:moderate")).toBe(true);
    expect(can(user("moderator"), "article:edit", { ownerId: "u1" })).toBe(false);
    expect(can(user("moderator"), "article:create")).toBe(false);
  });
  it("lets editors do everything on any piece but not manage staff", () => {
    expect(can(user("editor"), "article:publish")).toBe(true);
    expect(can(user("editor"), "article:edit", { ownerId: "someone-else" })).toBe(true);
    expect(can(user("editor"), "staff:manage")).toBe(false);
  });
  it("gives admins every permission", () => {
    for (const p of PERMISSIONS) expect(can(user("admin"), p), p).toBe(true);
    expect(Object.keys(ROLE_PERMISSIONS.admin)).toHaveLength(PERMISSIONS.length);
  });
});
