import { type CSSProperties, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { contrastRatio } from './contrast';
import { TOKEN_PAIRS, TOKEN_ROLES, TOKENS, type Token } from './tokens';
import './sheet.css';

type Theme = 'light' | 'dark';
const THEMES: readonly Theme[] = ['light', 'dark'];

/** The values read in the page, by theme (colours as computed `rgb(…)`) and by text size. */
interface Reading {
  readonly colours: Readonly<Record<Theme, Readonly<Record<string, string>>>>;
  readonly sizes: Readonly<Record<'normal' | 'large', Readonly<Record<string, string>>>>;
}

const COLOURS = TOKENS.filter((token) => token.colour);
const SIZES = TOKENS.filter((token) => !token.colour);

/**
 * Probes out of the story's frame (whose `data-faceid-theme` would win over theirs): a hidden
 * `.faceid-banner` per theme and text size, each holding one element per colour token whose
 * `color` is the token, so that the page's own overrides (a host's `:root { --faceid-text }`)
 * are read too, and any colour syntax comes back as `rgb(…)`.
 */
function Probes({ onRead }: { onRead: (reading: Reading) => void }) {
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const probes = root.current as HTMLDivElement;
    const probe = (selector: string) => probes.querySelector(selector) as HTMLElement;
    const colours = (theme: Theme) =>
      Object.fromEntries(
        COLOURS.map((token) => [
          token.name,
          getComputedStyle(probe(`[data-probe-theme="${theme}"] [data-token="${token.name}"]`))
            .color,
        ]),
      );
    const sizes = (text: 'normal' | 'large') => {
      const style = getComputedStyle(probe(`[data-probe-text="${text}"]`));
      return Object.fromEntries(
        SIZES.map((token) => [
          token.name,
          style.getPropertyValue(`--_faceid-${token.name}`).trim(),
        ]),
      );
    };
    onRead({
      colours: { light: colours('light'), dark: colours('dark') },
      sizes: { normal: sizes('normal'), large: sizes('large') },
    });
  }, [onRead]);
  return createPortal(
    <div ref={root} hidden data-token-probes="">
      {THEMES.map((theme) => (
        <div
          key={theme}
          className="faceid-banner"
          data-faceid-theme={theme}
          data-probe-theme={theme}
        >
          {COLOURS.map((token) => (
            <i
              key={token.name}
              data-token={token.name}
              style={{ color: `var(--_faceid-${token.name})` }}
            />
          ))}
        </div>
      ))}
      <div className="faceid-banner" data-faceid-theme="light" data-probe-text="normal" />
      <div
        className="faceid-banner"
        data-faceid-theme="light"
        data-faceid-text="large"
        data-probe-text="large"
      />
    </div>,
    document.body,
  );
}

function Swatch({ colour }: { colour: string }) {
  return <span className="sb-swatch" aria-hidden="true" style={{ background: colour }} />;
}

function Variables({ token, slot }: { token: Token; slot: 'base' | 'dark' | 'large' }) {
  const value = token[slot];
  return value ? (
    <>
      <code>{value.variable}</code>
      <br />
      <span className="sb-muted">default {value.fallback}</span>
    </>
  ) : (
    <span className="sb-muted">—</span>
  );
}

const rounded = (ratio: number) => (Number.isNaN(ratio) ? '?' : ratio.toFixed(2));

/** A pair's sample as the components draw it: text for a text pair, a bar for the others. */
function Sample({
  foreground,
  background,
  text,
}: {
  foreground: string;
  background: string;
  text: boolean;
}) {
  const style: CSSProperties = { background, color: foreground };
  return (
    <span className="sb-pair-sample" style={style} data-sample="">
      {text ? 'Aa 字' : <span className="sb-pair-bar" style={{ background: foreground }} />}
    </span>
  );
}

/**
 * The design tokens as the page computes them: each colour token's swatch and value in the light
 * and dark palettes, the WCAG contrast of every pair the components draw (flagged under 4.5:1 for
 * text, 3:1 for icons, stripes and focus rings), and the sizes in normal and large text.
 */
