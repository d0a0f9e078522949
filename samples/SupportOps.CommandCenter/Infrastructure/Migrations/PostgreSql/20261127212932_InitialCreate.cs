using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SupportOps.CommandCenter.Infrastructure.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TicketId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    EventId = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    DedupeKey = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    EventType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    OccurredAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    RecordedAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TicketSnapshots",
                columns: table => new
                {
                    TicketId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    Priority = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false, collation: "C"),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true, collation: "C"),
                    Tier = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Assignee = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    Queue = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    CreatedAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAtTicks = table.Column<long>(type: "bigint", nullable: false),
                    DueSortKey = table.Column<long>(type: "bigint", nullable: false),
                    SlaTimerKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    IsBreached = table.Column<bool>(type: "boolean", nullable: false),
                    EverBreached = table.Column<bool>(type: "boolean", nullable: false),
                    RiskScore = table.Column<double>(type: "double precision", nullable: false),
                    RiskBand = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    RiskReasons = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false, collation: "C"),
                    EvaluatedAtTicks = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketSnapshots", x => x.TicketId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Events_OccurredAtTicks",
                table: "Events",
                column: "OccurredAtTicks");

            migrationBuilder.CreateIndex(
                name: "IX_Events_RecordedAtTicks",
                table: "Events",
                column: "RecordedAtTicks");

            migrationBuilder.CreateIndex(
                name: "IX_Events_TicketId_DedupeKey",
                table: "Events",
                columns: new[] { "TicketId", "DedupeKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Events_TicketId_Version",
                table: "Events",
                columns: new[] { "TicketId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Assignee",
                table: "TicketSnapshots",
                column: "Assignee");

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_CreatedAtTicks_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "CreatedAtTicks", "TicketId" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_DueSortKey_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "DueSortKey", "TicketId" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_IsBreached_DueSortKey",
                table: "TicketSnapshots",
                columns: new[] { "IsBreached", "DueSortKey" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Queue",
                table: "TicketSnapshots",
                column: "Queue");

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_RiskBand",
                table: "TicketSnapshots",
                column: "RiskBand");

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_RiskScore_TicketId",
                table: "TicketSnapshots",
                columns: new[] { "RiskScore", "TicketId" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketSnapshots_Status_DueSortKey",
                table: "TicketSnapshots",
                columns: new[] { "Status", "DueSortKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "TicketSnapshots");
        }
    }
}
