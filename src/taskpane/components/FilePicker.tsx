/**
 * "Choose … file": a button opening the browser's file picker (the file input itself is hidden,
 * out of the tab order, but keeps its label for assistive technology), and the chosen file's name.
 */
import { Body1, Button, makeStyles } from "@fluentui/react-components";
import { useRef, useState } from "react";

const useStyles = makeStyles({
  hiddenInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
  },
});

export function FilePicker({
  label,
  button,
  accept,
  onText,
}: {
  /** The file input's name, e.g. "CSV file". */
  label: string;
  /** The button's text, e.g. "Choose CSV file…". */
  button: string;
  accept: string;
  /** The chosen file's text. */
  onText: (text: string) => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const onFile = async (list: FileList | null) => {
    const f = list?.[0];
    if (!f) return;
    setFileName(f.name);
    onText(await f.text());
  };
  return (
    <>
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept={accept}
        aria-label={label}
        tabIndex={-1}
        onChange={(e) => void onFile(e.target.files)}
      />
      <div>
        <Button onClick={() => input.current?.click()}>{button}</Button>
        {fileName && <Body1> {fileName}</Body1>}
      </div>
    </>
  );
}
