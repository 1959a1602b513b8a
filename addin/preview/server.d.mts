/** addin/dist, the folder `npm run preview` serves. */
export declare const DEFAULT_ROOT: string;
/** Static server for the preview on loopback; port 0 picks a free port. */
export declare function startPreviewServer(options?: { root?: string; port?: number; host?: string }): Promise<{
  url: string;
  port: number;
  close: () => Promise<void>;
}>;
