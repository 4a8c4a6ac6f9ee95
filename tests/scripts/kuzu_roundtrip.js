// Your Cypher runs elsewhere: `newsgraph export --format csv` loaded into Kùzu
// (the npm package bench/ uses), and twenty news questions asked of both, the
// answers compared. Each question is written once per dialect where the two
// differ; the differences are listed in docs/QUERY.md ("Kùzu").
//
// usage: node kuzu_roundtrip.js NEWSGRAPH DB WORK_DIR [KUZU_MODULE]
//   NEWSGRAPH  the binary; DB a database (the samples ingested);
//   WORK_DIR   a scratch folder (emptied); KUZU_MODULE the kuzu package folder
//              (default: bench/peers/node_modules/kuzu beside this script).
// Prints one line per question and exits 1 if any answer differs.
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const [binary, db, work, kuzuModule] = process.argv.slice(2);
if (!work) {
  console.error("usage: node kuzu_roundtrip.js NEWSGRAPH DB WORK_DIR [KUZU_MODULE]");
  process.exit(2);
}
const kuzu = require(kuzuModule || path.join(__dirname, "..", "..", "bench", "peers", "node_modules", "kuzu"));

// Column types of the neo4j-admin header -> Kùzu's, and how a CSV field
// becomes one (LOAD FROM reads every field as a string).
const TYPES = {
  long: ["INT64", (c) => `CAST(${c} AS INT64)`],
  double: ["DOUBLE", (c) => `CAST(${c} AS DOUBLE)`],
  boolean: ["BOOLEAN", (c) => `CAST(${c} AS BOOLEAN)`],
  string: ["STRING", (c) => c],
  date: ["DATE", (c) => `date(${c})`],
  "string[]": ["STRING[]", (c) => `string_split(${c}, ';')`],
  "long[]": ["INT64[]", (c) => `CAST(string_split(${c}, ';') AS INT64[])`],
  "double[]": ["DOUBLE[]", (c) => `CAST(string_split(${c}, ';') AS DOUBLE[])`],
};

