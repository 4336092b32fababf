// Types of database.mjs, for the TypeScript scripts that import it (scripts/bench/queue.ts).
export function databaseUrls(url: string, database: string): { target: string; admin: string };
export function freshServerDatabase(adminUrl: string, database: string): Promise<void>;
export function dropServerDatabase(adminUrl: string, database: string): Promise<void>;
