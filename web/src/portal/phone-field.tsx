/**
 * A phone number field of a citizen form: label, a hint under it, the error (if any) tied to the input for screen
 * readers, and the phone keyboard on mobiles.
 */
import type { Ref } from 'react';

export function PhoneField(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  name?: string;
}) {
  const { id, error } = props;
  return (
    <div>
      <label htmlFor={`${id}-phone`}>{props.label}</label>
      <span className="hint" id={`${id}-phone-hint`}>
        {props.hint}
      </span>
      <input
        id={`${id}-phone`}
        ref={props.inputRef}
        name={props.name}
        type="tel"
        inputMode="tel"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        autoComplete="tel"
        maxLength={30}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-phone-hint${error ? ` ${id}-phone-error` : ''}`}
      />
      {error && (
        <p className="field-error" id={`${id}-phone-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
