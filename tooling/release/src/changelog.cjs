// How `changeset version` writes a changelog entry (.changeset/config.json: "changelog"), for the teams that depend
// on the package: each changeset's text as its author wrote it, without commit ids (they lead nowhere outside this
// repository), and the packages this version moves to named once, a major among them pointed out.

/** One entry: the changeset's text, its later lines indented under the first. */
async function getReleaseLine(changeset) {
  const [first, ...rest] = changeset.summary
    .trim()
    .split('\n')
    .map((line) => line.trimEnd());
  return [`- ${first}`, ...rest.map((line) => (line ? `  ${line}` : ''))].join('\n');
}

/** One line naming the workspace packages this version now depends on. */
async function getDependencyReleaseLine(_changesets, dependencies) {
  if (dependencies.length === 0) return '';
  const named = dependencies.map(
    (d) => `\`${d.name}@${d.newVersion}\`${d.type === 'major' ? ' (a major: read its changelog)' : ''}`,
  );
  return `- Depends on ${named.join(', ')}.`;
}

module.exports = { getReleaseLine, getDependencyReleaseLine };
