// Loaded with --import into a measured child: reports its peak memory on exit.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.NEWSROOM_RSS_FILE)
    writeFileSync(process.env.NEWSROOM_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
