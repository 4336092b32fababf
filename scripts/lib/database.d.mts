// Types of database.mjs, for the TypeScript tests that make a throw-away database on a server.
export function databaseUrls(url: string, database: string): { target: string; admin: string };
export function freshServerDatabase(adminUrl: string, database: string): Promise<void>;
export function dropServerDatabase(adminUrl: string, database: string): Promise<void>;
