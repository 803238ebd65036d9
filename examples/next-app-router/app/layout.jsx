import 'faceid-guidance/styles.css';

export const metadata = { title: 'faceid-guidance with the Next.js App Router' };

export default function RootLayout({ children }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
