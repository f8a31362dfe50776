// Messages between the app and the extractor's worker.
import type { AddResult } from "../../../extract/browser";

export type { AddResult };

export type FileInput = { name: string; bytes: Uint8Array };

export type WorkerRequest = { type: "add"; job: number; inputs: FileInput[]; taken: string[] };

export type Progress = {
  /** "knowledge" while the worker compiles the registry and triggers (its first job only). */
  phase: "knowledge" | "extracting";
  /** The file being read, as the user named it. */
  file: string;
  /** Files done, and bytes done out of all bytes of the job: the bar moves by size, not by count. */
  index: number;
  count: number;
  bytesDone: number;
  bytesTotal: number;
};

export type WorkerMessage =
  | { type: "progress"; job: number; progress: Progress }
  | { type: "result"; job: number; results: AddResult[] }
  | { type: "failed"; job: number; reason: string };
