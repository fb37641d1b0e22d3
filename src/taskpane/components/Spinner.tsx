/**
 * Fluent's Spinner for the pane's first view ("Reading the plan…", a view loading, a busy
 * button). Its style tables are not needed to draw the pane: they load beside the first download
 * (./FluentSpinner); until they arrive, a stand-in of the spinner's layout and size holds its
 * place with the same label, so nothing moves when the ring appears.
 */
import {
  makeStyles,
  mergeClasses,
  type SpinnerProps,
  tokens,
  useId,
} from "@fluentui/react-components";
import { preloaded } from "./preloaded";

// Fluent's sizes (react-spinner's useSpinnerStyles): the ring's side in px, and the label's type.
const RING: Record<NonNullable<SpinnerProps["size"]>, number> = {
  "extra-tiny": 16,
  tiny: 20,
  "extra-small": 24,
  small: 28,
  medium: 32,
  large: 36,
  "extra-large": 40,
  huge: 44,
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    lineHeight: "0",
    gap: "8px",
    overflow: "hidden",
    minWidth: "min-content",
  },
  ring: { flexShrink: 0 },
  // Fluent's typography body1, subtitle2 and subtitle1 (Fluent's typographyStyles would bring
  // its whole table).
  body1: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase300,
  },
  subtitle2: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
  subtitle1: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
});

type Props = Pick<SpinnerProps, "size" | "className"> & { label?: string };

function SpinnerStandIn({ size = "medium", label, className }: Props) {
  const styles = useStyles();
  const labelId = useId("spinner-label");
  const side = RING[size];
  const type = side >= 44 ? styles.subtitle1 : side >= 32 ? styles.subtitle2 : styles.body1;
  return (
    <div
      role="progressbar"
      aria-labelledby={label ? labelId : undefined}
      className={mergeClasses(styles.root, className)}
    >
      <span className={styles.ring} style={{ width: side, height: side }} />
      {label && (
        <span id={labelId} className={type}>
          {label}
        </span>
      )}
    </div>
  );
}

export const Spinner = preloaded<Props>(
  () => import(/* webpackChunkName: "spinner" */ "./FluentSpinner").then((m) => m.Spinner),
  SpinnerStandIn
);
