// Types of script-free.mjs.
export function withoutFrameworkScripts(html: string): string;
export function needsStreamingScript(html: string): boolean;
export function scriptFreePolicy(policy: string): string;
