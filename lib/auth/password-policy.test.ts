import { describe, expect, it } from "vitest";
import { COMMON_PASSWORD, PASSWORD_IS_EMAIL, passwordProblem } from "./password-policy";

const account = { email: "layla.hassan@example.org", name: "ليلى حسن" };

describe("password rules (decision 131)", () => {
  it("refuses passwords on the shipped common list, whatever their case", () => {
    expect(passwordProblem("password1234", account)).toBe(COMMON_PASSWORD);
    expect(passwordProblem("QWERTYUIOP", account)).toBe(COMMON_PASSWORD);
  });

  it("refuses a listed password with only digits or symbols added at its end", () => {
    expect(passwordProblem("password123456", account)).toBe(COMMON_PASSWORD);
    expect(passwordProblem("iloveyou2026!", account)).toBe(COMMON_PASSWORD);
    expect(passwordProblem("Sunshine!!!!!!", account)).toBe(COMMON_PASSWORD);
  });

  it("accepts long passphrases in any script, also ending in digits", () => {
    expect(passwordProblem("correct-horse-battery-1", account)).toBeNull();
    expect(passwordProblem("قهوة الصباح على شرفة بغداد 2026", account)).toBeNull();
    expect(passwordProblem("password is not my password 12", account)).toBeNull();
  });

  it("refuses the address, its local part or the name", () => {
    expect(passwordProblem("Layla.Hassan@example.org", account)).toBe(PASSWORD_IS_EMAIL);
    expect(passwordProblem("layla.hassan", account)).toBe(PASSWORD_IS_EMAIL);
    expect(passwordProblem("ليلى حسن", account)).toBe(PASSWORD_IS_EMAIL);
  });
});
