/**
 * Deal stages: which mean won, which lost, which are still open. Salesforce's
 * default opportunity stages and HubSpot's default deal pipeline, by label and
 * by HubSpot's internal name; a pipeline's own won stages come from the mapping.
 */
export type StageOutcome = "won" | "lost" | "open";

const key = (stage: string) =>
  stage
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");

const WON = ["Closed Won", "closedwon", "Won", "Closed - Won"];
const LOST = ["Closed Lost", "closedlost", "Lost", "Closed - Lost"];
const OPEN = [
  // Salesforce
  "Prospecting",
  "Qualification",
  "Needs Analysis",
  "Value Proposition",
  "Id. Decision Makers",
  "Perception Analysis",
  "Proposal/Price Quote",
  "Negotiation/Review",
  // HubSpot, labels and internal names
  "Appointment Scheduled",
  "appointmentscheduled",
  "Qualified To Buy",
  "qualifiedtobuy",
  "Presentation Scheduled",
  "presentationscheduled",
  "Decision Maker Bought-In",
  "decisionmakerboughtin",
  "Contract Sent",
  "contractsent",
];

const KNOWN = new Map<string, StageOutcome>([
  ...WON.map((s) => [key(s), "won"] as const),
  ...LOST.map((s) => [key(s), "lost"] as const),
  ...OPEN.map((s) => [key(s), "open"] as const),
]);

/** The outcome of a stage name, or null when it is none this import knows. */
export function stageOutcome(
  stage: string,
  wonStages: readonly string[] = []
): StageOutcome | null {
  const k = key(stage);
  if (wonStages.some((w) => key(w) === k)) return "won";
  return KNOWN.get(k) ?? null;
}

/** The won stage names this import knows of itself, for messages. */
export const KNOWN_WON_STAGES: readonly string[] = ["Closed Won", "Won"];

/** A yes/no cell (Salesforce's Won column: 1/0, true/false), or null when it is neither. */
export function yesNo(text: string): boolean | null {
  const k = key(text);
  if (["1", "true", "yes", "y", "won"].includes(k)) return true;
  if (["0", "false", "no", "n", ""].includes(k)) return false;
  return null;
}
