import satteriNewsroom from 'remark-newsroom/satteri';
import { markdownToHtml } from 'satteri';

const markdown = ':::summary\n- Putin ist in Nordkorea eingetroffen.\n:::';

const result = await markdownToHtml(markdown, {
  features: { directive: true },
  mdastPlugins: [satteriNewsroom({ locale: 'de-CH', typography: true })],
});
console.log(result.html); // the same HTML as the unified pipeline
console.log(result.data.newsroom.summary); // the record; result.data.newsroomDiagnostics: the diagnostics
