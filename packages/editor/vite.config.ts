import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const rulesDir = fileURLToPath(new URL("../../rules", import.meta.url));

export default defineConfig({
  server: {
    strictPort: true,
    fs: { allow: [repoRoot] },
  },
  plugins: [
    {
      // rules/ lies outside the editor's root, so Vite would not see rule files added later.
      name: "lovkode-watch-rules",
      configureServer(server) {
        server.watcher.add(rulesDir);
      },
    },
  ],
});
