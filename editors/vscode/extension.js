// The VS Code client of planls, the plan language server: it starts the
// server (plan.server.path, "planls" on PATH by default) over standard
// input and output for the files of language "plan", and leaves the rest
// (diagnostics, outline, definitions, references, hover, completion,
// formatting, quick fixes) to the server.  Colours come from the TextMate
// grammar in syntaxes/, which needs no server.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
	const config = vscode.workspace.getConfiguration('plan');
	const command = config.get('server.path', 'planls');
	const args = config.get('server.args', []);
	const server = { command, args, transport: TransportKind.stdio };
	client = new LanguageClient('plan', 'Plan language server',
		{ run: server, debug: server },
		{ documentSelector: [{ scheme: 'file', language: 'plan' }, { scheme: 'untitled', language: 'plan' }] });
	context.subscriptions.push(client);
	client.start().catch((err) => {
		vscode.window.showErrorMessage(`Plan: cannot start ${command}: ${err.message}`);
	});
}

function deactivate() {
	return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
