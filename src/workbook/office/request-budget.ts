import { jsonBytes } from "./office-cells";

/**
 * Excel on the web refuses a request or a response over 5 MB (RichApi.Error RequestPayloadSizeLimitExceeded).
 * A request carries every queued call and every object path, with its arguments as UTF-8 JSON: the budget
 * counts them all and sends what is queued before the next call would pass the limit. One megabyte of the
 * five is left for what the estimate does not see.
 */
export const REQUEST_LIMIT = 4_000_000;
/** What one call or one object path weighs besides its arguments (RichApi JSON: ids, names, types). */
export const CALL_BYTES = 250;
/** Responses: what a read may bring back in one sync. */
export const RESPONSE_LIMIT = 3_500_000;

export class RequestBudget {
  private used = 0;
  /** Whether the request being queued has had its opening calls. */
  private started = false;
  /** Syncs this budget made (the caller's own syncs are not counted). */
  flushes = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    /**
     * Queued at the start of every request (before its first call): what each request must begin with, such
     * as suspended calculation, which lasts only until the next sync.
     */
    private readonly startRequest: (first: boolean) => void = () => undefined,
    readonly limit = REQUEST_LIMIT
  ) {}

  /** What the request being queued can still take before it must be sent. */
  room(): number {
    return this.limit - this.used;
  }

  /** Makes room for `calls` calls whose arguments are `args` (sending what is queued if it must). */
  async spend(calls: number, ...args: unknown[]): Promise<void> {
    let bytes = calls * CALL_BYTES;
    for (const arg of args) bytes += jsonBytes(arg);
    if (this.used > 0 && this.used + bytes > this.limit) await this.flush();
    if (!this.started) {
      this.startRequest(this.flushes === 0);
      this.started = true;
    }
    this.used += bytes;
  }

  /** Sends what is queued (the last request of a job, or one that must be answered before going on). */
  async flush(): Promise<void> {
    this.used = 0;
    this.started = false;
    this.flushes++;
    await this.context.sync();
  }
}

/** Excel on the web's answer to a request or response over its limit. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  const message = String((error as { message?: unknown })?.message ?? "");
  return (
    (typeof code === "string" && /PayloadSizeLimitExceeded/i.test(code)) ||
    /PayloadSizeLimitExceeded/i.test(message)
  );
}
