/** Small facts the program keeps about itself (e.g. which calendar the schedules were computed from). */
export interface MetaRepository {
  get(key: string): Promise<string | undefined>;
  /** A round trip to the store: resolves when it answers, rejects when it is unreachable. */
  ping(): Promise<void>;
  set(key: string, value: string): Promise<void>;
}
