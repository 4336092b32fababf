// Figures about a server process tree, read from Linux's /proc (benchmarks print them beside
// their throughput: CPU milliseconds per request hold across machines where req/s do not).
import fs from "node:fs";

const USER_HZ = 100;

function childrenOf(pid) {
  const children = [];
  try {
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      const listed = fs.readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      if (listed) children.push(...listed.split(" "));
    }
  } catch {
    // gone, or not Linux
  }
  return children;
}

/** CPU seconds (user + system) used so far by a process and its descendants. */
export function processTreeCpuSeconds(pid) {
  let total = 0;
  const visit = (p) => {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += (Number(fields[11]) + Number(fields[12])) / USER_HZ; // utime, stime
    } catch {
      return;
    }
    for (const child of childrenOf(p)) visit(child);
  };
  visit(pid);
  return total;
}

/** Resident memory in MB of a process and each of its descendants, by PID. */
export function processTreeRssMb(pid) {
  const byPid = {};
  const visit = (p) => {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1];
      if (rss) byPid[p] = Math.round(Number(rss) / 1024);
    } catch {
      return;
    }
    for (const child of childrenOf(p)) visit(child);
  };
  visit(pid);
  return byPid;
}