export function TokenSheet() {
  const [reading, setReading] = useState<Reading>();
  return (
    <div className="sb-sheet sb-tokens">
      <Probes onRead={setReading} />
      <h1>Design tokens</h1>
      <p className="sb-lead">
        Values computed in this page (<code>getComputedStyle</code>): a host's overrides on{' '}
        <code>:root</code> show here. Set the public variable; the dark palette reads{' '}
        <code>--faceid-dark-*</code>, large text <code>--faceid-large-*</code>.
      </p>
      <h2>Colours</h2>
      <table data-table="colours">
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Role</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
          </tr>
        </thead>
        <tbody>
          {COLOURS.map((token) => (
            <tr key={token.name} data-token-row={token.name}>
              <th scope="row">
                <Variables token={token} slot="base" />
              </th>
              <td>{TOKEN_ROLES[token.name] ?? '?'}</td>
              {THEMES.map((theme) => {
                const colour = reading?.colours[theme][token.name] ?? '';
                return (
                  <td key={theme} data-theme={theme} data-value={colour}>
                    <Swatch colour={colour} /> <code>{colour}</code>
                    {theme === 'dark' ? (
                      <>
                        <br />
                        <Variables token={token} slot="dark" />
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Contrast</h2>
      <p className="sb-lead">
        WCAG 2: text 4.5:1 (1.4.3), icons, stripes and focus rings 3:1 (1.4.11). A ratio under its
        minimum is flagged ✗.
      </p>
      <table data-table="contrast">
        <thead>
          <tr>
            <th scope="col">Pair</th>
            <th scope="col">Drawn as</th>
            <th scope="col">Minimum</th>
            <th scope="col">Light</th>
            <th scope="col">Dark</th>
          </tr>
        </thead>
        <tbody>
          {TOKEN_PAIRS.map((pair) => (
            <tr
              key={`${pair.foreground}/${pair.background}`}
              data-pair={`${pair.foreground}/${pair.background}`}
              data-minimum={pair.minimum}
            >
              <th scope="row">
                <code>{pair.foreground}</code> on <code>{pair.background}</code>
              </th>
              <td>{pair.use}</td>
              <td>{pair.minimum > 0 ? `${pair.minimum}:1` : 'none'}</td>
              {THEMES.map((theme) => {
                const foreground = reading?.colours[theme][pair.foreground] ?? '';
                const background = reading?.colours[theme][pair.background] ?? '';
                const ratio = reading ? contrastRatio(foreground, background) : Number.NaN;
                const failing = !(ratio >= pair.minimum);
                return (
                  <td
                    key={theme}
                    data-theme={theme}
                    data-ratio={rounded(ratio)}
                    data-failing={reading && failing ? '' : undefined}
                  >
                    <Sample
                      foreground={foreground}
                      background={background}
                      text={pair.minimum === 4.5}
                    />{' '}
                    {rounded(ratio)}:1{' '}
                    {reading ? failing ? <strong>✗ under {pair.minimum}</strong> : '✓' : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Sizes</h2>
      <table data-table="sizes">
        <thead>
          <tr>
            <th scope="col">Token</th>
            <th scope="col">Role</th>
            <th scope="col">Normal</th>
            <th scope="col">Large text</th>
          </tr>
        </thead>
        <tbody>
          {SIZES.map((token) => (
            <tr key={token.name} data-token-row={token.name}>
              <th scope="row">
                <Variables token={token} slot="base" />
              </th>
              <td>{TOKEN_ROLES[token.name] ?? '?'}</td>
              <td data-text="normal">
                <code>{reading?.sizes.normal[token.name]}</code>
              </td>
              <td data-text="large">
                <code>{reading?.sizes.large[token.name]}</code>
                {token.large ? (
                  <>
                    <br />
                    <Variables token={token} slot="large" />
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The Introduction's theming table: every public variable, its role and defaults, from
 * `styles.css` (a static table: no computed values).
 */
export function TokenTable() {
  return (
    <table className="sb-token-table">
      <thead>
        <tr>
          <th scope="col">Variable</th>
          <th scope="col">Role</th>
          <th scope="col">Default</th>
          <th scope="col">Dark / large text</th>
        </tr>
      </thead>
      <tbody>
        {TOKENS.map((token) => {
          const other = token.dark ?? token.large;
          return (
            <tr key={token.name}>
              <td>
                <code>{token.base.variable}</code>
              </td>
              <td>{TOKEN_ROLES[token.name] ?? '?'}</td>
              <td>
                {token.colour ? <Swatch colour={token.base.fallback} /> : null}{' '}
                <code>{token.base.fallback}</code>
              </td>
              <td>
                {other ? (
                  <>
                    {token.colour ? <Swatch colour={other.fallback} /> : null}{' '}
                    <code>{other.variable}</code> <code>{other.fallback}</code>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
