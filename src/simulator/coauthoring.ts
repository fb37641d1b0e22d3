// Co-authoring with delay: each participant (a connected add-in, or a person typing in the sheet)
// edits its own replica of the workbook; edits reach the shared document and the other replicas only
// when the test delivers them. See docs/simulator.md, "Co-authoring with delay".
import { connectClientWith, ConnectOptions, ExcelApi, SimClient } from "./client";
import { Journal, Op } from "./journal";
import { Person } from "./person";
import type { HostProfile } from "./profile";
import { cloneWorkbook, copyState } from "./replica";
import type { SheetChange, Workbook } from "./workbook";

/** Each replica hands out sheet/table ids from its own range, so ids never clash when merged. */
const ID_SPACE = 10000;

interface LocalEdit {
  op: Op;
  /** Arrivals the author had received when making it (what the edit was made on). */
  seen: number[];
  /** The author's Excel: its settings (tables growing by themselves) decide the edit on every replica. */
  profile: HostProfile;
}

interface Arrival extends LocalEdit {
  /** Position in the shared document's log: the order edits reached it. "Later" means a higher seq. */
  seq: number;
  author: string;
}

interface Participant {
  readonly id: string;
  readonly replica: Workbook;
  readonly journal: Journal;
  readonly isPerson: boolean;
  /** Edits made on the replica that have not reached the shared document yet. */
  readonly pending: LocalEdit[];
  /** Arrivals applied to the replica. */
  readonly known: Set<number>;
}

export interface DeliverOptions {
  /** Only this participant's edits (default: everyone's). */
  from?: string;
  /** Only to this participant (default: everyone). */
  to?: string;
  /** Deliver every pending edit to everyone, in a random order of sends and receives driven by this seed (from/to are then ignored). */
  seed?: number;
}

/**
 * A shared document with co-authors who see each other's edits only when delivered.
 *
 * Model: an edit is recorded on its author's replica, reaches the shared document on `send` (the
 * order of arrival is final: a later arrival wins cell by cell), and reaches another replica on
 * `receive`. A replica always shows the arrivals it has received, in arrival order, followed by its
 * own edits not yet sent. Rows are named by identity, so an edit follows its row when others insert
 * or delete rows above it, and an edit to a deleted row is dropped.
 */
export class CoauthoringSession {
  private readonly base: Workbook;
  private readonly documentJournal: Journal;
  private readonly log: Arrival[] = [];
  private readonly participants = new Map<string, Participant>();
  private readonly clients: SimClient[] = [];

  /** `document` is the shared copy: it holds every edit that has arrived, in arrival order. Edit it only through participants. */
  constructor(readonly document: Workbook) {
    this.base = cloneWorkbook(document, document.coauthorId);
    this.documentJournal = new Journal(document, "document");
  }

  /** Connect an add-in (Microsoft's library) working on its own replica. */
  connect(api: ExcelApi, options: ConnectOptions): SimClient {
    const client = connectClientWith(api, this.join(options.id, false).replica, options);
    this.clients.push(client);
    return client;
  }

  /** Disconnect the session's add-ins (their ids can then be used again). */
  close(): void {
    for (const c of this.clients.splice(0)) c.disconnect();
  }

  /** A person typing in the sheet on their own replica, their edits attributed to `id`. */
  person(id: string): Person {
    const existing = this.participants.get(id);
    return new Person(existing?.isPerson ? existing.replica : this.join(id, true).replica);
  }

  /** A participant's replica (what their Excel shows now). */
  replica(id: string): Workbook {
    return this.get(id).replica;
  }

  /** Number of a participant's edits that have not reached the shared document. */
  pendingCount(id: string): number {
    return this.get(id).pending.length;
  }

  /** Send a participant's pending edits (the first `count`; default all) to the shared document. Without `id`, everyone's, in the order they joined. */
  send(id?: string, count = Infinity): void {
    for (const p of id === undefined ? [...this.participants.values()] : [this.get(id)])
      for (const edit of p.pending.splice(0, count)) {
        const arrival: Arrival = { ...edit, seq: this.log.length, author: p.id };
        this.log.push(arrival);
        p.known.add(arrival.seq);
        this.documentJournal.replay(edit.op, p.id, edit.profile);
      }
  }

