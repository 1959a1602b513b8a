/**
 * Imported first by every entry (pane, preview, engine worker): zod, inside core, otherwise probes
 * `new Function("")` to speed up its parsing, which a strict Content-Security-Policy (the
 * preview's; some Office hosts') reports as a violation. The add-in never evaluates text as code;
 * zod reads this global switch before its first schema is made.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...(holder.__zod_globalConfig ?? {}), jitless: true };

export {};
