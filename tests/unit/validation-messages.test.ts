import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { agencySchema, membershipSchema, revokeSchema } from "../../features/admin/agencies";
import { setPasswordSchema } from "../../features/auth/account-schema";
import { reportParamsSchema } from "../../features/reports/params";
import { requestFieldSchema } from "../../features/requests/fields";
import { identityKindsFor, type RequestFormConfig, requestFormSchema } from "../../features/requests/form-schema";
import { revisionItemsSchema } from "../../features/requests/revision";
import { queueParamsSchema } from "../../features/workflow/queue";
import { AGENCY_SEEDS } from "../../prisma/seed/agencies";

/**
 * Every message a form or an action can show comes out in Indonesian: each schema behind a form,
 * an action or URL parameters is fed wrong types, nulls, blanks and oversized values in every
 * field, and no message may read as zod's English (or as a type name).
 */
const ENGLISH =
  /\b(invalid|expected|received|required|must|string|number|input|option|undefined|null|object|array|boolean|nan|too (small|big)|characters?|keys?)\b/i;

type AnySchema = z.ZodType;
const isSchema = (v: unknown): v is AnySchema => typeof v === "object" && v !== null && "_zod" in v && "safeParse" in v;

const schemaModules = import.meta.glob<Record<string, unknown>>("../../features/**/schemas.ts", { eager: true });

/** A seeded service's form, as the submission path builds it. */
function formConfigs(): [string, RequestFormConfig][] {
  return AGENCY_SEEDS.flatMap((agency) =>
    agency.services.map((service, i): [string, RequestFormConfig] => [
      `requestFormSchema(${agency.slug}/${service.slug})`,
      {
        serviceId: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
        agencyName: agency.name,
        timeZone: agency.timeZone,
        agencyDomain: agency.domain ?? null,
        identityKinds: identityKindsFor(service),
        scopes: service.scopes.map((s) => ({ code: s.code, name: s.name })),
        multipleScopes: service.multipleScopes ?? false,
        fields: requestFieldSchema.array().parse(service.requestFields ?? []),
        documents: service.documents.map((d) => ({
          code: d.code,
          name: d.name,
          required: d.required,
          allowedTypes: d.allowedTypes,
          maxSizeBytes: d.maxSizeBytes,
        })),
        opds: agency.opds.map((o, n) => ({ id: `00000000-0000-4000-9000-${String(n).padStart(12, "0")}`, name: o.name })),
      },
    ]),
  );
}

function allSchemas(): [string, AnySchema][] {
  const fromModules = Object.entries(schemaModules).flatMap(([file, mod]) =>
    Object.entries(mod).flatMap(([name, value]): [string, AnySchema][] =>
      isSchema(value) ? [[`${file.replace("../../", "")}#${name}`, value]] : [],
    ),
  );
  return [
    ...fromModules,
    ...formConfigs().map(([name, config]): [string, AnySchema] => [
      name,
      requestFormSchema(config, { today: new Date("2026-11-23T03:00:00Z") }),
    ]),
    ["setPasswordSchema", setPasswordSchema],
    ["agencySchema", agencySchema],
    ["membershipSchema", membershipSchema],
    ["revokeSchema", revokeSchema],
    ["queueParamsSchema", queueParamsSchema],
    ["reportParamsSchema", reportParamsSchema({ year: 2026, month: 11 })],
    ["revisionItemsSchema", revisionItemsSchema],
  ];
}

/** The object under preprocessing, refinements, defaults and pipes; for a list, its items' object. */
function fieldsOf(schema: AnySchema): { keys: string[]; wrap: (value: object) => unknown } {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def.type === "object") return { keys: Object.keys(def.shape as object), wrap: (v) => v };
  if (def.type === "array" && isSchema(def.element)) {
    const inner = fieldsOf(def.element);
    return { keys: inner.keys, wrap: (v) => [inner.wrap(v)] };
  }
  if (def.type === "union" && Array.isArray(def.options)) {
    const keys = new Set((def.options as AnySchema[]).flatMap((o) => fieldsOf(o).keys));
    return { keys: [...keys], wrap: (v) => v };
  }
  for (const inner of [def.out, def.in, def.innerType, def.schema]) {
    if (isSchema(inner)) {
      const found = fieldsOf(inner);
      if (found.keys.length) return found;
    }
  }
  return { keys: [], wrap: (v) => v };
}

const LONG = "x".repeat(20_000);
const BAD_VALUES: unknown[] = [
  null,
  undefined,
  "",
  "   ",
  12345,
  -1,
  0,
  1.5,
  Number.NaN,
  true,
  [],
  ["x"],
  {},
  { a: 1 },
  "x",
  "abc-def",
  "2026-13-45",
  "9999-99-99T99:99",
  LONG,
  [LONG],
  Array(100).fill("x"),
];

function messagesOf(schema: AnySchema, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe("validation messages", () => {
  const schemas = allSchemas();

  it("finds the schemas of every form and action", () => {
    const names = schemas.map(([n]) => n);
    for (const expected of [
      "features/workflow/schemas.ts#delegationSchema",
      "features/workflow/schemas.ts#disposeSchema",
      "features/sla/schemas.ts#addHolidaySchema",
    ]) {
      expect(names).toContain(expected);
    }
    expect(names.filter((n) => n.startsWith("requestFormSchema(")).length).toBe(AGENCY_SEEDS.flatMap((a) => a.services).length);
    for (const [name, schema] of schemas) expect(fieldsOf(schema).keys.length, name).toBeGreaterThan(0);
  });

  it("says what is wrong in Indonesian, for every field and every kind of wrong value", () => {
    const english = new Map<string, string>();
    for (const [name, schema] of schemas) {
      const { keys, wrap } = fieldsOf(schema);
      const inputs: [string, unknown][] = [
        ...BAD_VALUES.map((v): [string, unknown] => ["(whole input)", v]),
        ...keys.flatMap((key) => BAD_VALUES.map((v): [string, unknown] => [key, wrap({ [key]: v })])),
        ["(every field)", wrap(Object.fromEntries(keys.map((k) => [k, null])))],
        ["(every field)", wrap(Object.fromEntries(keys.map((k) => [k, LONG])))],
      ];
      for (const [field, input] of inputs) {
        for (const message of messagesOf(schema, input)) {
          if (ENGLISH.test(message) || message.trim() === "") english.set(`${message}`, `${name} ${field}`);
        }
      }
    }
    expect(Object.fromEntries(english)).toEqual({});
  });
});