  /**
   * Bring a participant's replica up to date with the shared document (without `id`: everyone's).
   * With `from`, only that participant's arrivals, plus what they had seen when they made them.
   */
  receive(id?: string, from?: string): void {
    for (const p of id === undefined ? [...this.participants.values()] : [this.get(id)]) {
      const fresh = this.missing(p, from);
      if (fresh.length === 0) continue;
      const newest = Math.max(-1, ...p.known);
      fresh.forEach((seq) => p.known.add(seq));
      if (p.pending.length === 0 && fresh[0] > newest) {
        // Nothing of its own in between: the arrivals simply apply on top, raising Remote events.
        for (const seq of fresh) this.replayArrival(p.journal, seq);
      } else this.rebuild(p, new Set(fresh));
    }
  }

  /** Send and receive: everything to everyone by default; see DeliverOptions. */
  deliver(options: DeliverOptions = {}): void {
    if (options.seed !== undefined) return this.deliverShuffled(options.seed);
    this.send(options.from);
    this.receive(options.to, options.from);
  }

  private deliverShuffled(seed: number): void {
    const random = seededRandom(seed);
    for (;;) {
      const steps: (() => void)[] = [];
      for (const p of this.participants.values()) {
        if (p.pending.length > 0) steps.push(() => this.send(p.id, 1));
        for (const q of this.participants.values())
          if (q !== p && this.missing(p, q.id).length > 0)
            steps.push(() => this.receive(p.id, q.id));
      }
      if (steps.length === 0) return;
      steps[Math.floor(random() * steps.length)]();
    }
  }

  private get(id: string): Participant {
    const p = this.participants.get(id);
    if (!p) throw new Error(`No co-author '${id}' in this session.`);
    return p;
  }

  private join(id: string, isPerson: boolean): Participant {
    if (this.participants.has(id)) throw new Error(`A co-author '${id}' already joined.`);
    const firstId = (this.participants.size + 1) * ID_SPACE + 1;
    const replica = cloneWorkbook(this.document, id, firstId);
    const known = new Set(this.log.map((a) => a.seq));
    const pending: LocalEdit[] = [];
    // Recorded inside the author's request, while the replica's profile is the author's Excel.
    const journal = new Journal(replica, id, (op) =>
      pending.push({ op, seen: [...known], profile: replica.profile })
    );
    journal.copyRowsFrom(this.documentJournal);
    const p: Participant = { id, replica, journal, isPerson, pending, known };
    this.participants.set(id, p);
    return p;
  }

  private replayArrival(journal: Journal, seq: number): void {
    const a = this.log[seq];
    journal.replay(a.op, a.author, a.profile);
  }

  /** Arrivals `p` lacks (only `from`'s when given), with everything they depend on, in arrival order. */
  private missing(p: Participant, from?: string): number[] {
    const wanted = new Set<number>();
    const add = (seq: number): void => {
      if (p.known.has(seq) || wanted.has(seq)) return;
      wanted.add(seq);
      const a = this.log[seq];
      a.seen.forEach(add);
      // An author's edits arrive in the order made, each on top of the previous ones.
      for (let s = seq - 1; s >= 0; s--) if (this.log[s].author === a.author) add(s);
    };
    for (const a of this.log) if (from === undefined || a.author === from) add(a.seq);
    return [...wanted].sort((x, y) => x - y);
  }

  /** Replay the replica from the session's start: its arrivals in arrival order, then its own pending edits. */
  private rebuild(p: Participant, fresh: Set<number>): void {
    const scratch = cloneWorkbook(this.base, p.id);
    const journal = new Journal(scratch, p.id);
    const changes: SheetChange[] = [];
    let announce = false;
    scratch.subscribe((change) => {
      if (announce) changes.push(change);
    });
    for (const seq of [...p.known].sort((x, y) => x - y)) {
      announce = fresh.has(seq);
      this.replayArrival(journal, seq);
    }
    announce = false;
    for (const edit of p.pending) journal.replay(edit.op, p.id, edit.profile);
    copyState(p.replica, scratch);
    p.journal.copyRowsFrom(journal);
    // Remote events for what was delivered, now that the replica shows it.
    for (const change of changes) p.replica.notify(change);
  }
}

/** A seeded xorshift32 generator, so a delivery order can be replayed from its seed. */
function seededRandom(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}
