import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      // Configuration is read in one place (lib/env.ts); everything else asks it.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through lib/env.ts." },
      ],
    },
  },
  {
    files: ["lib/env.ts", "lib/logger.ts", "instrumentation.ts", "scripts/**", "tests/**", "playwright.config.ts", "vitest.config.ts", "**/*.test.ts", "prisma/tooling/**"],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
