import { languageName } from './locales';
import './sheet.css';

/** A language's label: its own name (`meta.languageName`, in its script) and its tag. */
export function LanguageLabel({ lng, id }: { lng: string; id?: string }) {
  return (
    <span className="sb-language" id={id}>
      <span lang={lng}>{languageName(lng)}</span> <code>{lng}</code>
    </span>
  );
}
