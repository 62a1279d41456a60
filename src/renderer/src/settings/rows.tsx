// The rows every Settings section is made of: a choice from a fixed list, a number committed on leaving
// the field, a check box, and the section's one answer line (a save refused, a test page sent).
import type { SectionAnswer } from './section-answer';

interface ChoiceRowProps<T extends string | number> {
  label: string;
  value: T;
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (option: T) => void;
  testId?: string;
}

export function ChoiceRow<T extends string | number>(props: ChoiceRowProps<T>): React.JSX.Element {
  const { label, value, options, optionLabel, onChange, testId } = props;
  return (
    <label>
      {label}
      <select
        value={value}
        onChange={(e) => {
          const picked = options.find((o) => String(o) === e.target.value);
          if (picked !== undefined) onChange(picked);
        }}
        data-testid={testId}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

interface NumberRowProps {
  label: string;
  value: number;
  min: number;
  max?: number;
  step?: number;
  onCommit: (value: number) => void;
}

/** Committed when the field is left, so typing "120" does not save 1 and 12 on the way. */
export function NumberRow({ label, value, min, max, step, onCommit }: NumberRowProps): React.JSX.Element {
  return (
    <label>
      {label}
      <input
        type="number"
        min={min}
        max={max}
        step={step}
        defaultValue={value}
        onBlur={(e) => onCommit(Number(e.target.value))}
      />
    </label>
  );
}

export function CheckRow(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}): React.JSX.Element {
  return (
    <label className="check">
      <input type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      {props.label}
    </label>
  );
}

export function SectionAnswerLine({ answer }: { answer: SectionAnswer | null }): React.JSX.Element | null {
  if (!answer) return null;
  return answer.ok ? (
    <p className="notice notice-info" role="status">
      {answer.text}
    </p>
  ) : (
    <p className="form-error" role="alert">
      {answer.text}
    </p>
  );
}
