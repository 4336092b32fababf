// Numeric settings of the benchmarks, read from the environment: a bad value stops the run with
// exit code 2 and a message naming the variable.

function invalid(name, raw, what) {
  console.error(`${name} must be ${what}, got "${raw}"`);
  process.exit(2);
}

/** A whole number ≥ 1 from `name`, or `fallback` when unset or empty. */
export function positiveInt(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) invalid(name, raw, "a positive integer");
  return value;
}

/** A number > 0 (fractions allowed, e.g. half a minute) from `name`, or `fallback` when unset or empty. */
export function positiveNumber(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!(value > 0)) invalid(name, raw, "a positive number");
  return value;
}
