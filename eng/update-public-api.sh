#!/usr/bin/env bash
# Brings a package's PublicAPI.Unshipped.txt in line with its code: adds the symbols the
# PublicApiAnalyzers report as undeclared (RS0016) and drops the ones reported as gone (RS0017).
# Usage: eng/update-public-api.sh src/SupportOps.SlaEngine   (repeat until it reports no change)
set -euo pipefail
project_dir=${1:?usage: eng/update-public-api.sh <project folder>}
unshipped="$project_dir/PublicAPI.Unshipped.txt"
log=$(mktemp)
dotnet build "$project_dir" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 >"$log" || true
added=$(grep -o "RS0016: Symbol '.*' is not part of the declared public API" "$log" \
  | sed -e "s/^RS0016: Symbol '//" -e "s/' is not part of the declared public API$//" | sort -u || true)
removed=$(grep -o "RS0017: Symbol '.*' is part of the declared API, but is either not public or could not be found" "$log" \
  | sed -e "s/^RS0017: Symbol '//" -e "s/' is part of the declared API, but is either not public or could not be found$//" | sort -u || true)
body=$(grep -v '^#nullable enable$' "$unshipped" || true)
if [ -n "$removed" ]; then
  body=$(grep -vxF -f <(printf '%s\n' "$removed") <<<"$body" || true)
fi
{ echo '#nullable enable'; { printf "%s\n" "$body"; if [ -n "$added" ]; then printf "%s\n" "$added"; fi; } | sed '/^$/d' | LC_ALL=C sort -u; } >"$unshipped.new"
mv "$unshipped.new" "$unshipped"
echo "$(wc -l <<<"$added" | tr -d ' ') added, $( [ -n "$removed" ] && wc -l <<<"$removed" | tr -d ' ' || echo 0) removed in $unshipped"
rm -f "$log"
