import { z } from "zod";

// Every schema module imports zod from here. Schemas also run in browsers (forms share
// them with actions), under a Content-Security-Policy without 'unsafe-eval' (decision 091):
// zod's optional JIT would probe with Function(""), which the browser reports as a policy
// violation. Without the JIT, parsing is a little slower and nothing else changes.
z.config({ jitless: true });

export { z };
