// One Arabic normaliser for search, comment filters and slugs: readers type the same
// word with or without vowel marks, tatweel, any alef form, ة/ه, ى/ي and any digits.

const VOWEL_MARKS = /[\u064B-\u065F\u0670]/g; // tanween, harakat, shadda, sukun, superscript alef…
const TATWEEL = /\u0640/g;
const ZERO_WIDTH = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/g;
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669]/g;
const PERSIAN_DIGITS = /[\u06F0-\u06F9]/g;

/** Folds letter variants and strips marks. Keeps spaces and punctuation. */
export function normalizeArabic(input: string): string {
  return input
    .normalize("NFC")
    .replace(ZERO_WIDTH, "")
    .replace(VOWEL_MARKS, "")
    .replace(TATWEEL, "")
    .replace(ALEF_FORMS, "ا")
    .replace(/\u0649/g, "ي") // ى → ي
    .replace(/\u0629/g, "ه") // ة → ه
    .replace(/\u0624/g, "و") // ؤ → و
    .replace(/\u0626/g, "ي") // ئ → ي
    .replace(/\u06CC/g, "ي") // Persian yeh ی → ي
    .replace(/\u06A9/g, "ك") // Persian keheh ک → ك
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(PERSIAN_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLowerCase();
}

/** Splits normalised text into words (letters and digits of any script). */
export function words(input: string): string[] {
  return normalizeArabic(input).match(/[\p{L}\p{N}]+/gu) ?? [];
}
