// Folder-level import cycles (run by `npm run lint`): a folder that imports from another which imports it
// back is one job split in two, or two jobs tangled; either way the layout stops telling where things live.
// File-level cycles are eslint's import-x/no-cycle.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment: 'Folders in main/node and renderer/src import each other in one direction only.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(main/node|renderer/src)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|out|test|dist)/' },
    tsConfig: { fileName: 'main/tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
