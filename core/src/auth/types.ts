/** Who is making a request, as resolved by the auth middleware. */
export interface AuthenticatedUser {
  id: number;
  username: string;
  is_superuser: boolean;
  is_active: boolean;
  /** Group ids, for group-assigned permissions. */
  groups: number[];
}

export interface AuthenticatedToken {
  id: number;
  write_enabled: boolean;
}
