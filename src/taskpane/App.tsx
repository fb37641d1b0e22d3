import { FluentProvider, makeStyles, Text, Title2, tokens, webLightTheme } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { minHeight: "100vh", padding: tokens.spacingHorizontalL, boxSizing: "border-box" },
});

/** The task pane's frame: the views are built on top of the workbook layer. */
export function App() {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <Title2 as="h1">Joint Plan</Title2>
      <Text as="p">One calendar and one budget for sales and marketing, checked month by month.</Text>
    </FluentProvider>
  );
}
