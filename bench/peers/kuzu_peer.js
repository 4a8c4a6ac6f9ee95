// The benchmark questions on Kùzu (its npm package, a prebuilt engine):
// COPY FROM the generated CSVs (split per table), then the same questions in
// Kùzu's Cypher. Prints one JSON object like ng_bench.
//
// usage: node kuzu_peer.js DIR [--cold]    (install: npm install --prefix bench/peers kuzu)
const fs = require("fs");
const path = require("path");
const readline = require("readline");
const kuzu = require(path.join(__dirname, "node_modules", "kuzu"));

const dir = process.argv[2];
const cold = process.argv[3] === "--cold";
const meta = JSON.parse(fs.readFileSync(path.join(dir, "meta.json")));
const dbPath = path.join(dir, "kuzu.db");

const REL_TABLES = {
  SAID: ["Actor", "Statement"], ABOUT: ["Statement", "Actor"], PARTICIPATED_IN: ["Actor", "Event"],
  MENTIONED_IN: ["Actor", "Article"], REPORTED_IN_S: ["Statement", "Article"],
  REPORTED_IN_E: ["Event", "Article"],
};

async function split() {
  // One CSV per node label and per relationship table, as COPY FROM wants.
  const labels = {}, out = {};
  const open = (name) => out[name] || (out[name] = fs.createWriteStream(path.join(dir, `kz_${name}.csv`)));
  for await (const line of readline.createInterface({ input: fs.createReadStream(path.join(dir, "nodes.csv")) })) {
    if (line.startsWith(":ID")) continue;
    const [id, label, name] = line.split(",");
    labels[id] = label;
    open(label).write(`${id},${name}\n`);
  }
  for await (const line of readline.createInterface({ input: fs.createReadStream(path.join(dir, "relationships.csv")) })) {
    if (line.startsWith(":START")) continue;
    const [a, b, type] = line.split(",");
    const table = type === "REPORTED_IN" ? (labels[a] === "Event" ? "REPORTED_IN_E" : "REPORTED_IN_S") : type;
    open(table).write(`${a},${b}\n`);
  }
  await Promise.all(Object.values(out).map((s) => new Promise((r) => s.end(r))));
}

async function all(conn, q, params) {
  const r = params ? await conn.execute(await conn.prepare(q), params) : await conn.query(q);
  return r.getAll();
}

async function warm(fn, runs = 5) {
  let result = await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    result = await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return [times[Math.floor(times.length / 2)], result];
}

const HOOD = (k) => `MATCH (a:Actor)-[* SHORTEST 1..${k}]-(b) WHERE a.id = $id RETURN count(DISTINCT b) AS n`;

async function main() {
  const out = {};
  if (cold) {
    const t = process.hrtime.bigint();
    const conn = new kuzu.Connection(new kuzu.Database(dbPath));
    await all(conn, HOOD(1), { id: meta.med });
    out.cold_open_first_query_ms = Number(process.hrtime.bigint() - t) / 1e6;
    console.log(JSON.stringify(out));
    return;
  }
  fs.rmSync(dbPath, { recursive: true, force: true });
  await split();
  const t = process.hrtime.bigint();
  const db = new kuzu.Database(dbPath);
  const conn = new kuzu.Connection(db);
  for (const label of ["Actor", "Article", "Statement", "Event"]) {
    await conn.query(`CREATE NODE TABLE ${label}(id INT64, name STRING, PRIMARY KEY (id))`);
    await conn.query(`COPY ${label} FROM '${path.join(dir, `kz_${label}.csv`)}'`);
  }
  for (const [table, [from, to]] of Object.entries(REL_TABLES)) {
    await conn.query(`CREATE REL TABLE ${table}(FROM ${from} TO ${to})`);
    await conn.query(`COPY ${table} FROM '${path.join(dir, `kz_${table}.csv`)}'`);
  }
  out.load_s = Number(process.hrtime.bigint() - t) / 1e9;
  let bytes = 0;
  const du = (p) => { const s = fs.statSync(p); if (s.isDirectory()) fs.readdirSync(p).forEach((f) => du(path.join(p, f))); else bytes += s.size; };
  du(dbPath);
  out.size_on_disk_mb = bytes / 1e6;
  for (const hops of [1, 2, 3])
    for (const name of ["med", "hi"]) {
      const [ms, r] = await warm(() => all(conn, HOOD(hops), { id: meta[name] }), hops === 3 ? 3 : 5);
      out[`hop${hops}_${name}_ms`] = ms;
      out[`hop${hops}_${name}`] = Number(r[0].n);
    }
  const sp = [], lengths = [];
  for (const [a, b] of meta.pairs) {
    const [ms, r] = await warm(() => all(conn,
      "MATCH p = (a:Actor)-[* SHORTEST 1..12]-(b:Actor) WHERE a.id = $a AND b.id = $b RETURN length(p) AS l",
      { a, b }));
    sp.push(ms);
    lengths.push(r.length ? Number(r[0].l) : -1);
  }
  sp.sort((x, y) => x - y);
  out.sp_ms = sp[Math.floor(sp.length / 2)];
  out.sp_lengths = lengths;
  for (const name of ["med", "hi"]) {
    const [ms, r] = await warm(() => all(conn,
      "MATCH (s:Actor)-[:SAID]->(st:Statement)-[:ABOUT]->(x:Actor) WHERE x.id = $id RETURN count(*) AS n",
      { id: meta[name] }));
    out[`said_${name}_ms`] = ms;
    out[`said_${name}`] = Number(r[0].n);
  }
  console.log(JSON.stringify(out));
}

main().catch((e) => { console.error("kuzu_peer:", e.message); process.exit(1); });
