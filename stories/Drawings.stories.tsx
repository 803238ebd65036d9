import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { CARD_TIPS, FACE_TIPS, type Tip } from '../src/core/catalogue';
import { GLYPHS } from '../src/react/glyphs';
import { glyph, useTipGlyphs } from '../src/react/icons';
import { translatorFor } from './support/locales';
import './support/sheet.css';

/** The sizes a drawing is reviewed at: the components' own (24 px at 16 px text), and larger. */
const SIZES = [24, 32, 48] as const;
/** The languages beside each drawing: does the drawing say what the tip says? */
const LANGUAGES = ['en', 'zh-CN'] as const;

function DrawingRows({ tips }: { tips: readonly Tip[] }) {
  const glyphs = useTipGlyphs();
  return tips.map((tip) => (
    <tr key={tip} data-tip={tip}>
      <th scope="row">
        <code>{tip}</code>
      </th>
      {SIZES.map((size) => (
        // The library's own drawing (1.5em square), at 24, 32 and 48 px.
        <td key={size} className="sb-drawing" style={{ fontSize: `${size / 1.5}px` }}>
          {glyph(glyphs?.[tip])}
        </td>
      ))}
      {LANGUAGES.map((lng) => (
        <td key={lng} lang={lng}>
          {translatorFor(lng)(`tips.${tip}`)}
        </td>
      ))}
    </tr>
  ));
}

/** Every tip's drawing at 24, 32 and 48 px beside its text in English and Chinese. */
function DrawingSheet() {
  return (
    <div className="sb-sheet sb-drawings">
      <h1>Tip drawings</h1>
      <p className="sb-lead">
        Each drawing must say its tip at 24 px, the size the components show it at: bold 2 px
        strokes on a 24 × 24 grid, a slash over what to take away or avoid.
      </p>
      {[
        { title: 'Face verification', tips: FACE_TIPS },
        { title: 'Photographing a card', tips: CARD_TIPS },
      ].map(({ title, tips }) => (
        <table key={title}>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Tip</th>
              {SIZES.map((size) => (
                <th key={size} scope="col">
                  {size} px
                </th>
              ))}
              {LANGUAGES.map((lng) => (
                <th key={lng} scope="col">
                  {lng}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <DrawingRows tips={tips} />
          </tbody>
        </table>
      ))}
    </div>
  );
}

/**
 * The designers' review sheet of the tip drawings (`src/react/glyphs.ts`): every tip of the
 * catalogue, its drawing at three sizes, and what the tip says.
 */
const meta = {
  title: 'Drawings',
  component: DrawingSheet,
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta<typeof DrawingSheet>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every tip's drawing at 24, 32 and 48 px, each inside its 24 × 24 grid, beside its texts. */
export const EveryTip: Story = {
  play: async ({ canvasElement }) => {
    const tips: readonly Tip[] = [...FACE_TIPS, ...CARD_TIPS];
    await expect(canvasElement.querySelectorAll('tr[data-tip]')).toHaveLength(tips.length);
    // The drawings are a chunk of their own: they fill in once it has loaded.
    await waitFor(() =>
      expect(canvasElement.querySelectorAll('.sb-drawing path[d]')).toHaveLength(
        tips.length * SIZES.length,
      ),
    );
    for (const tip of tips) {
      const row = canvasElement.querySelector(`tr[data-tip="${tip}"]`) as HTMLElement;
      const svgs = Array.from(row.querySelectorAll('svg'));
      await expect(svgs.map((svg) => svg.getBoundingClientRect().width)).toEqual([...SIZES]);
      for (const svg of svgs) {
        const path = svg.querySelector('path') as SVGPathElement;
        await expect(path.getAttribute('d')).toBe(GLYPHS[tip]);
        // Every stroke (2 px wide, half of it outside the path) stays inside the 24 × 24 box.
        const box = path.getBBox();
        await expect(Math.min(box.x, box.y), tip).toBeGreaterThanOrEqual(1);
        await expect(box.x + box.width, tip).toBeLessThanOrEqual(23);
        await expect(box.y + box.height, tip).toBeLessThanOrEqual(23);
      }
      const [en, zh] = Array.from(row.querySelectorAll('td[lang]'), (cell) => cell.textContent);
      await expect(en).toBe(translatorFor('en')(`tips.${tip}`));
      await expect(zh).toBe(translatorFor('zh-CN')(`tips.${tip}`));
    }
  },
};
