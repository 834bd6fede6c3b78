import { Radio, RadioGroup } from '@fluentui/react-components';
import type { Language } from '../../../excel/types';
import { UI_TEXT } from '../../i18n';
import { useUiText } from '../../language';
import { usePaneHeaderStyles } from './PaneHeader.styles';

export interface PaneHeaderProps {
  onLanguageChange(lang: Language): void;
}

const LANGUAGES: readonly Language[] = ['th', 'en'];

/** The product name and the language switch; each language is named in itself. */
export function PaneHeader({ onLanguageChange }: PaneHeaderProps) {
  const { lang, text } = useUiText();
  const styles = usePaneHeaderStyles();
  return (
    <header className={styles.root}>
      <h1 className={styles.title}>{text.productName}</h1>
      <RadioGroup
        layout="horizontal"
        aria-label={text.languageSwitch}
        value={lang}
        onChange={(_, data) => onLanguageChange(data.value as Language)}
      >
        {LANGUAGES.map((option) => (
          <Radio key={option} value={option} label={<span lang={option}>{UI_TEXT[option].languageName[option]}</span>} />
        ))}
      </RadioGroup>
    </header>
  );
}
