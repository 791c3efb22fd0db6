// /reader.js: the one script of readers' pages (decision 110), bundled from this entry by
// scripts/build-reader-script.mjs. Each part improves pages that already work without it:
// comments (forms, counter, "load more"), embeds (the player loads only on a click, decision
// 190) and live coverage (new updates offered without a reload, decision 192).
import "./comments/enhance";
import "./embeds/enhance";
import "./live/enhance";
