import { describe, expect, it } from "vitest";
import { commentSettingsSchema, wordListText } from "./moderation-schema";

const parse = (bannedWords: string) =>
  commentSettingsSchema.parse({ commentPolicy: "pre", reportThreshold: "3", commentAutoCloseDays: "", bannedWords, suspectWords: "" }).bannedWords;

describe("word lists in the settings form", () => {
  it("one entry per line or comma, '=' marks an exact-only entry, duplicates dropped", () => {
    expect(parse("كلب\n=نصاب ، ربح سريع\n\n  كلب  \n= قمار")).toEqual([
      { word: "كلب", exact: false },
      { word: "نصاب", exact: true },
      { word: "ربح سريع", exact: false },
      { word: "قمار", exact: true },
    ]);
  });
  it("writes stored lists back as the admin typed them, old plain-string lists included", () => {
    expect(wordListText([{ word: "كلب", exact: false }, { word: "نصاب", exact: true }, "حمار"])).toBe("كلب\n=نصاب\nحمار");
    expect(parse(wordListText(parse("كلب\n=نصاب")))).toEqual(parse("كلب\n=نصاب"));
  });
  it("a lone mark is no entry", () => {
    expect(parse("=\n=  \n")).toEqual([]);
  });
});
