import { useNavigate } from 'react-router';
import type { SavedKind } from '../cases/case-data.js';

/** Back to the case after an act on it, with what was done for the page to say. */
export function useAfterAction() {
  const navigate = useNavigate();
  return (applicationId: string, saved: SavedKind) =>
    navigate(`/saker/${applicationId}`, { replace: true, state: { saved } });
}
