import { type LeadlineDB, parseForWrite, parseStored, parseStoredAll, writeTx } from '../db';
import { memberLabel, type Member } from '../model';

/** Who is acting at this browser: the team config's user name and display name. */
export interface Actor {
  username: string;
  displayName: string;
}

/**
 * Records the person who just connected as a member (on Connect). A known member keeps the day
 * they joined; a new display name replaces the old one.
 */
export async function recordMember(db: LeadlineDB, actor: Actor, now = Date.now()): Promise<Member> {
  return writeTx(db, ['members'], async (tx) => {
    const before = parseStored('members', await tx.store.get(actor.username), actor.username);
    const member = parseForWrite('members', {
      username: actor.username,
      displayName: actor.displayName,
      joinedAt: before?.joinedAt ?? now,
      updatedAt: before && before.displayName === actor.displayName.trim() ? before.updatedAt : now,
    });
    if (!before || before.displayName !== member.displayName) await tx.store.put(member);
    return member;
  });
}

/** Every member, by display name. */
export async function listMembers(db: LeadlineDB): Promise<Member[]> {
  const members = parseStoredAll('members', await db.getAll('members'));
  return members.sort((a, b) => memberLabel(a).localeCompare(memberLabel(b)));
}

/** The name to show for a user name: the member's display name when known, else the user name. */
export function ownerLabel(members: readonly Member[], username: string | undefined): string {
  if (!username) return '';
  return memberLabel(
    members.find((member) => member.username === username),
    username,
  );
}
