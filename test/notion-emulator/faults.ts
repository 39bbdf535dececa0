/** A fault to inject into the next matching API requests. */
export interface FaultSpec {
  /** HTTP method to match (any when absent). */
  method?: string;
  /** Path pattern, e.g. `/v1/pages/*\/markdown`: `*` is one path segment, `**` anything. */
  path?: string;
  /** How many matching requests it affects (default 1). */
  count?: number;
  /** Answer with this Notion server error instead of handling the request. */
  status?: 500 | 502 | 503 | 504 | 529;
  /** Wait this many real milliseconds before handling (combines with the others). */
  latencyMs?: number;
  /** Destroy the connection without an answer: before the request is applied, or after. */
  drop?: 'before' | 'after';
  /** Apply the request, then answer 503 with `additional_data.committed_resource_id` for creates. */
  savedButUnavailable?: boolean;
  /**
   * Hold the request, before it is applied, until the test releases it (`releaseHeld`): to
   * act at an exact point of a run, e.g. kill the client after its k-th request.
   */
  hold?: boolean;
  /** Let this many matching requests through untouched before the fault takes effect. */
  skip?: number;
  /**
   * Refuse the request (400 validation_error) with a message that quotes the request's
   * Authorization header: a hostile or buggy peer echoing the token, which the client must
   * never print, log or store.
   */
  echoToken?: boolean;
  /**
   * Answer 429 `rate_limited` with `additional_data.rate_limit_reason:
   * "public_api_request_blocked"`: the connection's requests are blocked, and waiting does not help.
   */
  blocked?: boolean;
  /**
   * Handle the request, then add these entries to the `warnings` array of a synchronous v2
   * markdown PATCH answer: Notion changed or ignored part of the content.
   */
  warnings?: { code: string; message: string }[];
  /**
   * With `warnings`: this exact text is left out of a `replace_content` write before it is
   * applied, as when Notion ignores part of the content it warns about.
   */
  ignoredText?: string;
}

interface ActiveFault {
  spec: FaultSpec;
  remaining: number;
  toSkip: number;
  matcher: RegExp | undefined;
}

/** Injected faults, consumed in the order they were added. */
export class FaultQueue {
  private faults: ActiveFault[] = [];

  add(spec: FaultSpec): void {
    const effects = [
      spec.status !== undefined,
      spec.drop !== undefined,
      spec.savedButUnavailable === true,
      spec.hold === true,
      spec.echoToken === true,
      spec.blocked === true,
      spec.warnings !== undefined,
    ].filter(Boolean);
    const kinds = 'status, drop, savedButUnavailable, hold, echoToken, blocked, warnings';
    if (effects.length > 1) throw new Error(`a fault has at most one of ${kinds}`);
    if (effects.length === 0 && spec.latencyMs === undefined)
      throw new Error(`a fault needs one of ${kinds}, or latencyMs`);
    if (spec.warnings !== undefined && !Array.isArray(spec.warnings))
      throw new Error('fault warnings must be an array of {code, message}');
    if (spec.status !== undefined && ![500, 502, 503, 504, 529].includes(spec.status)) {
      throw new Error(`fault status must be 500, 502, 503, 504 or 529, got ${spec.status}`);
    }
    const count = spec.count ?? 1;
    if (!Number.isInteger(count) || count < 1)
      throw new Error('fault count must be a positive integer');
    const toSkip = spec.skip ?? 0;
    if (!Number.isInteger(toSkip) || toSkip < 0)
      throw new Error('fault skip must be a non-negative integer');
    this.faults.push({
      spec,
      remaining: count,
      toSkip,
      matcher: spec.path ? globToRegExp(spec.path) : undefined,
    });
  }

  /** The fault for this request, if any; consumes one use of it. */
  take(method: string, path: string): FaultSpec | undefined {
    const hit = this.faults.find(
      (f) =>
        (!f.spec.method || f.spec.method.toUpperCase() === method.toUpperCase()) &&
        (!f.matcher || f.matcher.test(path)),
    );
    if (!hit) return undefined;
    if (hit.toSkip > 0) {
      hit.toSkip--;
      return undefined;
    }
    hit.remaining--;
    if (hit.remaining === 0) this.faults = this.faults.filter((f) => f !== hit);
    return hit.spec;
  }

  pending(): { spec: FaultSpec; remaining: number }[] {
    return this.faults.map((f) => ({ spec: f.spec, remaining: f.remaining }));
  }

  clear(): void {
    this.faults = [];
  }
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .split('**')
    .map((part) =>
      part
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*'),
    )
    .join('.*');
  return new RegExp(`^${escaped}/?$`);
}
