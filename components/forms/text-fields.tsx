"use client";

import type { ComponentProps, ReactNode } from "react";
import { keptText } from "./feedback";
import { Field, fieldAria, INPUT_CLASS } from "./field";
import { useFieldFeedback } from "./form-feedback";

/**
 * Text inputs, text areas, selects and file pickers. Inside an ActionForm each takes its error and,
 * after an error, the value that was submitted; elsewhere (react-hook-form) pass `error` and
 * `register(...)` props directly.
 */
export interface FieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  optional?: boolean;
  error?: string;
  id?: string;
  /** Classes of the field's wrapper (e.g. a grid span). */
  className?: string;
  /** Extra classes of the control itself (e.g. a narrow number box). */
  controlClassName?: string;
}

type Native<E extends "input" | "textarea" | "select"> = Omit<ComponentProps<E>, "name" | "id" | "className" | "children">;

/**
 * What a text-like control needs: its id and error, and the value to show — the one submitted
 * after an error, else its default. A controlled control (`value`) keeps its own. `revision` is
 * the control's key: a new result remounts it with that value.
 */
function useControl(
  name: string,
  {
    id,
    error,
    hint,
    controlClassName,
    defaultValue,
    value,
    secret,
  }: Pick<FieldProps, "id" | "error" | "hint" | "controlClassName"> & { defaultValue?: unknown; value?: unknown; secret?: boolean },
) {
  const f = useFieldFeedback(name, { id, error });
  const kept = secret || value !== undefined ? undefined : keptText(f.values, name);
  const props = {
    id: f.id,
    name,
    defaultValue: value !== undefined ? undefined : ((kept ?? defaultValue) as string | undefined),
    className: `${INPUT_CLASS} ${controlClassName ?? ""}`,
    ...fieldAria(f.id, { hint: !!hint, error: f.error }),
  };
  return { id: f.id, error: f.error, revision: f.revision, props };
}

export function TextField({
  name,
  label,
  hint,
  optional,
  error,
  id,
  className,
  controlClassName,
  suffix,
  defaultValue,
  type,
  ...rest
}: FieldProps & Native<"input"> & { suffix?: ReactNode }) {
  // Typed secrets are never sent back, so a password box stays empty after an error.
  const c = useControl(name, { id, error, hint, controlClassName, defaultValue, value: rest.value, secret: type === "password" });
  const input = <input key={c.revision} type={type} {...c.props} {...rest} />;
  return (
    <Field id={c.id} label={label} hint={hint} error={c.error} optional={optional} className={className}>
      {suffix ? (
        <div className="flex items-center gap-1">
          {input}
          <span className="shrink-0 text-slate-700">{suffix}</span>
        </div>
      ) : (
        input
      )}
    </Field>
  );
}

export function TextArea({
  name,
  label,
  hint,
  optional,
  error,
  id,
  className,
  controlClassName,
  defaultValue,
  rows = 3,
  ...rest
}: FieldProps & Native<"textarea">) {
  const c = useControl(name, { id, error, hint, controlClassName, defaultValue, value: rest.value });
  return (
    <Field id={c.id} label={label} hint={hint} error={c.error} optional={optional} className={className}>
      <textarea key={c.revision} rows={rows} {...c.props} {...rest} />
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function Select({
  name,
  label,
  hint,
  optional,
  error,
  id,
  className,
  controlClassName,
  options,
  placeholder,
  defaultValue,
  ...rest
}: FieldProps & Native<"select"> & { options: readonly Option[]; /** A first, empty choice ("— Pilih … —"). */ placeholder?: string }) {
  const c = useControl(name, { id, error, hint, controlClassName, defaultValue, value: rest.value });
  return (
    <Field id={c.id} label={label} hint={hint} error={c.error} optional={optional} className={className}>
      <select key={c.revision} {...c.props} {...rest}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A file picker. A chosen file cannot be put back after a refusal; the hint says what was chosen. */
export function FileField({
  name,
  label,
  hint,
  optional,
  error,
  id,
  className,
  ...rest
}: Omit<FieldProps, "controlClassName"> & Native<"input">) {
  const f = useFieldFeedback(name, { id, error });
  return (
    <Field id={f.id} label={label} hint={hint} error={f.error} optional={optional} className={className}>
      <input
        id={f.id}
        name={name}
        type="file"
        className="block w-full min-w-0 text-sm file:mr-3 file:rounded-md file:border-0 file:bg-brand-700 file:px-3 file:py-2 file:text-white"
        {...fieldAria(f.id, { hint: !!hint, error: f.error })}
        {...rest}
      />
    </Field>
  );
}
