// The layer rule, tested as VS Code tests its lint rules: ESLint's RuleTester, with files
// named by where they would sit in the project (the rule resolves imports against real files).
import path from 'node:path';
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import layers from './layers.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = path.resolve(import.meta.dirname, '..');
const at = (file) => path.join(root, file);
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

/** `code` in `file` is allowed. */
const ok = (file, code) => ({ filename: at(file), code });
/** `code` in `file` is refused with a message matching `message`. */
const refused = (file, code, message) => ({ filename: at(file), code, errors: [{ message }] });

tester.run('gloss/layers', layers.rules.layers, {
  valid: [
    // Core: each layer imports those below it.
    ok('electron/core/export/x.ts', "import { stripHtml } from '../import/html-text';"),
    ok('electron/core/export/x.ts', "import { neutralizeBidi } from '../text/bidi';"),
    ok('electron/core/export/x.ts', "import { GlossError } from '../errors';"),
    ok('electron/core/storage/x.ts', "import { GlossError } from '../errors';"),
    ok('electron/core/library/x.ts', "import { openStore } from '../storage/open-store';"),
    ok('electron/core/library/x.ts', "import { anchor } from '../anchoring';"),
    ok('electron/core/library.ts', "import { articleMethods } from './library/articles-service';"),
    ok('electron/core/rpc/x.ts', "import { TAG_COLORS } from '../library/tags';"),
    ok('electron/core/rpc/x.ts', "import { MAX_IMPORT_BYTES } from '../import';"),
    // A test of a lower layer may set up the whole core.
    ok('electron/core/search/x.test.ts', "import { createLibrary } from '../library';"),
    // Every layer may import the contract's value lists; the renderer only those as values.
    ok('electron/core/anchoring/x.ts', "import { HIGHLIGHT_COLORS } from '../../contract/values';"),
    ok('renderer/src/x.ts', "import { TAG_COLORS } from '../../electron/contract/values';"),
    ok('renderer/src/x.ts', "import type { Api } from '../../electron/contract/api';"),
    // The wire's codecs run on both sides; they read the contract's types only.
    ok(
      'renderer/src/x.ts',
      "import { decodeMentions } from '../../electron/contract/codec/mention-columns';",
    ),
    ok(
      'electron/core/library/x.ts',
      "import { encodeMentions } from '../../contract/codec/mention-columns';",
    ),
    ok('electron/contract/codec/x.ts', "import type { Entity } from '../model';"),
    ok('electron/contract/codec/x.test.ts', "import { expect } from 'vitest';"),
    ok('electron/serve.ts', "import { createLibrary } from './core/library';"),
  ],
  invalid: [
    refused(
      'electron/contract/codec/x.ts',
      "import { expect } from 'vitest';",
      /'contract-codec' must not import package 'vitest'/,
    ),
    refused(
      'electron/contract/codec/x.ts',
      "import { toApiError } from '../../core/errors';",
      /'contract-codec' must not import from 'core-domain'/,
    ),
    refused(
      'electron/core/search/x.ts',
      "import { hasTag } from '../library/tags';",
      /'core-domain' must not import from 'core-library'/,
    ),
    refused(
      'electron/core/search/x.ts',
      "import type { Store } from '../storage/store';",
      /'core-domain' must not import from 'core-storage'/,
    ),
    refused(
      'electron/core/anchoring/x.ts',
      "import { createDispatch } from '../rpc/dispatch';",
      /'core-domain' must not import from 'core-rpc'/,
    ),
    refused(
      'electron/core/storage/x.ts',
      "import { toHighlight } from '../library/highlights-service';",
      /'core-storage' must not import from 'core-library'/,
    ),
    refused(
      'electron/core/storage/x.ts',
      "import { paramSchemas } from '../rpc/schemas';",
      /'core-storage' must not import from 'core-rpc'/,
    ),
    refused(
      'electron/core/library/x.ts',
      "import { paramSchemas } from '../rpc/schemas';",
      /'core-library' must not import from 'core-rpc'/,
    ),
    refused(
      'electron/core/library/x.ts',
      "import { BrowserWindow } from 'electron';",
      /'core-library' must not import 'electron'/,
    ),
    // The renderer: values from contract/values.ts only; any other contract file is types only.
    refused(
      'renderer/src/x.ts',
      "import { GlossError } from '../../electron/contract/errors';",
      /'renderer' may import only types from 'contract'/,
    ),
    refused(
      'renderer/src/x.ts',
      "import { createLibrary } from '../../electron/core/library';",
      /'renderer' must not import from 'core-library'/,
    ),
    refused(
      'electron/core/library/x.ts',
      "import { serveStatic } from '../../host/static-files';",
      /'core-library' must not import from 'host'/,
    ),
  ],
});
