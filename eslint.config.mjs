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
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read configuration through lib/env.ts." }],
    },
  },
  {
    files: [
      "lib/env.ts",
      "lib/logger.ts",
      "instrumentation.ts",
      "scripts/**",
      "tests/**",
      "playwright.config.ts",
      "vitest.config.ts",
      "**/*.test.ts",
      "prisma/tooling/**",
    ],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // zod is configured once (Indonesian messages); schemas take `z` from there so both bundles load it.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/validation/**", "lib/env.ts", "prisma/**", "scripts/**", "tests/**", "**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        { paths: [{ name: "zod", message: "Import z from @/lib/validation (Indonesian messages).", allowTypeImports: true }] },
      ],
    },
  },
];

export default config;
