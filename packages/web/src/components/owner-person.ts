/** The part of a user that lists and owner pickers show for an owner. */
export interface OwnerPerson {
  id: number;
  first_name: string;
  last_name: string;
}

/** "First Last", without stray spaces when either is empty. */
export function ownerFullName(person: OwnerPerson): string {
  return `${person.first_name} ${person.last_name}`.trim();
}

/** The two capital initials an owner's avatar shows. */
export function ownerInitials(person: OwnerPerson): string {
  return `${person.first_name.charAt(0)}${person.last_name.charAt(0)}`.toUpperCase();
}
