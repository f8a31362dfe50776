// A contract whose object is a supply ("won a contract with the Army to supply radios", "un contrat avec
// l'armée pour la livraison de 200 drones"): the text states the service itself, so each company party
// supplies each public party (rule contract-supply). The cue phrases are data (relations.yaml, contract_supply).
import { emit, PUBLIC } from "./emit";
import type { SentenceContext } from "./sentence";

export function contractSupply(ctx: SentenceContext): void {
  const { run, items, cues, s } = ctx;
  if (!ctx.contractHere) return;
  // this sentence's contract mentions are the last ones pushed: never a walk over the whole article's
  for (let i = run.contracts.length - 1; i >= 0 && run.contracts[i]!.start === s.start; i--) {
    const m = run.contracts[i]!;
    if (m.continues !== undefined) continue;
    // the supply is the contract's object: its cue follows the contract word
    const cue = cues.first("contract_supply", 0);
    if (cue < 0 || items[cue]!.start < m.triggerStart) continue;
    const type = (id: string) => run.a.entity(id)?.type ?? "";
    // only parties this sentence names (or names through an anaphor): the quote must show both ends
    const here = m.parties.filter((id) => m.via?.[id] !== undefined || items.some((it) => it.entityId === id));
    const companies = here.filter((id) => type(id) === "company");
    const served = here.filter((id) => PUBLIC.has(type(id)));
    if (!companies.length || !served.length) continue;
    ctx.inferred = new Map(Object.entries(m.via ?? {}));
    emit(ctx, "supplies", companies, served, { status: m.status, modality: m.modality }, m.trigger, "contract-supply");
  }
}
