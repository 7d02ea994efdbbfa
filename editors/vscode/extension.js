// Starts `karta lsp` for .plan files. Install: see docs/editors.md (npm install, then copy or link
// this folder into ~/.vscode/extensions/karta).
const { workspace } = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

exports.activate = function activate() {
  const settings = workspace.getConfiguration("karta");
  const server = {
    command: settings.get("path", "karta"),
    args: ["lsp", "--debounce", String(settings.get("debounce", 250))],
  };
  client = new LanguageClient("karta", "Karta", server, {
    documentSelector: [
      { scheme: "file", language: "karta-plan" },
      { scheme: "untitled", language: "karta-plan" },
    ],
    // Included files edited outside the editor are read again.
    synchronize: { fileEvents: workspace.createFileSystemWatcher("**/*.plan") },
  });
  return client.start();
};

exports.deactivate = function deactivate() {
  return client ? client.stop() : undefined;
};
