// Folder-level import cycles (run by `npm run lint`): a folder that imports from another which imports it
// back is one job split in two, or two jobs tangled; either way the layout stops telling where things live.
// Checked at folder level, the level at which the layout is read.
/* global module */ // CommonJS: dependency-cruiser loads its config with require
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
    {
      name: 'renderer-shell-on-top',
      comment: 'renderer/src/app is the shell: it imports the screens, nothing imports it (what several screens use lives in renderer/src/ui-shared).',
      severity: 'error',
      from: { path: '^renderer/src/', pathNot: '^renderer/src/(app/|main\\.tsx$)' },
      to: { path: '^renderer/src/app/' },
    },
    {
      name: 'renderer-shared-below-screens',
      comment: 'renderer/src/ui-shared is used by several screens and imports none of them.',
      severity: 'error',
      from: { path: '^renderer/src/ui-shared/' },
      to: { path: '^renderer/src/(app|features|phone)/' },
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
