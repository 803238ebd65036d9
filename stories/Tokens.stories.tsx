import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { contrastRatio } from './support/contrast';
import { TokenSheet } from './support/TokenSheet';
import { TOKEN_PAIRS, TOKEN_ROLES, TOKENS } from './support/tokens';

/**
 * The design tokens: every `--faceid-*` colour's swatch in the light and dark palettes as this
 * page computes it, the contrast of every pair the components draw, and the sizes in normal and
 * large text. Read from `styles.css`: a token added there appears here, and its test asks for a
 * role and a pair.
 */
const meta = {
  title: 'Design/Tokens',
  component: TokenSheet,
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
  // A review sheet of tables: wider than a phone.
  globals: { viewport: { value: 'desktop', isRotated: false } },
} satisfies Meta<typeof TokenSheet>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Every colour token in both palettes, every text pair at 4.5:1 or more and every icon, stripe
 * and focus-ring pair at 3:1 or more, in both themes, recomputed here from the swatches drawn.
 */
export const Tokens: Story = {
  play: async ({ canvasElement }) => {
    const colours = TOKENS.filter((token) => token.colour);
    // The stylesheet declares the palette, and every colour has its dark value.
    await expect(colours.map((token) => token.name)).toEqual(
      expect.arrayContaining(['surface', 'text', 'muted', 'accent', 'on-accent', 'error']),
    );
    for (const token of TOKENS) {
      await expect(TOKEN_ROLES[token.name], `role of --faceid-${token.name}`).toBeTruthy();
      if (token.colour) await expect(token.dark, `--faceid-dark-${token.name}`).toBeDefined();
    }
    // Every colour is drawn in some pair: a new one has to say where, and its minimum.
    const paired = new Set(TOKEN_PAIRS.flatMap((pair) => [pair.foreground, pair.background]));
    await expect(colours.filter((token) => !paired.has(token.name)).map((t) => t.name)).toEqual([]);

    const cells = await waitFor(() => {
      const found = canvasElement.querySelectorAll<HTMLElement>('[data-pair] td[data-ratio]');
      if (found.length === 0 || found[0]?.dataset.ratio === '?') throw new Error('not read yet');
      return found;
    });
    await expect(cells).toHaveLength(TOKEN_PAIRS.length * 2);
    const below: string[] = [];
    for (const cell of cells) {
      const row = cell.closest('tr') as HTMLElement;
      const minimum = Number(row.dataset.minimum);
      const sample = cell.querySelector<HTMLElement>('[data-sample]') as HTMLElement;
      const bar = sample.querySelector<HTMLElement>('span');
      const style = getComputedStyle(sample);
      const foreground = bar ? getComputedStyle(bar).backgroundColor : style.color;
      const ratio = contrastRatio(foreground, style.backgroundColor);
      await expect(ratio, `${row.dataset.pair} (${cell.dataset.theme})`).not.toBeNaN();
      if (!(ratio >= minimum)) {
        below.push(`${row.dataset.pair} ${cell.dataset.theme}: ${ratio.toFixed(2)} < ${minimum}`);
      }
    }
    await expect(below).toEqual([]);
    // Light and dark differ for every colour: the dark palette is really read.
    for (const token of colours) {
      const row = canvasElement.querySelector(`[data-token-row="${token.name}"]`) as HTMLElement;
      const light = row.querySelector<HTMLElement>('[data-theme="light"]')?.dataset.value;
      const dark = row.querySelector<HTMLElement>('[data-theme="dark"]')?.dataset.value;
      await expect(light, token.name).toMatch(/^rgb/);
      await expect(dark, token.name).not.toBe(light);
    }
  },
};
