import { Input, type InputProps } from "@fluentui/react-components";
import { useState } from "react";
import { parseNumberText } from "./scoring-fields";

type Props = Omit<InputProps, "value" | "onChange" | "type"> & {
  value: unknown;
  onValue: (value: number | string | undefined) => void;
};

const shown = (value: unknown) => (value === undefined || value === null ? "" : String(value));

/**
 * A number as HR types it: "0." or "1.20" stay on screen while the draft gets 0 or 1.2; text that is not a
 * number goes into the draft as it is, for the check to name. A change from elsewhere (another template, a new
 * method) replaces what is on screen.
 */
export function NumberInput({ value, onValue, ...props }: Props) {
  const [state, setState] = useState({ text: shown(value), from: value });
  if (!Object.is(state.from, value)) setState({ text: shown(value), from: value });
  return (
    <Input
      {...props}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={Object.is(state.from, value) ? state.text : shown(value)}
      onChange={(_, data) => {
        const parsed = parseNumberText(data.value);
        setState({ text: data.value, from: parsed });
        onValue(parsed);
      }}
    />
  );
}
