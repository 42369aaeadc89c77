export function inlineScriptHashes(html: string): string[];
export function contentSecurityPolicy(scriptHashes: string[], options?: { frameAncestors?: string }): string;
export const BASE_HEADERS: Record<string, string>;
export const EMBED_ROUTE: RegExp;
export const SHARED_FILES: RegExp;
export function embedFrameAncestors(env?: Record<string, string | undefined>): string;
export function headersFor(pathname: string, scriptHashes: string[], env?: Record<string, string | undefined>): Record<string, string>;
