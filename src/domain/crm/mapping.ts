/**
 * Which column of a CRM export holds what: recognised for Salesforce report
 * exports and HubSpot exports, or chosen by hand and kept in the Settings table
 * (the setting CRM_MAPPING_SETTING, as JSON text) for the next import.
 */
import { z } from "zod";
import { normalName } from "../names";
import { DATE_FORMATS, type DateFormat } from "./dates";

/** The setting that keeps a mapping chosen by hand. */
export const CRM_MAPPING_SETTING = "CRM import mapping";

export interface CrmMapping {
  /** The lead source: the Results row's Channel. */
  channel: string;
  /** When the lead was created: counts a lead in that month. */
  created: string | null;
  /** The opportunity's or deal's stage: which lines are won deals. */
  stage: string | null;
  /** A yes/no column saying the deal is won (Salesforce's "Won"), used when there is no stage. */
  won: string | null;
  /** When the deal closed: counts a closed deal and its revenue in that month. */
  closeDate: string | null;
  amount: string | null;
  /** Stage names that mean won besides the CRMs' own (a pipeline's custom stages). */
  wonStages: string[];
  /** The date format a person chose; null means detect it from the file. */
  dateFormat: DateFormat | null;
}

export type CrmKind = "Salesforce" | "HubSpot" | "saved mapping";

export interface RecognisedMapping {
  kind: CrmKind;
  mapping: CrmMapping;
}

/** The header in `headers` with one of the names (case and spaces ignored), or null. */
function pick(headers: readonly string[], ...names: string[]): string | null {
  for (const name of names) {
    const found = headers.find((h) => normalName(h) === normalName(name));
    if (found !== undefined) return found;
  }
  return null;
}

const EMPTY = { wonStages: [], dateFormat: null } as const;

/** Salesforce report exports (leads or opportunities): Lead Source, Created Date, Stage, Close Date, Amount, Won. */
function salesforce(headers: readonly string[]): CrmMapping | null {
  const channel = pick(headers, "Lead Source");
  const created = pick(headers, "Created Date", "Create Date");
  if (!channel || !created) return null;
  return {
    channel,
    created,
    stage: pick(headers, "Stage", "Opportunity Stage"),
    won: pick(headers, "Won"),
    closeDate: pick(headers, "Close Date"),
    amount: pick(headers, "Amount", "Amount (converted)"),
    ...EMPTY,
    wonStages: [],
  };
}

/** HubSpot exports (contacts or deals): Original Source, Create Date, Deal Stage, Close Date, Amount. */
function hubspot(headers: readonly string[]): CrmMapping | null {
  const channel = pick(
    headers,
    "Original Source",
    "Original Source Type",
    "Original Traffic Source"
  );
  const created = pick(headers, "Create Date", "Created Date");
  if (!channel || !created) return null;
  return {
    channel,
    created,
    stage: pick(headers, "Deal Stage"),
    won: null,
    closeDate: pick(headers, "Close Date"),
    amount: pick(headers, "Amount", "Amount in company currency"),
    ...EMPTY,
    wonStages: [],
  };
}

/** The columns a mapping names. */
export function mappedColumns(mapping: CrmMapping): string[] {
  return [
    mapping.channel,
    mapping.created,
    mapping.stage,
    mapping.won,
    mapping.closeDate,
    mapping.amount,
  ].filter((c): c is string => c !== null);
}

/**
 * How to read a file with these headers: a saved mapping whose columns are all
 * in the file wins (a person chose it); else Salesforce's or HubSpot's headers;
 * else null (the person maps the columns by hand).
 */
export function recogniseMapping(
  headers: readonly string[],
  saved: CrmMapping | null = null
): RecognisedMapping | null {
  if (saved && mappedColumns(saved).every((c) => pick(headers, c) !== null)) {
    const fit = (c: string | null) => (c === null ? null : pick(headers, c));
    return {
      kind: "saved mapping",
      mapping: {
        ...saved,
        channel: fit(saved.channel)!,
        created: fit(saved.created),
        stage: fit(saved.stage),
        won: fit(saved.won),
        closeDate: fit(saved.closeDate),
        amount: fit(saved.amount),
      },
    };
  }
  const sf = salesforce(headers);
  if (sf) return { kind: "Salesforce", mapping: sf };
  const hs = hubspot(headers);
  if (hs) return { kind: "HubSpot", mapping: hs };
  return null;
}

const column = z.string().trim().min(1).nullable().optional();
const savedSchema = z.object({
  Channel: z.string().trim().min(1),
  Created: column,
  Stage: column,
  Won: column,
  "Close date": column,
  Amount: column,
  "Won stages": z.array(z.string().trim().min(1)).optional(),
  Dates: z.enum(DATE_FORMATS).nullable().optional(),
});

/** The Settings value that keeps a mapping: JSON a person can read, with the table's words. */
export function mappingSettingText(mapping: CrmMapping): string {
  return JSON.stringify({
    Channel: mapping.channel,
    Created: mapping.created,
    Stage: mapping.stage,
    Won: mapping.won,
    "Close date": mapping.closeDate,
    Amount: mapping.amount,
    "Won stages": mapping.wonStages,
    Dates: mapping.dateFormat,
  });
}

/** The mapping kept in Settings, or null when the value is blank or not a mapping (then it is ignored). */
export function readMappingSetting(value: unknown): CrmMapping | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return null;
  }
  const parsed = savedSchema.safeParse(json);
  if (!parsed.success) return null;
  const m = parsed.data;
  return {
    channel: m.Channel,
    created: m.Created ?? null,
    stage: m.Stage ?? null,
    won: m.Won ?? null,
    closeDate: m["Close date"] ?? null,
    amount: m.Amount ?? null,
    wonStages: m["Won stages"] ?? [],
    dateFormat: m.Dates ?? null,
  };
}
