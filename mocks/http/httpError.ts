/** Thrown inside a resolver to answer with an error; `withPrincipal` (or, outside it, the edge) turns it into the answer. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    reason: string,
    readonly index?: number,
  ) {
    super(reason);
  }
}
