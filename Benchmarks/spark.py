#!/usr/bin/env python3
"""Audits a sample of the corpus with Apache Spark, `audit` as the mapper of
RDD.pipe, and checks that the results equal a direct run.

    python3 Benchmarks/spark.py [N]          # N articles (default 500)

Installs PySpark from PyPI when missing (Java 17 must be on the machine), runs
Spark in local mode, pipes JSON-lines records {"id", "outlet", "text"} through
`audit --input jsonl --format jsonl --fail-on none -` in each partition, and
compares every result line with a direct run of the same command over the same
records. Exit 0 when they are equal."""
import gzip, json, os, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = int(sys.argv[1]) if len(sys.argv) > 1 else 500
try:
    import pyspark  # noqa: F401
except ImportError:
    subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", "pyspark"])
from pyspark.sql import SparkSession

subprocess.check_call(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "audit"], cwd=ROOT, stdout=subprocess.DEVNULL)
audit = os.path.join(ROOT, ".build", "release", "audit")
cmd = [audit, "--input", "jsonl", "--format", "jsonl", "--fail-on", "none", "--rules", os.path.join(ROOT, "Rules"), "-"]

records = []
with gzip.open(os.path.join(ROOT, "..", "shared", "corpus", "saudinewsnet.jsonl.gz"), "rt", encoding="utf-8") as f:
    for line in f:
        r = json.loads(line)
        records.append(json.dumps({"id": r["id"], "outlet": r["outlet"], "text": r["text"]}, ensure_ascii=False))
        if len(records) >= N:
            break

t0 = time.time()
direct = subprocess.run(cmd, input="\n".join(records) + "\n", capture_output=True, text=True, check=True).stdout.splitlines()
t1 = time.time()

spark = SparkSession.builder.master("local[2]").appName("isnad").config("spark.ui.enabled", "false").getOrCreate()
spark.sparkContext.setLogLevel("ERROR")
rdd = spark.sparkContext.parallelize(records, 4)
piped = rdd.pipe(" ".join(cmd), env={"LC_ALL": "C.UTF-8"}).collect()
t2 = time.time()
spark.stop()

def key(line):
    return json.loads(line)["id"]

a = {key(l): l for l in direct}
b = {key(l): l for l in piped}
same = a == b and len(direct) == len(records) and len(piped) == len(records)
claims = sum(json.loads(l)["summary"]["claims"] for l in direct if "summary" in json.loads(l))
print(f"spark: {len(records)} articles, {claims} claims; direct {t1 - t0:.1f} s, Spark local[2] RDD.pipe {t2 - t1:.1f} s")
print(f"spark: results {'equal' if same else 'DIFFER'} ({len(piped)} lines piped, {len(direct)} direct)")
if not same:
    for k in sorted(set(a) | set(b)):
        if a.get(k) != b.get(k):
            print("spark: differs:", k); break
sys.exit(0 if same else 1)
