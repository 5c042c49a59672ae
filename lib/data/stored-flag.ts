import 'server-only';

// The schema's flag enum names (identifiers) as the rest of the app spells flags.
export function flagFromStored(flag: string | null): string | null {
  return flag === 'derived_from_estimate' ? 'derived-from-estimate' : flag;
}
