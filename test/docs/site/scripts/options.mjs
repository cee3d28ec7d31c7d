// Every option call the docs show is accepted as written (a wrong option throws),
// and the poll of the provider registered here renders.
import newsroom from 'astro-newsroom';
import rehypeStringify from 'rehype-stringify';
import remarkNewsroom from 'remark-newsroom';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

unified().use(remarkNewsroom, { locale: 'de-CH', typography: true });

newsroom({ locale: 'de-CH', publisher: { name: 'Beispiel', url: '/' } });

newsroom({ components: { quote: './src/components/MyQuote.astro' } });

const providers = {
  acme: {
    name: 'Acme Polls',
    company: 'Acme Ltd',
    embedUrl: 'https://embed.acme.example/p/{id}',
    pollUrl: 'https://acme.example/p/{id}',
    privacyUrl: 'https://acme.example/privacy',
    methodology: { en: 'Acme weights answers by region.' },
  },
};
newsroom({
  providers: {
    acme: {
      name: 'Acme Polls',
      company: 'Acme Ltd',
      embedUrl: 'https://embed.acme.example/p/{id}',
      pollUrl: 'https://acme.example/p/{id}',
      privacyUrl: 'https://acme.example/privacy',
      methodology: { en: 'Acme weights answers by region.' },
    },
  },
});

const poll = await unified()
  .use(remarkParse)
  .use(remarkNewsroom, { locale: 'en', providers })
  .use(remarkRehype)
  .use(rehypeStringify)
  .process(`
::poll{provider="acme" id="7" title="Your question?"}
`);
if (!String(poll).includes('data-nr="poll"') || poll.messages.length > 0) throw new Error(String(poll.messages));

console.log('options accepted');
