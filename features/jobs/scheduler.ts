/**
 * Runs named periodic jobs in one process: the web process (in-process jobs) and `npm run worker`
 * use this same loop. Each job runs on its own timer and never overlaps itself; a job that reports
 * more waiting work runs again at once; a kick while it runs queues exactly one more run; a failure
 * is logged and retried after `retryMs`. Correctness across processes does not rest here but in the
 * jobs themselves (mail rows are claimed with a lease, alerts are unique rows), so any number of
 * schedulers may run against one database.
 */
export interface JobOutcome {
  /** More work is waiting (a full batch): run again without waiting for the interval. */
  more?: boolean;
  /** Jobs to kick now, e.g. mail delivery after alerts queued messages. */
  follow?: readonly string[];
}

export interface PeriodicJob<Db> {
  name: string;
  everyMs: number;
  /** Checked at start: a job that cannot do anything here (mail without SMTP) is not scheduled. */
  enabled?: () => boolean;
  run(db: Db): Promise<JobOutcome | void>;
}

export interface SchedulerLog {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface Scheduler {
  start(): void;
  /** Runs the named job soon (now, or right after its current run); unknown or disabled names are ignored. */
  kick(name: string): void;
  /** Stops the timers and waits for running jobs to finish. */
  stop(): Promise<void>;
  readonly jobNames: readonly string[];
}

interface JobState<Db> {
  job: PeriodicJob<Db>;
  timer?: ReturnType<typeof setTimeout>;
  running?: Promise<void>;
  again: boolean;
}

export function createScheduler<Db>(
  jobs: readonly PeriodicJob<Db>[],
  options: { database: () => Promise<Db>; log: SchedulerLog; retryMs?: number; unref?: boolean },
): Scheduler {
  const retryMs = options.retryMs ?? 5000;
  const states = new Map<string, JobState<Db>>();
  let stopped = false;

  const schedule = (state: JobState<Db>, delayMs: number) => {
    if (stopped) return;
    clearTimeout(state.timer);
    state.timer = setTimeout(() => run(state), delayMs);
    if (options.unref) state.timer.unref?.();
  };

  const run = (state: JobState<Db>) => {
    if (stopped) return;
    if (state.running) {
      state.again = true;
      return;
    }
    clearTimeout(state.timer);
    state.again = false;
    state.running = (async () => {
      let next = state.job.everyMs;
      try {
        const outcome = (await state.job.run(await options.database())) ?? {};
        if (outcome.more) next = 0;
        for (const name of outcome.follow ?? []) kick(name);
      } catch (error) {
        options.log.error(`job ${state.job.name} failed`, { job: state.job.name, error: (error as Error)?.message ?? String(error) });
        next = retryMs;
      } finally {
        state.running = undefined;
      }
      schedule(state, state.again ? 0 : next);
    })();
  };

  const kick = (name: string) => {
    const state = states.get(name);
    if (state) run(state);
  };

  return {
    get jobNames() {
      return [...states.keys()];
    },
    start() {
      if (states.size > 0 || stopped) return;
      for (const job of jobs) {
        if (job.enabled && !job.enabled()) continue;
        const state: JobState<Db> = { job, again: false };
        states.set(job.name, state);
        run(state);
      }
    },
    kick,
    async stop() {
      stopped = true;
      for (const state of states.values()) clearTimeout(state.timer);
      await Promise.all([...states.values()].map((s) => s.running));
    },
  };
}
