/**
 * The client's address, for a token's `ips` allow-list. `npm run api` knows it from the socket and passes it
 * to the routes in a header it sets itself (any copy the client sent is dropped first); the in-browser
 * backend serves only its own page, so its client is localhost and it never reads that header.
 */
export const CLIENT_ADDRESS_HEADER = 'x-mock-client-address';
export const LOCALHOST = '127.0.0.1';

let fromHeader = false;

/** Called by the HTTP server that sets the header: from then on the routes believe it. */
export function trustClientAddressHeader(): void {
  fromHeader = true;
}

export function clientAddress(request: Request): string {
  return (fromHeader ? request.headers.get(CLIENT_ADDRESS_HEADER) : null) ?? LOCALHOST;
}
