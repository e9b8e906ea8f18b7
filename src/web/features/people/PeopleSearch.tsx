import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export function PeopleSearch({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [search, setSearch] = useState(initial);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(search.trim());
  };
  return (
    <form className="search" role="search" onSubmit={onSubmit}>
      <label htmlFor={id}>{t('people.search.label')}</label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          value={search}
          placeholder={t('people.search.placeholder')}
          onChange={(event) => setSearch(event.target.value)}
        />
        <button type="submit">{t('people.search.submit')}</button>
      </div>
    </form>
  );
}
