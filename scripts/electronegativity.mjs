// `npm run lint:electron`: Electronegativity (Doyensec) over the Electron shell and the page it
// loads, failing on any HIGH or MEDIUM finding that is not a reviewed false positive listed,
// with its reason, in electronegativity-reviewed.json. Runs offline: the Electron version is
// given, so only its (failing, harmless) release lookup needs the network.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const electronVersion = JSON.parse(
  await readFile(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;
const reviewed = JSON.parse(
  await readFile(path.join(import.meta.dirname, 'electronegativity-reviewed.json'), 'utf8'),
);

/** Rows of Electronegativity's CSV (quoted fields may hold commas and doubled quotes). */
function parseCsv(text) {
  const rows = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue;
    const fields = [];
    for (const match of line.matchAll(/\s*("((?:[^"]|"")*)"|[^,]*)\s*(,|$)/g)) {
      fields.push(match[2] !== undefined ? match[2].replaceAll('""', '"') : match[1].trim());
      if (match[3] === '') break;
    }
    const [check, severity, confidence, file, location, sample] = fields;
    rows.push({ check, severity, confidence, file, location, sample });
  }
  return rows;
}

// What ships: the main-process sources (not tests) and the renderer's page, with its CSP.
const work = await mkdtemp(path.join(os.tmpdir(), 'gloss-electronegativity-'));
try {
  await cp(path.join(root, 'electron'), path.join(work, 'electron'), {
    recursive: true,
    filter: (source) => !source.endsWith('.test.ts'),
  });
  await cp(path.join(root, 'renderer', 'index.html'), path.join(work, 'renderer', 'index.html'));
  const report = path.join(work, 'report.csv');
  execFileSync(process.execPath, [cli, '-i', work, '-r', '-e', electronVersion, '-o', report], {
    stdio: 'pipe',
  });
  const findings = parseCsv(await readFile(report, 'utf8')).filter((finding) =>
    ['HIGH', 'MEDIUM'].includes(finding.severity),
  );
  const isReviewed = (finding) =>
    reviewed.some(
      (entry) =>
        entry.check === finding.check &&
        entry.file === finding.file &&
        (!entry.sample || finding.sample.includes(entry.sample)),
    );
  const open = findings.filter((finding) => !isReviewed(finding));
  const stale = reviewed.filter(
    (entry) => !findings.some((finding) => entry.check === finding.check && entry.file === finding.file),
  );
  for (const finding of open) {
    console.error(
      `${finding.severity} ${finding.check} ${finding.file}:${finding.location} ${finding.sample}`,
    );
  }
  for (const entry of stale)
    console.error(`Reviewed entry no longer found (remove it): ${entry.check} ${entry.file}`);
  console.log(
    `Electronegativity (Electron ${electronVersion}): ${findings.length} HIGH/MEDIUM finding(s), ` +
      `${findings.length - open.length} reviewed false positive(s), ${open.length} open.`,
  );
  if (open.length > 0 || stale.length > 0) process.exitCode = 1;
} finally {
  await rm(work, { recursive: true, force: true });
}
