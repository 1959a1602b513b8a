import type { Finding } from '../compliance/findings.js';
import { profileFindings } from '../hirer-pay/findings.js';
import type { HirerPayProfile } from '../hirer-pay/profile.js';
import type { PlacementEntry } from './entities.js';

/*
 * Which hirer pay profile (inlenersbeloning, DOMAIN.md §8) applies to a placement on a date:
 * the profile the placement names (hirerPayProfileId), else the hirer's profile for the
 * placement's job (job names compared without case and surrounding spaces). Of several, the one
 * with the latest `validFrom` on or before the date; a profile without `validFrom` applies from
 * the start. Whether a profile is signed and complete is the hirer-pay area's rule
 * (profileFindings), read once per profile.
 */

const jobKey = (hirerId: string, job: string) => `${hirerId}\u0000${job.trim().toLowerCase()}`;

export class ProfileIndex {
  private readonly byId = new Map<string, HirerPayProfile[]>();
  private readonly byJob = new Map<string, HirerPayProfile[]>();
  private readonly findings = new Map<HirerPayProfile, readonly Finding[]>();

  constructor(profiles: Iterable<HirerPayProfile>) {
    for (const p of profiles) {
      if (p.id !== undefined) push(this.byId, String(p.id), p);
      push(this.byJob, jobKey(String(p.hirerId), p.job), p);
    }
  }

  /** The profile in force for the placement on an ISO date, or undefined. */
  profileFor(entry: PlacementEntry, isoDate: string): HirerPayProfile | undefined {
    const p = entry.placement;
    const candidates =
      p.hirerPayProfileId !== undefined && p.hirerPayProfileId !== ''
        ? this.byId.get(String(p.hirerPayProfileId))
        : this.byJob.get(jobKey(String(p.hirerId), p.job ?? ''));
    let found: HirerPayProfile | undefined;
    for (const c of candidates ?? []) {
      const from = c.validFrom ?? '';
      if (from > isoDate) continue;
      if (found === undefined || from >= (found.validFrom ?? '')) found = c;
    }
    return found;
  }

  /** The profile's own findings (unsigned, incomplete), once per profile. */
  findingsOf(profile: HirerPayProfile): readonly Finding[] {
    let f = this.findings.get(profile);
    if (f === undefined) {
      f = profileFindings(profile);
      this.findings.set(profile, f);
    }
    return f;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
