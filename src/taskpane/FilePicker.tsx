import { Button, makeStyles } from "@fluentui/react-components";
import { useRef } from "react";

const useStyles = makeStyles({ hidden: { display: "none" } });

/** A button that opens the browser's file picker; the hidden input carries the same label for screen readers. */
export function FilePicker(props: {
  label: string;
  accept: string;
  multiple?: boolean;
  primary?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const styles = useStyles();
  return (
    <>
      <Button
        appearance={props.primary ? "primary" : "secondary"}
        onClick={() => input.current?.click()}
        disabled={props.disabled}
      >
        {props.label}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={props.accept}
        multiple={props.multiple}
        aria-label={props.label}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared, so that choosing the same file again is seen as a new choice.
          event.target.value = "";
          if (files.length > 0) props.onFiles(files);
        }}
      />
    </>
  );
}
