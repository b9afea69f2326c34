#!/usr/bin/env bash
# One command per contributor task, whatever Node.js the machine has:
# `bash scripts/marsad.sh <task> [arguments]`. It provides Node as the build
# script does (Node 24 into ~/.node24 from the npm registry when the installed
# one is older than 22.18), installs the locked dependencies when they are
# missing, then runs the task. Contributors never need to touch PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  cat <<'USAGE'
bash scripts/marsad.sh <task> [arguments]

  dev                      معاينة حيّة على http://localhost:4321 · live preview
  new article|actor|agreement "…"   ملف محتوى جديد · a new content file
  check [--fix]            فحص المحتوى · check the content
  mentions                 كل الإشارات بصيغة JSON · every mention as JSON
  aliases suggest          أسماء يستعملها النص وليست في السجل · names the registry lacks
  schema                   تحديث مخططات المحررات في schemas/ · update the editor schemas in schemas/
  build                    بناء الموقع في dist/ · build the site into dist/
  preview                  عرض dist/ · serve dist/
  test                     كل ما يشغّله CI · everything CI runs
USAGE
}

task="${1:-}"
case "$task" in
  '' | -h | --help | help) usage; exit 0 ;;
  dev | new | check | mentions | aliases | schema | build | preview) shift ;;
  test) shift; exec bash scripts/test.sh "$@" ;;
  *)
    echo "marsad: لا توجد مهمة باسم «$task» · unknown task '$task'" >&2
    usage >&2
    exit 2
    ;;
esac

. scripts/sh/node-env.sh
ensure_dependencies >&2
# --silent keeps npm's own banner out of output that tools read (mentions is JSON).
exec npm run --silent "$task" -- "$@"
