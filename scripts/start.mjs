// `npm start`: the panel with its in-browser mock backend on http://localhost:5173, and how to log in.
import { spawn } from 'node:child_process';
import { personaTable, readPersonas } from './personas.mjs';

const url = 'http://localhost:5173';
const help = [
  '',
  `IoT Access Panel (demo backend in the browser): ${url}`,
  '',
  'Sign in on the login page with "Sign in as", or paste one of these keys:',
  '',
  personaTable(readPersonas()),
  '',
  `Access link (signs in directly): ${url}/login?token=<key>`,
  'Stop with Ctrl+C.',
  '',
].join('\n');

const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', '5173', '--strictPort'], {
  stdio: ['inherit', 'pipe', 'inherit'],
});
let shown = false;
vite.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (!shown && String(chunk).includes('5173')) {
    shown = true;
    console.log(help);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => vite.kill(signal));
vite.on('exit', (code) => process.exit(code ?? 0));