const quote = (name) => "`" + name.replace(/`/g, "``") + "`";

// The header of one export file: its property columns as {name, type}.
function header(file) {
  const first = fs.readFileSync(file, "utf8").split("\n", 1)[0];
  const fields = first.split(",");  // property names hold no comma here
  const fixed = fields[0] === ":ID" ? 2 : 3;  // :ID,:LABEL or :START_ID,:END_ID,:TYPE
  return fields.slice(fixed).map((f) => {
    const at = f.lastIndexOf(":");
    return { name: f.slice(0, at), type: f.slice(at + 1) };
  });
}

// "nodes_Actor.csv" / "rels_ABOUT_Statement_Actor.csv": label, or type and ends.
function load(conn, csvDir) {
  const files = fs.readdirSync(csvDir).sort();
  const statements = [];
  const tableOf = {};
  for (const f of files.filter((f) => f.startsWith("nodes_"))) {
    const table = f.slice(6, -4);
    const cols = header(path.join(csvDir, f));
    tableOf[table] = cols;
    statements.push(`CREATE NODE TABLE ${quote(table)}(nid INT64, ${cols
      .map((c) => `${quote(c.name)} ${TYPES[c.type][0]}`).join(", ")}${cols.length ? ", " : ""}PRIMARY KEY(nid))`);
  }
  // One relationship table per type, with every pair of ends it joins and
  // the union of its properties.
  const rels = {};
  for (const f of files.filter((f) => f.startsWith("rels_"))) {
    const [type, from, to] = f.slice(5, -4).match(/^(.*)_([^_]+)_([^_]+)$/).slice(1);
    const r = (rels[type] = rels[type] || { pairs: [], cols: new Map() });
    r.pairs.push({ file: f, from, to, cols: header(path.join(csvDir, f)) });
    for (const c of r.pairs.at(-1).cols) r.cols.set(c.name, c.type);
  }
  for (const [type, r] of Object.entries(rels)) {
    const props = [...r.cols].map(([n, t]) => `, ${quote(n)} ${TYPES[t][0]}`).join("");
    statements.push(`CREATE REL TABLE ${quote(type)}(${r.pairs.map((p) => `FROM ${quote(p.from)} TO ${quote(p.to)}`).join(", ")}${props})`);
  }
  const copies = [];
  for (const f of files.filter((f) => f.startsWith("nodes_"))) {
    const table = f.slice(6, -4);
    const cols = tableOf[table];
    const withHeaders = ["_id STRING", "_labels STRING", ...cols.map((c) => `${quote(c.name)} STRING`)].join(", ");
    const ret = ["CAST(_id AS INT64)", ...cols.map((c) => TYPES[c.type][1](quote(c.name)))].join(", ");
    copies.push(`COPY ${quote(table)} FROM (LOAD WITH HEADERS (${withHeaders}) FROM '${path.join(csvDir, f)}' ` +
                `(header=true, parallel=false) RETURN ${ret})`);
  }
  for (const [type, r] of Object.entries(rels))
    for (const p of r.pairs) {
      const withHeaders = ["_s STRING", "_e STRING", "_t STRING", ...p.cols.map((c) => `${quote(c.name)} STRING`)].join(", ");
      const have = new Set(p.cols.map((c) => c.name));
      const ret = ["CAST(_s AS INT64)", "CAST(_e AS INT64)",
                   ...[...r.cols].map(([n, t]) => have.has(n) ? TYPES[t][1](quote(n)) : `CAST(NULL AS ${TYPES[t][0]})`)];
      copies.push(`COPY ${quote(type)} FROM (LOAD WITH HEADERS (${withHeaders}) FROM '${path.join(csvDir, p.file)}' ` +
                  `(header=true, parallel=false) RETURN ${ret.join(", ")})` +
                  (r.pairs.length > 1 ? ` (from='${p.from}', to='${p.to}')` : ""));
    }
  return [...statements, ...copies];
}

// The twenty questions: [title, newsgraph Cypher, Kùzu Cypher (when it differs)].
const QUESTIONS = [
  ["who speaks most", "MATCH (a:Actor)-[:SAID]->(s:Statement) RETURN a.name AS speaker, count(s) AS n ORDER BY n DESC, speaker LIMIT 10"],
  ["statements by kind", "MATCH (s:Statement) RETURN s.kind AS kind, count(*) AS n ORDER BY kind"],
  ["who said what about the United States",
   "MATCH (sp:Actor)-[:SAID]->(s:Statement)-[:ABOUT]->(:Actor {name: 'United States'}) RETURN sp.name AS speaker, s.text AS said ORDER BY speaker, said"],
  ["outlets and their statements",
   "MATCH (s:Statement)-[:REPORTED_IN]->(a:Article) RETURN a.outlet AS outlet, count(*) AS n ORDER BY outlet"],
  ["actors by kind", "MATCH (a:Actor) RETURN a.kind AS kind, count(*) AS n ORDER BY kind"],
  ["actors in more than one article",
   "MATCH (a:Actor)-[m:MENTIONED_IN]->(art:Article) WITH a, count(art) AS articles, sum(m.count) AS mentions WHERE articles > 1 RETURN a.name AS name, articles, mentions ORDER BY articles DESC, mentions DESC, name"],
  ["what Sudani said about the United States",
   "MATCH (a:Actor {name: 'Mohammed Shia al-Sudani'})-[:SAID]->(s:Statement)-[:ABOUT]->(:Actor {name: 'United States'}) RETURN s.kind AS kind, s.text AS said ORDER BY said"],
  ["direct quotations per speaker",
   "MATCH (a:Actor)-[:SAID]->(s:Statement) WHERE s.kind = 'direct' RETURN a.name AS speaker, count(*) AS quotes ORDER BY quotes DESC, speaker LIMIT 5"],
  ["speakers who are quoted and reported",
   "MATCH (a:Actor)-[:SAID]->(s:Statement) WITH a, collect(DISTINCT s.kind) AS kinds WHERE size(kinds) > 1 RETURN a.name AS speaker, size(kinds) AS n ORDER BY speaker"],
  ["events and participants",
   "MATCH (e:Event)<-[p:PARTICIPATED_IN]-(a:Actor) RETURN e.category AS category, a.name AS actor, p.role AS role ORDER BY category, actor, role"],
  ["events by category and mode",
   "MATCH (e:Event) RETURN e.category AS category, e.mode AS mode, count(*) AS n ORDER BY category, mode"],
  ["statements since 24 January",
   "MATCH (s:Statement) WHERE s.date >= date('2024-01-25') RETURN count(*) AS n",
   // A statement dated only to the month ("this month") keeps a string, so
   // the column is text in the export; newsgraph compares a date with a
   // string as null, Kùzu would cast the string and fail on "2024-01".
   "MATCH (s:Statement) WHERE size(s.date) = 10 AND date(s.date) >= date('2024-01-25') RETURN count(*) AS n"],
  ["articles by publication date",
   "MATCH (a:Article) WHERE a.published IS NOT NULL RETURN a.published AS day, count(*) AS n ORDER BY day"],
  ["who speaks about whom, pairs",
   "MATCH (a:Actor)-[:SAID]->(:Statement)-[:ABOUT]->(b:Actor) WHERE a <> b RETURN a.name AS speaker, b.name AS about, count(*) AS n ORDER BY n DESC, speaker, about LIMIT 10"],
  ["speakers not mentioned by CNN",
   "MATCH (a:Actor) WHERE EXISTS { MATCH (a)-[:SAID]->() } AND NOT EXISTS { MATCH (a)-[:MENTIONED_IN]->(:Article {outlet: 'CNN'}) } RETURN a.name AS name ORDER BY name",
   "MATCH (a:Actor) WHERE EXISTS { MATCH (a)-[:SAID]->(:Statement) } AND NOT EXISTS { MATCH (a)-[:MENTIONED_IN]->(:Article {outlet: 'CNN'}) } RETURN a.name AS name ORDER BY name"],
  ["Iraq in statements and events (UNION)",
   "MATCH (a:Actor {name: 'Iraq'})<-[:ABOUT]-(s:Statement) RETURN s.kind AS kind, 'statement' AS what UNION MATCH (e:Event)<-[:PARTICIPATED_IN]-(:Actor {name: 'Iraq'}) RETURN e.type AS kind, 'event' AS what"],
  ["a CASE over speakers' kinds",
   "MATCH (a:Actor)-[:SAID]->(:Statement) RETURN CASE WHEN a.kind = 'person' THEN 'named person' ELSE 'other' END AS who, count(*) AS n ORDER BY who"],
  ["aliases of the countries",
   "MATCH (a:Actor) WHERE a.kind = 'country' RETURN a.name AS name, size(a.aliases) AS aliases ORDER BY name"],
  ["Lloyd Austin's direct quotations (list comprehension)",
   "MATCH (a:Actor {name: 'Lloyd Austin'})-[:SAID]->(s:Statement) WITH collect(s) AS said RETURN size([x IN said WHERE x.kind = 'direct']) AS quotes",
   "MATCH (a:Actor {name: 'Lloyd Austin'})-[:SAID]->(s:Statement) WITH collect(s.kind) AS kinds RETURN size(list_filter(kinds, x -> x = 'direct')) AS quotes"],
  ["two hops from Kataib Hezbollah",
   "MATCH (a:Actor {name: 'Kataib Hezbollah'})-[*1..2]-(b) RETURN count(DISTINCT b) AS n",
   // Kùzu walks by default (a relationship may repeat: a-x-a); Cypher's
   // patterns are trails, which Kùzu says with TRAIL.
   "MATCH (a:Actor {name: 'Kataib Hezbollah'})-[* TRAIL 1..2]-(b) RETURN count(DISTINCT b.nid) AS n"],
];

// Values as both print them: dates as ISO days, numbers as numbers, lists
// compared in order.
function normal(v) {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(normal);
  return v === undefined ? null : v;
}

function rows(objects, ordered) {
  const out = objects.map((o) => JSON.stringify(Object.values(o).map(normal)));
  return ordered ? out : out.sort();
}

async function main() {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const csvDir = path.join(work, "csv");
  execFileSync(binary, ["--db", db, "export", "--format", "csv", "-o", csvDir], { stdio: ["ignore", "ignore", "pipe"] });
  const kdb = new kuzu.Database(path.join(work, "kuzu.db"));
  const conn = new kuzu.Connection(kdb);
  const started = process.hrtime.bigint();
  for (const s of load(conn, csvDir)) await conn.query(s);
  console.log(`loaded ${csvDir} into Kùzu in ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0)} ms`);
  let differ = 0;
  for (const [title, ours, theirs] of QUESTIONS) {
    const ordered = /ORDER BY/.test(ours);
    const mine = JSON.parse(execFileSync(binary, ["--db", db, "query", "--format", "json", ours]).toString() || "[]");
    const kz = await (await conn.query(theirs || ours)).getAll();
    const a = rows(mine, ordered), b = rows(kz, ordered);
    const same = a.length === b.length && a.every((r, i) => r === b[i]);
    differ += !same;
    console.log(`${same ? "same" : "DIFFERENT"}  ${title}: ${a.length} rows${theirs ? " (Kùzu's dialect)" : ""}`);
    if (!same) console.log(`  newsgraph: ${a.slice(0, 3).join(" ")}\n  kuzu:      ${b.slice(0, 3).join(" ")}`);
  }
  console.log(`${QUESTIONS.length - differ} of ${QUESTIONS.length} questions give the same answers`);
  process.exit(differ ? 1 : 0);
}

main().catch((e) => {
  console.error("kuzu_roundtrip: " + e.message);
  process.exit(1);
});
