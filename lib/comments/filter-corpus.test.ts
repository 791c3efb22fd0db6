import { describe, expect, it } from "vitest";
import { normalizeArabic, normalizeWithMap } from "@/lib/arabic/normalize";
import { checkText } from "./filters";
import { CORPUS_LISTS, DODGES, LATIN_AMBIGUOUS } from "./filter-corpus";
import { innocentCorpus, runCorpus } from "./filter-corpus-run";

// Issue 17: every dodge is refused (banned) or held (suspect); every innocent sentence
// passes. The same numbers are printed by `npm run filters:corpus`.

describe("filter corpus", () => {
  const result = runCorpus();

  it("has at least 200 dodges in every kind of dodge and 200 innocent sentences", () => {
    expect(result.dodges).toBeGreaterThanOrEqual(200);
    expect(result.innocents).toBeGreaterThanOrEqual(200);
    const kinds = new Set(DODGES.map((d) => d.kind.replace(/:.*/, "")));
    for (const k of ["invisible", "look-alike letter", "presentation forms", "hamza forms", "spaced letters", "broken words", "stretched letters", "clitics", "word forms", "arabizi and latin", "suspect words", "phrase"]) {
      expect(kinds).toContain(k);
    }
  });

  it("misses no dodge", () => {
    expect(result.misses).toEqual([]);
  });

  it("refuses or holds no innocent sentence", () => {
    expect(result.falsePositives).toEqual([]);
  });

  it("the innocent corpus really holds the near misses the issue names", () => {
    const all = innocentCorpus().join("\n");
    for (const w of ["كلبنان", "الكلبشات", "ابن الكلبي", "النصاب"]) expect(all).toContain(w);
  });

  it.each(LATIN_AMBIGUOUS)("ambiguous Latin spelling, caught by design: $text", ({ text, verdict }) => {
    expect(checkText(text, CORPUS_LISTS).verdict).toBe(verdict);
  });

  it("the search's whole-string normalisation and the filter's mapped one agree on every text", () => {
    for (const t of [...DODGES.map((d) => d.text), ...innocentCorpus()]) expect(normalizeWithMap(t).text).toBe(normalizeArabic(t));
  });

  it("an exact-only entry matches the bare word and not its forms", () => {
    expect(checkText("هذا نصاب", CORPUS_LISTS).verdict).toBe("hold");
    expect(checkText("اكتمل النصاب", CORPUS_LISTS).verdict).toBe("pass");
    const notExact = { bannedWords: [], suspectWords: [{ word: "نصاب", exact: false }] };
    expect(checkText("اكتمل النصاب", notExact).verdict).toBe("hold");
  });
});
