// The walls between the parts of the tree, kept by the linter. One rule, `walls/imports`, resolves each
// import (static, dynamic, re-export, type-only too) to a repository path or a package name and checks it
// against the walls below. Folder names are prefixes of repository paths; `pkg:x` is package x (or x/…).
import { dirname, relative, resolve, sep } from 'node:path';

/** Services: every file in src/main except the bootstrap, its Electron adapters, the hosts and the app root. */
const NOT_SERVICES = ['src/main/index.ts', 'src/main/electron/', 'src/main/host/', 'src/main/app/'];
const ELECTRON_ALLOWED = ['src/main/index.ts', 'src/main/electron/', 'src/preload/'];

export const WALLS = [
  {
    id: 'electron',
    in: ['src/'],
    except: ELECTRON_ALLOWED,
    forbid: ['pkg:electron'],
    message: '`electron` is imported only by src/main/index.ts, src/main/electron/* and src/preload',
  },
  {
    id: 'shared',
    in: ['src/shared/'],
    only: ['src/shared/', 'pkg:zod'],
    message: 'src/shared imports only itself and zod',
  },
  {
    id: 'renderer',
    in: ['src/renderer/'],
    forbid: ['src/main/'],
    message: 'the renderer never imports from src/main (the contract is in src/shared)',
  },
  {
    id: 'services',
    in: ['src/main/'],
    except: NOT_SERVICES,
    forbid: ['src/main/app/', 'src/main/index.ts', 'src/main/host/', 'src/main/electron/'],
    message:
      'services never import the app root (src/main/app, index.ts) or a host (src/main/host, src/main/electron)',
  },
  {
    id: 'sandbox',
    in: ['src/main/'],
    except: [...NOT_SERVICES, 'src/main/sandbox/'],
    forbid: ['src/main/sandbox/'],
    message: 'services never import the sandbox (only the app root starts it, in demo mode)',
  },
  {
    id: 'src-tests',
    in: ['src/'],
    forbid: ['test/', 'benchmarks/'],
    message: 'src never imports tests or benchmarks',
  },
  {
    id: 'benchmarks-tests',
    in: ['benchmarks/'],
    forbid: ['test/'],
    allow: ['test/support/'],
    message: 'benchmarks take from test/ only what is in test/support/',
  },
  {
    id: 'tests-benchmarks',
    in: ['test/'],
    forbid: ['benchmarks/'],
    message: 'tests never import benchmarks (share helpers through test/support/)',
  },
  {
    id: 'support',
    in: ['test/support/'],
    forbid: ['test/'],
    allow: ['test/support/'],
    message: 'test/support is shared with the benchmarks: it imports no other test folder',
  },
];

const bare = (path) => path.replace(/(\.d)?\.[cm]?[jt]sx?$/, '');

/**
 * Whether a repository path (a file, or an import as written: maybe without extension, maybe a folder's
 * index) or `pkg:name` falls under a prefix: a folder (`x/`), a file (`x/index.ts`) or a package.
 */
function covers(prefix, path) {
  if (prefix.startsWith('pkg:')) return path === prefix || path.startsWith(`${prefix}/`);
  if (prefix.endsWith('/')) return path.startsWith(prefix) || `${path}/` === prefix;
  const file = bare(prefix);
  return bare(path) === file || (file.endsWith('/index') && path === file.slice(0, -'/index'.length));
}

const under = (path, prefixes) => prefixes.some((prefix) => covers(prefix, path));

/** An import as a repository path (resolved from the importing file) or `pkg:name`. */
function target(source, file, root) {
  if (!source.startsWith('.')) return `pkg:${source}`;
  return relative(root, resolve(dirname(file), source))
    .split(sep)
    .join('/');
}

function breaches(wall, from, to) {
  if (!under(from, wall.in) || under(from, wall.except ?? [])) return false;
  if (wall.only) return !under(to, wall.only);
  return under(to, wall.forbid) && !under(to, wall.allow ?? []);
}

const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'imports stay inside the walls of eslint/walls.js' },
    schema: [
      {
        type: 'object',
        properties: { tolerated: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: { wall: '{{message}} ({{wall}}: {{from}} → {{to}})' },
  },
  create(context) {
    const root = context.cwd;
    const from = relative(root, context.filename).split(sep).join('/');
    const tolerated = new Set(context.options[0]?.tolerated ?? []);
    const check = (node) => {
      const source = node?.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const to = target(source.value, context.filename, root);
      for (const wall of WALLS) {
        if (!breaches(wall, from, to)) continue;
        const shown = to.startsWith('pkg:') ? to.slice(4) : to;
        if (tolerated.has(`${from} -> ${shown}`)) continue;
        context.report({
          node: source,
          messageId: 'wall',
          data: { message: wall.message, wall: wall.id, from, to: shown },
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
      TSImportType: (node) => check({ source: node.argument?.literal ?? node.argument }),
    };
  },
};

export default { rules: { imports: importsRule } };
