// A code typed by hand (a barcode the scanner cannot read): the same normalising and checks as a scan,
// then handed on. The Pack screen and the returns bench each put one beside their scans.
import { useState } from 'react';
import { isSubmittableCode, normaliseManualCode } from './manual-entry';

export function CodeForm(props: {
  id: string;
  label: string;
  submitLabel: string;
  onCode: (code: string) => void;
  children?: React.ReactNode;
}): React.JSX.Element {
  const [text, setText] = useState('');
  return (
    <form
      className="manual-entry"
      onSubmit={(e) => {
        e.preventDefault();
        const code = normaliseManualCode(text);
        if (!isSubmittableCode(code)) return;
        setText('');
        props.onCode(code);
      }}
    >
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        data-testid={props.id}
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">{props.submitLabel}</button>
      {props.children}
    </form>
  );
}
