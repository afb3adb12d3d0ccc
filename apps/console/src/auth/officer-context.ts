import { createContext, useContext } from 'react';
import type { Officer } from './session';

export const OfficerContext = createContext<Officer | undefined>(undefined);

/** The signed-in officer; pages render only inside a session. */
export function useOfficer(): Officer {
  const officer = useContext(OfficerContext);
  if (!officer) throw new Error('useOfficer outside a signed-in session');
  return officer;
}
