// One labelled text field of the order forms (manual order, edit order), with its problem in words right
// under it, tied to the input for screen readers.
export function FormField(props: {
  label: string;
  value: string;
  /** What is wrong with the value, already in words (a translated check, or the API's own message). */
  problem: string | undefined;
  testId: string;
  onChange: (value: string) => void;
  multiline?: boolean;
}): React.JSX.Element {
  const errorId = `${props.testId}-error`;
  const common = {
    value: props.value,
    'aria-invalid': props.problem ? true : undefined,
    'aria-describedby': props.problem ? errorId : undefined,
    'data-testid': props.testId,
  };
  return (
    <label>
      {props.label}
      {props.multiline ? (
        <textarea {...common} maxLength={1000} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => props.onChange(e.target.value)} />
      )}
      {props.problem && (
        <span className="form-error" id={errorId}>
          {props.problem}
        </span>
      )}
    </label>
  );
}
