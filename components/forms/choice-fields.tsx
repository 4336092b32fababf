"use client";

import type { ChangeEvent, ComponentProps, ReactNode } from "react";
import { keptList, keptText } from "./feedback";
import { ErrorText, fieldAria, Hint, OptionalMark } from "./field";
import { useFieldFeedback } from "./form-feedback";
import type { FieldProps } from "./text-fields";

/**
 * Checkboxes and radio buttons. After an error they show what was ticked when the form was sent
 * (an unticked box submits nothing, so "not in the values" reads as unticked).
 */
export interface Choice {
  value: string;
  label: ReactNode;
}

type GroupProps = Omit<FieldProps, "label" | "controlClassName"> & {
  legend: ReactNode;
  options: readonly Choice[];
  /** Options side by side (short labels such as Sah / Perlu perbaikan). */
  inline?: boolean;
  required?: boolean;
};

function ChoiceGroup({
  id,
  legend,
  hint,
  error,
  optional,
  className,
  role,
  inline,
  children,
}: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  className?: string;
  role?: "radiogroup";
  inline?: boolean;
  children: ReactNode;
}) {
  return (
    <fieldset id={id} role={role} className={`min-w-0 space-y-1 ${className ?? ""}`} {...fieldAria(id, { hint: !!hint, error })}>
      <legend className="font-medium">
        {legend}
        <OptionalMark optional={optional} />
      </legend>
      <Hint id={id}>{hint}</Hint>
      <div className={inline ? "flex flex-wrap gap-x-5 gap-y-1" : "space-y-1"}>{children}</div>
      <ErrorText id={id} message={error} />
    </fieldset>
  );
}

const optionLabel = "flex items-start gap-2 py-0.5";
const box = "mt-1 h-4 w-4 shrink-0";

export function RadioGroup({
  name,
  legend,
  options,
  hint,
  error,
  optional,
  id,
  className,
  inline,
  required,
  defaultValue,
  onValueChange,
}: GroupProps & { defaultValue?: string; onValueChange?: (value: string) => void }) {
  const f = useFieldFeedback(name, { id, error });
  const chosen = f.values ? keptText(f.values, name) : defaultValue;
  return (
    <ChoiceGroup
      id={f.id}
      legend={legend}
      hint={hint}
      error={f.error}
      optional={optional}
      className={className}
      role="radiogroup"
      inline={inline}
    >
      {options.map((o) => (
        <label key={`${o.value}-${f.revision}`} className={optionLabel}>
          <input
            type="radio"
            name={name}
            value={o.value}
            defaultChecked={chosen === o.value}
            required={required}
            className={box}
            onChange={onValueChange && ((e: ChangeEvent<HTMLInputElement>) => e.target.checked && onValueChange(o.value))}
          />
          <span className="min-w-0 wrap-anywhere">{o.label}</span>
        </label>
      ))}
    </ChoiceGroup>
  );
}

export function CheckboxGroup({
  name,
  legend,
  options,
  hint,
  error,
  optional,
  id,
  className,
  inline,
  defaultValue = [],
}: GroupProps & { defaultValue?: readonly string[] }) {
  const f = useFieldFeedback(name, { id, error });
  const ticked = f.values ? keptList(f.values, name) : defaultValue;
  return (
    <ChoiceGroup id={f.id} legend={legend} hint={hint} error={f.error} optional={optional} className={className} inline={inline}>
      {options.map((o) => (
        <label key={`${o.value}-${f.revision}`} className={optionLabel}>
          <input type="checkbox" name={name} value={o.value} defaultChecked={ticked.includes(o.value)} className={box} />
          <span className="min-w-0 wrap-anywhere">{o.label}</span>
        </label>
      ))}
    </ChoiceGroup>
  );
}

/** One checkbox with its own label ("Tampilkan kepada pemohon"). */
export function Checkbox({
  name,
  label,
  hint,
  error,
  id,
  className,
  value = "on",
  defaultChecked,
  ...rest
}: Omit<FieldProps, "optional" | "controlClassName"> &
  Omit<ComponentProps<"input">, "name" | "id" | "className" | "type" | "value" | "children"> & { value?: string }) {
  const f = useFieldFeedback(name, { id, error });
  const checked = f.values ? keptList(f.values, name).includes(value) : defaultChecked;
  return (
    <div className={`min-w-0 space-y-1 ${className ?? ""}`}>
      <label htmlFor={f.id} className={optionLabel}>
        <input
          key={f.revision}
          id={f.id}
          type="checkbox"
          name={name}
          value={value}
          defaultChecked={checked}
          className={box}
          {...fieldAria(f.id, { hint: !!hint, error: f.error })}
          {...rest}
        />
        <span className="min-w-0 wrap-anywhere">{label}</span>
      </label>
      <Hint id={f.id}>{hint}</Hint>
      <ErrorText id={f.id} message={f.error} />
    </div>
  );
}
