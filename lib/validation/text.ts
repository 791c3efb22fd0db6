import { MALFORMED_TEXT, isWellFormed } from "./unicode";
import { z } from "./zod";

export { MALFORMED_TEXT, deepWellFormed, isWellFormed } from "./unicode";

/** z.string() that refuses unpaired surrogates with an Arabic message (issue 9). */
export const text = (params?: Parameters<typeof z.string>[0]) => z.string(params).refine(isWellFormed, MALFORMED_TEXT);
