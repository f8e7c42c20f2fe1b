// Lists the shipped rule files with their content until the real editor lands.
const rules = import.meta.glob<string>("../../../rules/**/*.lov", {
  query: "?raw",
  import: "default",
  eager: true,
});

const container = document.getElementById("rules");
if (!container) throw new Error("index.html has no #rules element");

const paths = Object.keys(rules).sort();
if (paths.length === 0) {
  container.textContent = "Ingen regelfiler ennå. / No rule files yet.";
}

for (const path of paths) {
  const section = document.createElement("section");
  const heading = document.createElement("h3");
  heading.textContent = path.replace(/^(\.\.\/)+/, "");
  const pre = document.createElement("pre");
  pre.textContent = rules[path] ?? "";
  section.append(heading, pre);
  container.append(section);
}
