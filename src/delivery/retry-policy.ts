/** Network errors and 5xx: tries before a post is given up, and the wait after each failed one. */
export const MAX_ATTEMPTS = 5;

export function retryDelayMinutes(attempts: number): number {
  return Math.min(2 ** (attempts - 1), 16);
}
