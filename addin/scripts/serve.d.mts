import type { IncomingMessage, ServerResponse } from 'node:http';

/** Content type per file extension served by the dev server. */
export declare const CONTENT_TYPES: Readonly<Record<string, string>>;
/** A request handler serving the files under `root` (GET and HEAD; "/" is taskpane.html). */
export declare function createStaticHandler(root: string): (req: IncomingMessage, res: ServerResponse) => void;
