// Entity accuracy side by side on CoNLL-2003 eng.testa and eng.testb: factlight (its
// eval_ner example), spaCy's small English model and compromise, on the same documents,
// scored the same way (exact span and label, conlleval's micro P/R/F1).
//
// node bench/ner_peers.mjs      (./x eval-ner installs what it needs and runs this)
//
// Peers see each document as running text: sentences on their own lines, tokens joined by
// spaces. A predicted entity counts only when it starts and ends on CoNLL token edges
// with the gold label. Labels mapped: spaCy PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC,
// NORP/EVENT/WORK_OF_ART/LAW/LANGUAGE/PRODUCT->MISC (others dropped); compromise
// people()->PER, organizations()->ORG, places()->LOC (it has no MISC).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, '../shared/data/conll2003');
const PYTHON = join(ROOT, 'target/bench-venv/bin/python');
const LABELS = ['PER', 'ORG', 'LOC', 'MISC'];
const SPACY = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC', NORP: 'MISC', EVENT: 'MISC', WORK_OF_ART: 'MISC', LAW: 'MISC', LANGUAGE: 'MISC', PRODUCT: 'MISC' };

if (!existsSync(DATA)) {
  console.log(`ner_peers: ${DATA} is absent; nothing to evaluate`);
  process.exit(0);
}

/** Documents of a CoNLL file: text, token char offsets, gold chunks [start, end, label]. */
function documents(file) {
  const docs = [];
  let doc = null;
  let sentence = [];
  const flush = () => {
    if (!sentence.length) return;
    doc ??= { parts: [], starts: [], ends: [], gold: [], tags: [] };
    let at = doc.parts.join('').length;
    if (doc.parts.length) { doc.parts.push('\n'); at += 1; }
    sentence.forEach(([word, tag], i) => {
      if (i) { doc.parts.push(' '); at += 1; }
      doc.starts.push(at);
      doc.ends.push(at + word.length);
      doc.tags.push(tag);
      doc.parts.push(word);
      at += word.length;
    });
    doc.tags.push('O'); // a sentence boundary ends any chunk
    doc.starts.push(-1);
    doc.ends.push(-1);
    sentence = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.split(' ');
    if (cols[0] === '-DOCSTART-') { flush(); if (doc) docs.push(doc); doc = null; continue; }
    if (!line.trim()) { flush(); continue; }
    sentence.push([cols[0], cols[3]]);
  }
  flush();
  if (doc) docs.push(doc);
  for (const d of docs) {
    d.text = d.parts.join('');
    // IOB1 chunks: I-X continues X, B-X or a change of label starts a new one.
    let open = null;
    d.tags.forEach((tag, i) => {
      const [bio, label] = tag === 'O' ? ['O', null] : tag.split('-');
      if (open && (bio !== 'I' || label !== open.label)) { d.gold.push([open.start, i, open.label]); open = null; }
      if (bio !== 'O' && !open) open = { start: i, label };
    });
  }
  return docs;
}

/** conlleval counts for predicted [charStart, charEnd, label] against a document's gold. */
function score(counts, doc, predicted) {
  const tokenAt = new Map(doc.starts.map((s, i) => [s, i]));
  const tokenEnd = new Map(doc.ends.map((e, i) => [e, i + 1]));
  const gold = new Set(doc.gold.map(([s, e, l]) => `${s}:${e}:${l}`));
  const seen = new Set();
  for (const [s, e, l] of predicted) {
    const key = `${tokenAt.get(s) ?? 'x'}:${tokenEnd.get(e) ?? 'y'}:${l}`;
    if (seen.has(key)) continue;
    seen.add(key);
    counts[l].found += 1;
    if (gold.has(key)) counts[l].correct += 1;
  }
  for (const [, , l] of doc.gold) counts[l].gold += 1;
}

function table(name, counts) {
  const pct = (a, b) => (b ? (100 * a) / b : 0);
  const row = (label, c) => {
    const p = pct(c.correct, c.found), r = pct(c.correct, c.gold);
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    return `| ${label} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${f.toFixed(2)} | ${c.gold} | ${c.found} |`;
  };
  const all = LABELS.reduce((t, l) => ({ gold: t.gold + counts[l].gold, found: t.found + counts[l].found, correct: t.correct + counts[l].correct }), { gold: 0, found: 0, correct: 0 });
  return [`${name}`, '', '| label | precision | recall | F1 | gold | found |', '| --- | ---: | ---: | ---: | ---: | ---: |', row('overall', all), ...LABELS.map((l) => row(l, counts[l])), ''].join('\n');
}

const fresh = () => Object.fromEntries(LABELS.map((l) => [l, { gold: 0, found: 0, correct: 0 }]));
const nlp = (await import(join(ROOT, 'bench/node_modules/compromise/src/three.js'))).default;

const factlight = spawnSync('cargo', ['run', '--quiet', '--release', '--example', 'eval_ner'], { cwd: ROOT, encoding: 'utf8' });
if (factlight.status !== 0) throw new Error(`eval_ner failed:\n${factlight.stderr}`);
console.log('## factlight (cargo run --release --example eval_ner)\n');
console.log(factlight.stdout);

for (const file of ['eng.testa', 'eng.testb']) {
  const docs = documents(join(DATA, file));
  const spacy = spawnSync(PYTHON, [join(ROOT, 'bench/ner_peers_spacy.py')], { input: JSON.stringify(docs.map((d) => d.text)), encoding: 'utf8', maxBuffer: 256 << 20 });
  if (spacy.status !== 0) throw new Error(`spaCy failed:\n${spacy.stderr}`);
  const spacyOut = JSON.parse(spacy.stdout);
  const sc = fresh();
  docs.forEach((d, i) => score(sc, d, spacyOut[i].filter(([, , l]) => SPACY[l]).map(([s, e, l]) => [s, e, SPACY[l]])));
  console.log(table(`## spaCy en_core_web_sm on ${file}`, sc));
  const cc = fresh();
  for (const d of docs) {
    const doc = nlp(d.text);
    const spans = [];
    for (const [method, label] of [['people', 'PER'], ['organizations', 'ORG'], ['places', 'LOC']]) {
      for (const m of doc[method]().json({ offset: true })) {
        const terms = m.terms ?? [];
        if (!terms.length) continue;
        const first = terms[0].offset, last = terms[terms.length - 1].offset;
        spans.push([first.start, last.start + last.length, label]);
      }
    }
    score(cc, d, spans);
  }
  console.log(table(`## compromise on ${file}`, cc));
}
