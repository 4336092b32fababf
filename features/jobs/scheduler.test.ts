import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createScheduler, type JobOutcome, type PeriodicJob } from "./scheduler";

const log = () => ({ info: vi.fn(), error: vi.fn() });

/** A job whose runs are recorded and each finish when the test says so. */
function controlledJob(name: string, everyMs: number, outcome: () => JobOutcome | void = () => {}) {
  const runs: { release: () => void; fail: (e: Error) => void }[] = [];
  const job: PeriodicJob<string> = {
    name,
    everyMs,
    run: (db) => {
      expect(db).toBe("the-db");
      return new Promise((resolve, reject) => runs.push({ release: () => resolve(outcome()), fail: reject }));
    },
  };
  return { job, runs };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe("job scheduler", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs each enabled job at start and then every interval, never overlapping itself", async () => {
    const mail = controlledJob("mail", 3000);
    const off: PeriodicJob<string> = { name: "off", everyMs: 10, enabled: () => false, run: vi.fn() };
    const s = createScheduler([mail.job, off], { database: async () => "the-db", log: log() });
    s.start();
    await settle();
    expect(s.jobNames).toEqual(["mail"]);
    expect(mail.runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10_000); // still running: no second run
    expect(mail.runs).toHaveLength(1);
    mail.runs[0]!.release();
    await vi.advanceTimersByTimeAsync(2999);
    expect(mail.runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(mail.runs).toHaveLength(2);
    expect(off.run).not.toHaveBeenCalled();
    s.kick("off"); // disabled and unknown names are ignored
    s.kick("nothing");
  });

  it("queues exactly one more run for kicks during a run", async () => {
    const mail = controlledJob("mail", 60_000);
    const s = createScheduler([mail.job], { database: async () => "the-db", log: log() });
    s.start();
    await settle();
    s.kick("mail");
    s.kick("mail");
    mail.runs[0]!.release();
    await settle();
    expect(mail.runs).toHaveLength(2);
    mail.runs[1]!.release();
    await settle();
    expect(mail.runs).toHaveLength(2);
  });

  it("drains a full batch at once and kicks the jobs another one asks for", async () => {
    let full = 2;
    const mail = controlledJob("mail", 60_000, () => ({ more: full-- > 0 }));
    const alerts = controlledJob("alerts", 60_000, () => ({ follow: ["mail"] }));
    const s = createScheduler([alerts.job, mail.job], { database: async () => "the-db", log: log() });
    s.start();
    await settle();
    for (let i = 0; i < 3; i++) {
      mail.runs[i]!.release();
      await settle();
    }
    expect(mail.runs).toHaveLength(3); // two full batches, then the interval
    alerts.runs[0]!.release();
    await settle();
    expect(mail.runs).toHaveLength(4);
  });

  it("logs a failure and retries after the retry delay", async () => {
    const sla = controlledJob("sla-alerts", 60_000);
    const l = log();
    const s = createScheduler([sla.job], { database: async () => "the-db", log: l, retryMs: 5000 });
    s.start();
    await settle();
    sla.runs[0]!.fail(new Error("connection refused"));
    await settle();
    expect(l.error).toHaveBeenCalledWith("job sla-alerts failed", { job: "sla-alerts", error: "connection refused" });
    await vi.advanceTimersByTimeAsync(5000);
    expect(sla.runs).toHaveLength(2);
  });

  it("stops after the running jobs finish, and runs nothing more", async () => {
    const mail = controlledJob("mail", 1000);
    const s = createScheduler([mail.job], { database: async () => "the-db", log: log() });
    s.start();
    await settle();
    let stopped = false;
    const stopping = s.stop().then(() => (stopped = true));
    await settle();
    expect(stopped).toBe(false);
    mail.runs[0]!.release();
    await stopping;
    await vi.advanceTimersByTimeAsync(10_000);
    s.kick("mail");
    expect(mail.runs).toHaveLength(1);
  });
});
