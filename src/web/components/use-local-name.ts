import { useTranslation } from 'react-i18next';

export interface NamedPlace {
  name: string;
  nameHi: string;
}

/** Places carry both names; show the one in the language on screen. */
export function useLocalName(): (place: NamedPlace) => string {
  const { i18n } = useTranslation();
  return (place) => (i18n.language === 'hi' ? place.nameHi : place.name);
}
