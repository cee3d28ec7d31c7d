import type { AstroIntegration } from 'astro';
import { remarkNewsroomRestore } from 'remark-newsroom';
import { withOptions } from 'remark-newsroom/options';
import type { MdastPluginDefinition } from 'satteri';
import { createReporter, type StrictReporter, setComponentReporter } from './diagnostics.js';
import { fingerprint, restartNotice, runStamp } from './fingerprint.js';
import { markdownSettings } from './markdown-settings.js';
import { type NewsroomOptions, parseOptions, resolveBlockOptions } from './options.js';
import { resolveOverrides } from './overrides.js';
import { assetPath, pageAssets } from './page-assets.js';
import { addUnifiedPlugins, type MarkdownConfig } from './processor.js';
import { satteriHastPlugin, satteriMdastPlugin, satteriRestorePlugin } from './satteri.js';
import { turnOffSmartPunctuation } from './smart-punctuation.js';
import { unifiedPlugins } from './unified.js';
import { virtualConfigPlugin, virtualRenderersPlugin } from './virtual-config.js';

export type { NewsroomOptions, Publisher } from './options.js';

/**
 * The Astro integration. Registers the block engine natively on whichever
 * Markdown processor the site uses (Sätteri or unified, `.md` and `.mdx`),
 * never replacing it.
 */
export default function newsroom(userOptions: NewsroomOptions = {}): AstroIntegration {
  const options = parseOptions(userOptions, newsroom);
  let reporter: StrictReporter | undefined;
  return {
    name: 'astro-newsroom',
    hooks: {
      'astro:build:done': () => {
        // Strict: every problem of every file has been printed; now the build fails, once.
        const summary = reporter?.summary();
        if (summary) throw summary;
      },
      'astro:config:setup': ({ config, updateConfig, logger, injectRoute, command, isRestart }) => {
        assertRunsBeforeRestoration(config.integrations);
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        // Resolved once: both processors and the virtual module get this value.
        const settings = resolveBlockOptions(options, base);
        reporter = createReporter(logger, config.root, options.strict, command === 'dev' ? 'dev' : 'build');
        const { report } = reporter;
        setComponentReporter(report, logger);
        const assets = pageAssets(base, options.styles);
        const overrides = resolveOverrides(options.components, config.root);
        // Where Astro's content cache looks: a changed option or version re-renders cached entries.
        const stamp = fingerprint({ options, base, ...runStamp(options.strict) });
        if (command === 'dev') {
          const notice = restartNotice(config.root, config.srcDir, stamp, isRestart);
          if (notice) logger.warn(notice);
        }

        const markdown = config.markdown as unknown as MarkdownConfig;
        if (options.typography) turnOffSmartPunctuation(markdown);
        const { processor } = markdown;
        let restoring: RestoringPlugins | undefined;
        if (processor?.name === 'satteri') {
          processor.options.features ??= {};
          processor.options.features.directive = true;
          // Directives that are not ours are left for other plugins (Starlight's
          // asides); the restoration integration gives back what nobody claimed.
          const plugin = (unknownDirectives: 'keep' | 'restore') => ({
            ...satteriMdastPlugin(withOptions(settings, { unknownDirectives }), report, overrides),
            fingerprint: stamp,
          });
          const keeping = plugin('keep');
          processor.options.mdastPlugins?.push(keeping);
          restoring = { keeping, restoringItself: () => plugin('restore') };
          processor.options.hastPlugins?.push(satteriHastPlugin(assets));
        } else if (processor && processor.name !== 'unified') {
          logger.warn(
            `markdown.processor "${processor.name}" is not supported: newsroom blocks will not render in Markdown. Use satteri() or unified().`,
          );
        } else {
          const plugins = unifiedPlugins(settings, report, assets, overrides, stamp);
          addUnifiedPlugins(markdown, plugins.remarkPlugins, plugins.rehypePlugins);
        }

        // Directives nobody claimed are restored by a plugin that runs after every
        // other integration's (as Starlight does), so `:::note` beside our blocks still works.
        updateConfig({ integrations: [restorationIntegration(restoring)] });

        injectRoute({
          pattern: `${assetPath}[file]`,
          entrypoint: new URL('./routes/asset.js', import.meta.url),
          prerender: true,
        });
        const componentConfig = {
          remark: settings,
          publisher: options.publisher,
          assets,
          consent: options.consent,
          // Read when the module loads: integrations after ours may still change the Markdown config.
          get markdown() {
            return markdownSettings(markdown as never, config.image as never, config.adapter?.name);
          },
        };
        updateConfig({
          vite: {
            plugins: [
              virtualConfigPlugin(componentConfig),
              virtualRenderersPlugin(() => componentConfig.markdown.onDemand),
            ],
            // `astro-newsroom/on-demand` imports the virtual module: it must go through Vite on the server too.
            // Sätteri loads a native addon at run time: it stays a package the server imports (a site rendering
            // on demand with Sätteri lists `satteri` in its dependencies).
            ssr: { noExternal: ['astro-newsroom'], external: ['satteri'] },
          },
        });
      },
    },
  };
}

/** Our Sätteri plugin as registered, and the same plugin restoring unclaimed directives itself. */
interface RestoringPlugins {
  keeping: MdastPluginDefinition;
  restoringItself: () => MdastPluginDefinition;
}

/**
 * Registers the restoration plugins last: integrations added during setup run
 * after the user's. On Sätteri, when no plugin follows ours, nothing else can
 * claim a directive: our own pass restores them, which saves Sätteri a second
 * plugin pass over every document (over a quarter of our cost there).
 */
function restorationIntegration(restoring: RestoringPlugins | undefined): AstroIntegration {
  return {
    name: 'astro-newsroom-restoration',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const markdown = config.markdown as unknown as MarkdownConfig;
        if (markdown.processor?.name === 'satteri') {
          const plugins = markdown.processor.options.mdastPlugins;
          if (restoring && plugins?.at(-1) === restoring.keeping)
            plugins[plugins.length - 1] = restoring.restoringItself();
          else plugins?.push(satteriRestorePlugin());
        } else if (!markdown.processor || markdown.processor.name === 'unified')
          addUnifiedPlugins(markdown, [remarkNewsroomRestore], []);
      },
    },
  };
}

/**
 * Starlight inserts its own directive restoration right after itself, so an
 * integration listed after Starlight would only ever see our directives as
 * text. Fail early, and say which order works.
 */
function assertRunsBeforeRestoration(integrations: { name: string }[]): void {
  const ours = integrations.findIndex((integration) => integration.name === 'astro-newsroom');
  const restoring = integrations.findIndex((integration) => integration.name === 'starlight-directives-restoration');
  if (restoring !== -1 && ours > restoring) {
    throw new Error(
      'astro-newsroom: list newsroom() before starlight() in `integrations`, e.g. `integrations: [newsroom(), starlight({ … })]`. ' +
        'Starlight restores every directive it does not know as plain text, so after it our blocks would never render.',
    );
  }
}
