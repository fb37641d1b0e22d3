/** Small severity icons (decorative: the severity is always written next to them). */
import type { Severity } from "../../workbook";

const PATHS: Record<Severity, string> = {
  error:
    "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 9.5a.9.9 0 1 0 0 1.8.9.9 0 0 0 0-1.8ZM8 4a.75.75 0 0 0-.75.75v4a.75.75 0 0 0 1.5 0v-4A.75.75 0 0 0 8 4Z",
  warning:
    "M7.13 1.5a1 1 0 0 1 1.74 0l6.5 11.5A1 1 0 0 1 14.5 14.5h-13a1 1 0 0 1-.87-1.5l6.5-11.5ZM8 10.6a.85.85 0 1 0 0 1.7.85.85 0 0 0 0-1.7Zm0-5.1a.7.7 0 0 0-.7.7v3a.7.7 0 0 0 1.4 0v-3a.7.7 0 0 0-.7-.7Z",
  info: "M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1Zm0 5.5a.75.75 0 0 0-.75.75v4a.75.75 0 0 0 1.5 0v-4A.75.75 0 0 0 8 6.5Zm0-2.6a.9.9 0 1 0 0 1.8.9.9 0 0 0 0-1.8Z",
};

export function SeverityIcon({ severity, className }: { severity: Severity; className?: string }) {
  return (
    <svg
      className={className}
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d={PATHS[severity]} />
    </svg>
  );
}
