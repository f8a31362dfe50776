// Opened as a file, the built page cannot load its module scripts or its data (browsers block both
// on file://): say what to do instead of showing a blank page. A snapshot file carries its data and
// runs, so it gets no notice.
// A classic script in its own file, not inline and not a module: browsers run classic scripts from
// file://, and the page's Content-Security-Policy forbids inline scripts. Styles are set through the
// CSSOM, which the policy allows, rather than through a style attribute, which it blocks.
(() => {
  if (location.protocol !== "file:" || document.getElementById("entangle-snapshot")) return;
  const el = (tag, text, ...children) => {
    const node = document.createElement(tag);
    if (text) node.textContent = text;
    for (const child of children) node.append(child);
    return node;
  };
  const code = (text) => el("code", text);
  const item = (...parts) => el("li", "", ...parts);
  const main = el(
    "main",
    "",
    el("h1", "Entangle needs a web server"),
    el("p", "This page was opened from the file system, where browsers block the scripts and data it loads. Either:"),
    el(
      "ul",
      "",
      item("in the project folder, run ", code("npm start"), " and open the address it prints;"),
      item("serve this folder with any static web server, e.g. ", code("python3 -m http.server"), " here, then open ", code("http://localhost:8000/"), ";"),
      item("or make a single file that opens anywhere: ", code("npm run snapshot -- --out entangle.html"), ", or “Share as a file” in the running app."),
    ),
  );
  Object.assign(main.style, { maxWidth: "40rem", margin: "3rem auto", font: "16px/1.5 system-ui, sans-serif", padding: "0 1rem" });
  const root = document.getElementById("root");
  root.replaceChildren(main);
})();
