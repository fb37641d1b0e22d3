/** First use: the workbook lacks the plan's tables; offer to set them up. */
import { Button, Body1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { REQUIRED_TABLES, type TableName } from "../../workbook";
import type { Actions } from "../hooks/useActions";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingTop: tokens.spacingVerticalL,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function SetUpScreen({ missing, actions }: { missing: TableName[]; actions: Actions }) {
  const styles = useStyles();
  const busy = actions.busy !== null;
  const all = missing.length === REQUIRED_TABLES.length;
  return (
    <section className={styles.root} aria-labelledby="setup-title">
      <Subtitle1 as="h2" id="setup-title">
        Set up plan
      </Subtitle1>
      <Body1 as="p">
        {all
          ? "This workbook has no joint plan yet. Set up plan adds the Settings, Lanes, Activities, Budget, Results, Doors, Targets and Baselines tables, each on its own sheet. Nothing else in the workbook is changed."
          : `This workbook lacks the ${missing.join(", ")} ${missing.length === 1 ? "table" : "tables"}. Set up plan adds what is missing and leaves the rest as it is.`}
      </Body1>
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={() => void actions.setUpPlan(true)}>
          Set up with sample plan
        </Button>
        <Button disabled={busy} onClick={() => void actions.setUpPlan(false)}>
          Set up empty plan
        </Button>
      </div>
    </section>
  );
}
