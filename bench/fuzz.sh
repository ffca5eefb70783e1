#!/usr/bin/env bash
# The larger hostile-input corpus, sent to a running ParIndex (default the demo on localhost:8080):
# every value of src/test/resources/fuzz/hostile-inputs.txt and generated variants in each cell of a
# score table, a criteria set's YAML and a task's JSON. Prints the count per HTTP status and every
# answer that is a 500 or shows internal text. Usage: bash bench/fuzz.sh [base-url] [user:password]
set -euo pipefail
BASE="${1:-http://localhost:8080}"
AUTH="${2:-admin:demo1234}"
cd "$(dirname "$0")/.."
python3 - "$BASE" "$AUTH" <<'PY'
import base64, collections, csv, io, json, re, sys, urllib.request, urllib.error
base, auth = sys.argv[1], sys.argv[2]
header = "Basic " + base64.b64encode(auth.encode()).decode()
internal = re.compile(r"(?i)exception|java\.|sql|org\.|jackson|snakeyaml")
values = ["1000000", "1e308", "-1e400", "1.2.3", "1,2,3", "1.23,4", "NaN", "Infinity", "0x10", "9" * 400,
          "=1+1", "+1", "-0", "@SUM(A1)", "\t", "\u0000", "\u0001x", "a\u000bb", "\ufeff12", "\u202e12",
          "x" * 4001, "x" * 70000, "%", "điểm", " ", "½", "１２", "1 2", "(5)", "12,", ".5", "1.234,5"]
for line in open("src/test/resources/fuzz/hostile-inputs.txt", encoding="utf-8"):
    if line.strip() and not line.startswith("#"):
        v = line.split(" | ")[2]
        m = re.match(r"^(.*)\{(\d+)\}$", v)
        values.append(m.group(1) * int(m.group(2)) if m else v)
seed = list(csv.reader(open("src/main/resources/demo/vinh-chap-2024.csv", encoding="utf-8-sig")))
statuses, bad = collections.Counter(), []
def send(path, body, ctype):
    req = urllib.request.Request(base + path, data=body, headers={"Authorization": header, "Content-Type": ctype})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
def multipart(fields, name, content):
    b = "fuzz-boundary"; out = io.BytesIO()
    for k, v in fields.items():
        out.write(f'--{b}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode())
    out.write(f'--{b}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n\r\n'.encode())
    out.write(content); out.write(f"\r\n--{b}--\r\n".encode())
    return out.getvalue(), "multipart/form-data; boundary=" + b
def record(what, status, body, value):
    statuses[status] += 1
    ours = re.sub("«[^»]*»", "", body.replace(json.dumps(value)[1:-1], ""))  # echoes are the user's
    if status >= 500 or (status >= 400 and internal.search(ours)):  # 2xx echo stored text
        bad.append((what, status, body[:200]))
for v in values:
    for col in range(2, 7):
        rows = [list(r) for r in seed]; rows[2][col] = v
        text = io.StringIO(); csv.writer(text).writerows(rows)
        body, ctype = multipart({"unit": "DEMO-VINHCHAP", "year": "2019"}, "fuzz.csv", text.getvalue().encode())
        record(f"table col {col} = {v[:30]!r}", *send("/api/v1/assessments/import", body, ctype), v)
    for field in ["code", "name", "max", "method", "params"]:
        yaml = 'name: "Fuzz"\nyear: 2019\nunitType: COMMUNE\ncriteria:\n  - code: "1"\n    name: "A"\n    max: 1\n'
        yaml += f"    {field}: {json.dumps(v)}\n"
        body, ctype = multipart({}, "fuzz.yaml", yaml.encode())
        record(f"yaml {field} = {v[:30]!r}", *send("/api/v1/frameworks", body, ctype), v)
    task = {"unit": 3, "source": "OTHER", "title": v, "description": v, "dueOn": "2030-01-01"}
    record(
        f"task title = {v[:30]!r}", *send("/api/v1/tasks", json.dumps(task).encode(), "application/json"), v)
print("answers by status:", dict(sorted(statuses.items())))
for what, status, body in bad:
    print("BAD", status, what, body)
print("500s or internal text:", len(bad))
PY
