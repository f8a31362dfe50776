// Messages between the app and the extractor's worker.
import type { AddProgress, AddResult } from "../../../extract/browser";

export type { AddResult };

export type FileInput = { name: string; bytes: Uint8Array };

/** "prepare" compiles the knowledge ahead of the first job: sent when the panel opens. */
export type WorkerRequest = { type: "add"; job: number; inputs: FileInput[]; taken: string[] } | { type: "prepare" };

export type Progress = AddProgress & {
  /** "knowledge" while the worker compiles the registry and triggers (its first job only). */
  phase: "knowledge" | "extracting";
};

export type WorkerMessage =
  | { type: "progress"; job: number; progress: Progress }
  /** `ms`: the worker's own time on the job, knowledge compilation included when it happened. */
  | { type: "result"; job: number; results: AddResult[]; ms: number }
  | { type: "failed"; job: number; reason: string };
