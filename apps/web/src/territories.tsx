import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { api, call } from './api/client';
import type { Territory } from './api/shapes';
import { byVietnamese } from './format';
import { useLoad } from './ui';

type Territories = { readonly all: Territory[]; name: (code: string | null | undefined) => string };

const TerritoriesContext = createContext<Territories>({ all: [], name: (code) => code ?? '—' });

/** The map (GET /territories), loaded once a user is signed in, to name territories by their codes. */
export function TerritoriesProvider({ children }: { children: ReactNode }) {
  const loaded = useLoad(() => call(api.GET('/territories')), []);
  const value = useMemo<Territories>(() => {
    const all = [...(loaded.data ?? [])].sort(byVietnamese((territory) => territory.name));
    const byCode = new Map(all.map((territory) => [territory.code, territory.name]));
    return { all, name: (code) => (code ? (byCode.get(code) ?? code) : '—') };
  }, [loaded.data]);
  return <TerritoriesContext.Provider value={value}>{children}</TerritoriesContext.Provider>;
}

export const useTerritories = () => useContext(TerritoriesContext);

/** The `<option>`s of the territories a user may choose among, each named. */
export function TerritoryOptions({ codes }: { codes: readonly string[] }) {
  const territories = useTerritories();
  return (
    <>
      {codes.map((code) => (
        <option key={code} value={code}>
          {territories.name(code)}
        </option>
      ))}
    </>
  );
}
