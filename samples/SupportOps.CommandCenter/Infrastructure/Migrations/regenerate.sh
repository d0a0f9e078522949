#!/usr/bin/env bash
# Deletes every migration of both providers and generates one InitialCreate per provider from the
# current model (run after merging branches that added entities). Each provider has its own context
# type and folder:
#   SQLite      CommandCenterDbContext             -> Infrastructure/Migrations/Sqlite
#   PostgreSQL  PostgreSqlCommandCenterDbContext   -> Infrastructure/Migrations/PostgreSql
# The design-time factories in Infrastructure/Providers create both contexts without a database.
# Usage: samples/SupportOps.CommandCenter/Infrastructure/Migrations/regenerate.sh [path-to-dotnet-ef]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
project="$(cd "$here/../.." && pwd)"
root="$(cd "$project/../.." && pwd)"
ef="${1:-${DOTNET_EF:-/tmp/efTool/dotnet-ef}}"
[ -x "$ef" ] || ef="dotnet-ef"

rm -rf "$here/Sqlite" "$here/PostgreSql"
cd "$root"
dotnet build "$project/SupportOps.CommandCenter.csproj" -nologo -v quiet
"$ef" migrations add InitialCreate --no-build --project "$project" \
  --context CommandCenterDbContext --output-dir Infrastructure/Migrations/Sqlite
# The PostgreSQL migration must be compiled against the new SQLite one's model to be found as well.
"$ef" migrations add InitialCreate --project "$project" \
  --context PostgreSqlCommandCenterDbContext --output-dir Infrastructure/Migrations/PostgreSql
echo "Regenerated: $(ls "$here/Sqlite" | wc -l) SQLite and $(ls "$here/PostgreSql" | wc -l) PostgreSQL migration files."
