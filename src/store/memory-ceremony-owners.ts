/**
 * MemoryStore's index of ceremonies by owner, oldest first, for the per-owner cap. Arrays, not
 * Sets: an owner has at most a handful (the cap is 20), and removal from the front is the usual
 * case (the oldest is the one evicted or purged first).
 */
export class MemoryCeremonyOwners {
  private byOwner = new Map<string, string[]>();

  add(owner: string, authCode: string): void {
    const codes = this.byOwner.get(owner);
    if (codes) codes.push(authCode);
    else this.byOwner.set(owner, [authCode]);
  }

  remove(owner: string, authCode: string): void {
    const codes = this.byOwner.get(owner);
    const at = codes?.indexOf(authCode) ?? -1;
    if (at < 0) return;
    codes!.splice(at, 1);
    if (codes!.length === 0) this.byOwner.delete(owner);
  }

  /** The owner's auth_codes beyond its newest `keep`, oldest first. */
  excess(owner: string, keep: number): string[] {
    const codes = this.byOwner.get(owner);
    return codes && codes.length > keep ? codes.slice(0, codes.length - keep) : [];
  }

  clear(): void {
    this.byOwner.clear();
  }
}
