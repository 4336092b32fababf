// Types of process-stats.mjs.
export function processTreeCpuSeconds(pid: number): number;
export function processTreeRssMb(pid: number): Record<string, number>;
