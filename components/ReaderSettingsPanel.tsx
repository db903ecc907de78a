/**
 * The reader's text and theme settings: theme, font, text size, line width and line spacing.
 * Every change is reported at once through `onChange`; the caller stores it and re-renders.
 * Choices are toggle buttons in labelled groups (aria-pressed), which every screen reader announces
 * and which need no arrow-key model; size and spacing are −/+ steppers with their value shown.
 */
import type { ComponentChildren } from 'preact';
import { FONTS, FONT_SIZES_PX, LINE_HEIGHTS, THEMES, WIDTHS, stepIn, type ReaderSettings } from '../utils/settings-model';
import { formatNumber } from './article-meta';
import { useI18n, type MessageKey } from './i18n';
import { SHORTCUT_KEYS } from './reader-shortcuts';

export interface ReaderSettingsPanelProps {
  /** Element id, for the toggle button's aria-controls. */
  id: string;
  settings: ReaderSettings;
  /** Called with each change as the user makes it. */
  onChange: (change: Partial<ReaderSettings>) => void;
}

const THEME_KEYS: Record<(typeof THEMES)[number], MessageKey> = {
  auto: 'themeAuto',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
};
const FONT_KEYS: Record<(typeof FONTS)[number], MessageKey> = { serif: 'fontSerif', sans: 'fontSans' };
const WIDTH_KEYS: Record<(typeof WIDTHS)[number], MessageKey> = {
  narrow: 'widthNarrow',
  medium: 'widthMedium',
  wide: 'widthWide',
};

export function ReaderSettingsPanel({ id, settings, onChange }: ReaderSettingsPanelProps) {
  const { t, uiLang } = useI18n();
  const sizes = FONT_SIZES_PX.map((_, i) => i);
  const px = FONT_SIZES_PX[settings.fontSizeStep] ?? FONT_SIZES_PX[4];
  const themeHint = t('withShortcut', t('themeNext'), SHORTCUT_KEYS.theme);
  return (
    <div id={id} class="bs-panel" role="group" aria-label={t('settingsToggle')} data-testid="reader-settings">
      <Row label={t('settingsTheme')} name="theme">
        {THEMES.map((theme) => (
          <Choice
            key={theme}
            pressed={settings.theme === theme}
            title={theme === 'auto' ? `${t('themeAutoHint')} · ${themeHint}` : themeHint}
            onClick={() => onChange({ theme })}
            testid={`theme-${theme}`}
          >
            <span class="bs-swatch" data-swatch={theme} aria-hidden="true" />
            {t(THEME_KEYS[theme])}
          </Choice>
        ))}
      </Row>
      <Row label={t('settingsFont')} name="font">
        {FONTS.map((font) => (
          <Choice key={font} pressed={settings.font === font} onClick={() => onChange({ font })} testid={`font-${font}`} font={font}>
            {t(FONT_KEYS[font])}
          </Choice>
        ))}
      </Row>
      <Row label={t('settingsSize')} name="size">
        <Stepper
          value={t('sizeValue', formatNumber(px, uiLang))}
          less={t('withShortcut', t('sizeSmaller'), SHORTCUT_KEYS.smaller)}
          more={t('withShortcut', t('sizeLarger'), SHORTCUT_KEYS.larger)}
          lessLabel={t('sizeSmaller')}
          moreLabel={t('sizeLarger')}
          atMin={settings.fontSizeStep <= 0}
          atMax={settings.fontSizeStep >= FONT_SIZES_PX.length - 1}
          onStep={(delta) => onChange({ fontSizeStep: stepIn(sizes, settings.fontSizeStep, delta) })}
          testid="size"
        />
      </Row>
      <Row label={t('settingsWidth')} name="width">
        {WIDTHS.map((width) => (
          <Choice key={width} pressed={settings.width === width} onClick={() => onChange({ width })} testid={`width-${width}`}>
            {t(WIDTH_KEYS[width])}
          </Choice>
        ))}
      </Row>
      <Row label={t('settingsLineHeight')} name="line-height">
        <Stepper
          value={formatNumber(settings.lineHeight, uiLang)}
          less={t('lineHeightLess')}
          more={t('lineHeightMore')}
          lessLabel={t('lineHeightLess')}
          moreLabel={t('lineHeightMore')}
          atMin={settings.lineHeight <= LINE_HEIGHTS[0]}
          atMax={settings.lineHeight >= LINE_HEIGHTS[LINE_HEIGHTS.length - 1]!}
          onStep={(delta) => onChange({ lineHeight: stepIn(LINE_HEIGHTS, settings.lineHeight as (typeof LINE_HEIGHTS)[number], delta) })}
          testid="line-height"
        />
      </Row>
    </div>
  );
}

function Row({ label, name, children }: { label: string; name: string; children: ComponentChildren }) {
  const labelId = `bs-set-${name}`;
  return (
    <div class="bs-row">
      <span class="bs-row-label" id={labelId}>
        {label}
      </span>
      <div class="bs-seg" role="group" aria-labelledby={labelId}>
        {children}
      </div>
    </div>
  );
}

interface ChoiceProps {
  pressed: boolean;
  onClick: () => void;
  testid: string;
  title?: string;
  font?: string;
  children: ComponentChildren;
}

function Choice({ pressed, onClick, testid, title, font, children }: ChoiceProps) {
  return (
    <button
      type="button"
      class="bs-button"
      aria-pressed={pressed}
      onClick={onClick}
      title={title}
      data-testid={testid}
      data-font-sample={font}
    >
      {children}
    </button>
  );
}

interface StepperProps {
  value: string;
  /** Tooltips (with the shortcut where there is one) and accessible names. */
  less: string;
  more: string;
  lessLabel: string;
  moreLabel: string;
  atMin: boolean;
  atMax: boolean;
  onStep: (delta: number) => void;
  testid: string;
}

/** −/+ buttons around the current value. At an end the button stays focusable but says it is disabled. */
function Stepper({ value, less, more, lessLabel, moreLabel, atMin, atMax, onStep, testid }: StepperProps) {
  return (
    <>
      <button
        type="button"
        class="bs-button bs-step"
        title={less}
        aria-label={lessLabel}
        aria-disabled={atMin}
        onClick={() => !atMin && onStep(-1)}
        data-testid={`${testid}-less`}
      >
        <span aria-hidden="true">−</span>
      </button>
      <output class="bs-value" aria-live="polite" data-testid={`${testid}-value`}>
        {value}
      </output>
      <button
        type="button"
        class="bs-button bs-step"
        title={more}
        aria-label={moreLabel}
        aria-disabled={atMax}
        onClick={() => !atMax && onStep(1)}
        data-testid={`${testid}-more`}
      >
        <span aria-hidden="true">+</span>
      </button>
    </>
  );
}
